#!/usr/bin/env python3
"""Turns hand annotations into quote gold rows (the format scripts/measure-quotes.py reads).

  python3 scripts/gold-rows.py notes.txt > scripts/quote-gold/abp-K.tsv

Each line of notes.txt is `article|first words of the quotation|speaker|kind` (kind: quote, partial, optional,
not; speaker `-` for none, a lower-case noun for an unnamed one, `adviser`); lines starting with # are copied.
The words are normalised and hashed as measure-quotes.py does, so no article text is stored.
"""
import hashlib, re, sys

def norm(s):
    return re.sub(r'[\W_]+', ' ', s.replace('\u2019', "'").replace('\u00ad', '').lower()).strip()

for line in open(sys.argv[1]):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        print(line)
        continue
    article, words, speaker, kind = line.split('|')
    w = norm(words).split()
    print(article, len(w), hashlib.sha1(' '.join(w).encode()).hexdigest(), speaker, kind, sep='\t')
