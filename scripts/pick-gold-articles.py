#!/usr/bin/env python3
"""Picks the articles of a new quote gold set: N outlets that no earlier gold set has, one article each.

  python3 scripts/pick-gold-articles.py CORPUS SEED N      # CORPUS: the unpacked ABP folder (MANIFEST.tsv)

Prints `file-stem  outlet  bytes`, one line an article. When fewer outlets than N are unseen, it picks
articles no set has read from outlets with 20 articles or more instead. Set K used seed K; a pick depends on the seed and on
the sets present (their outlets are left out), so run it before adding the new set's file, and list the
picked articles in the new file's `# articles:` line (sets 1-36 have none: an outlet of theirs whose article had
no quotation, like set 24's Frank Bruni, may be offered again; leave it out by hand).
"""
import csv, glob, os, random, sys

corpus, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = list(csv.DictReader(open(os.path.join(corpus, 'MANIFEST.tsv')), delimiter='\t'))
outlet = {r['file'][:-4]: r['outlet'] for r in rows}
seen = set()
# (an article with no quotation leaves no row: a set lists every article it picked in a `# articles:` line,
# from set 37 on, so their outlets are not offered again)
for gold in glob.glob(os.path.join(os.path.dirname(__file__), 'quote-gold', '*.tsv')):
    for line in open(gold):
        if line.startswith('# articles:'):
            seen.update(outlet[a] for a in line.split(':', 1)[1].split() if a in outlet)
        elif line.strip() and not line.startswith('#') and line.split('\t')[0] in outlet:
            seen.add(outlet[line.split('\t')[0]])
by = {}
for r in rows:
    by.setdefault(r['outlet'], []).append(r['file'][:-4])
random.seed(seed)
unseen = sorted(o for o in by if o not in seen)
print(f'{len(seen)} outlets in earlier sets; {len(unseen)} not', file=sys.stderr)
if len(unseen) >= n:
    for o in random.sample(unseen, n):
        a = random.choice(sorted(by[o]))
        print(a, o, os.path.getsize(os.path.join(corpus, a + '.txt')), sep='\t')
else:
    # every outlet has been seen (ABP's 491 ran out at set 55): articles no set has read, from
    # outlets with at least 20 articles, one an outlet, so a set still holds text never looked at
    used = set()
    for gold in glob.glob(os.path.join(os.path.dirname(__file__), 'quote-gold', '*.tsv')):
        for line in open(gold):
            if line.startswith('# articles:'):
                used.update(line.split(':', 1)[1].split())
            elif line.strip() and not line.startswith('#'):
                used.add(line.split('\t')[0])
    print(f'fewer unseen outlets than {n}: picking unread articles of outlets with 20 or more', file=sys.stderr)
    big = sorted(o for o in by if len(by[o]) >= 20)
    for o in random.sample(big, n):
        a = random.choice(sorted(x for x in by[o] if x not in used))
        print(a, o, os.path.getsize(os.path.join(corpus, a + '.txt')), sep='\t')
