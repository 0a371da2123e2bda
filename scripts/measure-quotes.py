#!/usr/bin/env python3
"""Measures the quote extractor against a hand-made gold set on real news the project does not ship.

The gold files (scripts/quote-gold/*.tsv) hold no article text: each row is the article id, how many
words of the quotation's start were annotated, the SHA-1 of those words (lower case, punctuation
dropped), the speaker (canonical, or the phrase for one who is no named person; '-' for none), and
the kind: quote, partial, optional (either way), not (a title or scare quote: finding it is an error).

  python3 scripts/measure-quotes.py /tmp/corpora/article_bias_prediction scripts/quote-gold/abp-1.tsv
  python3 scripts/measure-quotes.py CORPUS GOLD --found other.jsonl   # score another extractor's output
  python3 scripts/measure-quotes.py CORPUS scripts/quote-gold/*.tsv --quiet  # every set alone, then the sum

The corpus is loaded from a folder of just the gold articles (made under /tmp) so a run takes seconds;
--whole loads the whole corpus instead, so names are resolved with what all of it knows (the way an
analyst's session does; about 20 s on ABP).
Prints span precision, recall and F1 and the share of found quotations whose speaker is right.
"""
import hashlib, json, os, re, shutil, subprocess, sys, tempfile

DOSSIER = os.environ.get('DOSSIER', os.path.join(os.path.dirname(__file__), '..', '.build', 'release', 'dossier'))

def norm(s):
    # (a soft hyphen is no word break: the shell drops it when it reads the text)
    return re.sub(r'[\W_]+', ' ', s.replace('\u2019', "'").replace('\u00ad', '').lower()).strip()

def key(text, words):
    return hashlib.sha1(' '.join(norm(text).split()[:words]).encode()).hexdigest()

def main(corpus, gold_path, found_path=None, whole=False, quiet=False):
    gold = [l.rstrip('\n').split('\t') for l in open(gold_path) if l.strip() and not l.startswith('#')]
    if found_path:
        wanted = set(g[0] for g in gold)
        found = [q for q in map(json.loads, open(found_path)) if q['article'] in wanted]
    else:
        cond = ' or '.join(f'article = "{f}"' for f in sorted(set(g[0] for g in gold)))
        folder = corpus
        if not whole:
            folder = tempfile.mkdtemp(prefix='quote-gold-')
            for f in sorted(set(g[0] for g in gold)):
                shutil.copy(os.path.join(corpus, f + '.txt'), folder)
        out = subprocess.run([DOSSIER, '--corpus', folder, '--format', 'jsonl', '-c', f'find quote where {cond}'],
                             capture_output=True, text=True).stdout
        if not whole:
            shutil.rmtree(folder)
        found = [json.loads(l) for l in out.splitlines() if l.startswith('{')]
    used, tp, fn, right, errors = set(), 0, 0, 0, []
    # quotations that must be found take their matches first: an optional row (a headline's
    # 'clear out') must not take the body's “clear out” from the required row of the same words
    rank = {'quote': 0, 'partial': 0, 'optional': 1, 'not': 2}
    for article, words, digest, speaker, kind in sorted(gold, key=lambda g: rank[g[4]]):
        hit = next((i for i, q in enumerate(found) if i not in used and q['article'] == article
                    and key(q['text'], int(words)) == digest), None)
        if hit is not None and kind != 'not':
            used.add(hit)
        if kind not in ('quote', 'partial'):
            continue
        if hit is None:
            fn += 1
            errors.append(f'missed {article} ({kind}, {speaker})')
            continue
        tp += 1
        got = found[hit]['speaker']
        # `Darrell E. Issa` and `Darrell Issa` are one person: middle initials are not compared
        # (a leading initial too: `N. Randy Smith` is `Randy Smith`)
        # (`George H. W. Bush` and `George H.W. Bush` too: every word of initials goes)
        # (`Seán O’Casey` and `Seán O'Casey` too: typographic apostrophes are the plain one)
        strip = lambda x: ' '.join(w for w in re.sub(r'^(a|an|the) ', '', x.lower().replace('\u2019', "'")).split() if not re.fullmatch(r'([a-z]\.)+', w))
        if strip(got) == strip(speaker) or speaker[:1].islower() and speaker.split()[-1].lower() in got.lower():
            right += 1
        else:
            errors.append(f'speaker {article}: {got!r} (written {found[hit]["speaker_as_written"]!r}) for {speaker!r}')
    fp = [q for i, q in enumerate(found) if i not in used]
    p = tp / (tp + len(fp)) if tp + len(fp) else 0
    r = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print(f'{gold_path}: {tp + fn} quotations; precision {p:.3f} recall {r:.3f} F1 {f1:.3f}; '
          f'speakers right {right}/{tp} = {right / max(tp, 1):.3f}')
    if not quiet:
        for e in errors:
            print('  ' + e)
        for q in fp:
            print(f'  false {q["article"]} ({len(q["text"].split())} words)')
    return tp, fn, len(fp), right

if __name__ == '__main__':
    args = sys.argv[1:]
    found = args[args.index('--found') + 1] if '--found' in args else None
    golds = [a for a in args[1:] if a.endswith('.tsv')]
    # each set is loaded alone (its names resolved with what its own articles know), then summed
    tp = fn = fp = right = 0
    for g in sorted(golds, key=lambda g: [int(n) if n.isdigit() else n for n in re.split(r'(\d+)', g)]):
        t, f, p, r = main(args[0], g, found, '--whole' in args, '--quiet' in args)
        tp, fn, fp, right = tp + t, fn + f, fp + p, right + r
    if len(golds) > 1:
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        print(f'all {len(golds)} sets: {tp + fn} quotations; precision {p:.3f} recall {r:.3f} '
              f'F1 {2 * p * r / (p + r) if p + r else 0:.3f}; speakers right {right}/{tp} = {right / max(tp, 1):.3f}')
