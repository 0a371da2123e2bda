#!/usr/bin/env python3
"""The Python pipeline analysts use today, on the same gold articles: spaCy's small English model and
textacy's direct_quotations. Writes what it finds as JSON lines in dossier's shape (article, text,
speaker, speaker_as_written), so scripts/measure-quotes.py can score it with --found.

  python3 scripts/baseline-textacy.py /tmp/corpora/article_bias_prediction scripts/quote-gold/abp-*.tsv > textacy.jsonl
  python3 scripts/measure-quotes.py /tmp/corpora/article_bias_prediction scripts/quote-gold/abp-3.tsv --found textacy.jsonl

Needs spaCy, textacy and an English model in the Python it runs with (a venv; see the README's
"Measuring quotations"). textacy's direct_quotations only knows straight quotation marks, so curly
ones are straightened first, as its own preprocessing step would.
"""
import json, os, sys, time

def main(corpus, gold_paths):
    import spacy, textacy.extract
    try:
        nlp = spacy.load('en_core_web_sm')
    except OSError:
        import en_core_web_sm
        nlp = en_core_web_sm.load()
    articles = sorted({l.split('\t')[0] for p in gold_paths for l in open(p) if l.strip() and not l.startswith('#')})
    start, words = time.time(), 0
    for article in articles:
        text = open(os.path.join(corpus, article + '.txt'), encoding='utf-8').read()
        text = text.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', "'").replace('\u2019', "'")
        for paragraph in [p for p in text.split('\n') if p.strip()]:
            words += len(paragraph.split())
            for speaker, cue, content in textacy.extract.direct_quotations(nlp(paragraph)):
                print(json.dumps({'article': article, 'text': content.text.strip('"\' ,.'), 'speaker': speaker.text,
                                  'speaker_as_written': speaker.text, 'cue': cue.text}))
    print(f'{len(articles)} articles, {words} words in {time.time() - start:.1f} s', file=sys.stderr)

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
