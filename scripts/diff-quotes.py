#!/usr/bin/env python3
"""Shows what a change to the extractor moved: two `find quote` exports of the same corpus, before
and after (dossier --corpus DIR --format jsonl -c 'find quote' > after.jsonl), compared quotation
by quotation. Prints quotations found by only one side and those whose speaker changed, with the
article and the quotation's first words so each can be read in context.

  python3 scripts/diff-quotes.py before.jsonl after.jsonl
"""
import json, sys
from collections import defaultdict

def load(path):
    # a quotation is its article and its character range; the same range may be found twice
    # only when the extractor is wrong, so the count keeps such duplicates visible
    quotes = defaultdict(list)
    for line in open(path):
        if line.startswith('{'):
            q = json.loads(line)
            quotes[(q['article'], q['text'])].append(q)
    return quotes

def main(a_path, b_path):
    a, b = load(a_path), load(b_path)
    only_a = [k for k in a if k not in b]
    only_b = [k for k in b if k not in a]
    changed = [k for k in a if k in b and [q['speaker'] for q in a[k]] != [q['speaker'] for q in b[k]]]
    head = lambda t: ' '.join(t.split()[:8])
    for k in only_a:
        print(f'- {k[0]} {a[k][0]["speaker"]!r}: {head(k[1])}')
    for k in only_b:
        print(f'+ {k[0]} {b[k][0]["speaker"]!r}: {head(k[1])}')
    for k in changed:
        was, now = a[k][0], b[k][0]
        print(f'~ {k[0]} {was["speaker"]!r} ({was["speaker_as_written"]!r}) -> {now["speaker"]!r} '
              f'({now["speaker_as_written"]!r}): {head(k[1])}')
    print(f'{len(only_a)} only before, {len(only_b)} only after, {len(changed)} speakers changed', file=sys.stderr)

if __name__ == '__main__':
    try:
        main(sys.argv[1], sys.argv[2])
    except BrokenPipeError:
        pass
