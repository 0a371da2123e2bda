/// Builds one `Article` from its classified lines: everything that needs only the article itself.
/// Reading and classifying the lines is `CorpusLoader`'s first pass; work that needs the whole
/// corpus (who "Earnest" is) happens in `Corpus.init`.
public enum ArticleBuilder {
  /// Builds the article from lines already classified (and perhaps re-classified with what the
  /// whole corpus shows, see `RecurringLines`).
  public static func build(id: String, path: String, source: String, lines: [RawLine], manifest: ArticleMetadata?) -> Article {
    // each paragraph's text while the article is built (the finders read Strings); the article
    // keeps only where each is in `source`
    var texts: [String] = []
    var paragraphs: [Paragraph] = []
    var tokens: [[WordToken]] = []
    // paragraphs whose text is not their line's: appended to the article's text after its lines
    var cut: [String] = []
    var cutBytes = 0
    // the line of names right after a paragraph (`Scott Bixby, Daily Beast` under a quotation in a
    // round-up of commentary), which credits that paragraph's quotation
    var creditLines: [String?] = []
    for (k, line) in lines.enumerated() where line.kind == .body {
      // (the paragraph is the text as a reader sees it: without the name links' teasers)
      var text = String(line.text(in: source))
      var range = line.range
      if let shown = LinkTeaser.removed(from: text) {
        text = shown
        let start = source.utf8.count + 1 + cutBytes
        range = start..<(start + shown.utf8.count)
        cut.append(shown)
        cutBytes += shown.utf8.count + 1
      }
      let toks = WordTokenizer.tokens(text)
      paragraphs.append(
        Paragraph(number: paragraphs.count + 1, line: line.number, range: range, wordCount: toks.count { $0.kind != .punctuation }))
      texts.append(text)
      tokens.append(toks)
      let next = lines[(k + 1)...].first { $0.kind != .blank }
      creditLines.append(next.flatMap { l in l.kind == .byline ? l.text(in: source) : nil }.flatMap { $0.hasPrefix("By ") ? nil : String($0) })
    }
    // the article's text: its lines, then any paragraph cut from its line
    let articleText = cut.isEmpty ? source : TextNormalizer.text(of: [source] + cut)
    var sentences: [Sentence] = []
    // each paragraph's sentence ranges, for the quote finder
    var sentenceRanges: [[Range<Int>]] = []
    for (i, p) in paragraphs.enumerated() {
      let ranges = SentenceSplitter.split(texts[i], tokens: tokens[i])
      for r in ranges {
        sentences.append(Sentence(paragraph: p.number, range: r))
      }
      sentenceRanges.append(ranges)
    }
    // each paragraph's names, in text order
    var found = paragraphs.indices.map { i in PersonFinder.candidates(paragraph: paragraphs[i].number, text: texts[i], tokens: tokens[i]) }
    // a place word the article gives a person as surname (`Rep. Jim Jordan`) is that person when
    // it stands alone too: the few paragraphs that have such a word are read again knowing it
    // (a known first name before it: not `Breitbart London`)
    let placeSurnames = Set(found.joined().lazy.filter { $0.name.count >= 2 && $0.vouched && FirstNames.all.contains(WordTokenizer.foldCase($0.name[0])) }.compactMap { c -> String? in
      let key = WordTokenizer.foldCase(c.name.last!)
      return EntityFinder.places.contains(key) ? key : nil
    })
    if !placeSurnames.isEmpty {
      for (i, p) in paragraphs.enumerated() where tokens[i].contains(where: { $0.isCapitalized && placeSurnames.contains($0.baseKey) }) {
        found[i] = PersonFinder.candidates(paragraph: p.number, text: texts[i], tokens: tokens[i], surnamesNamed: placeSurnames)
      }
    }
    let people = Array(found.joined())
    var entities: [EntityFinder.Found] = []
    for (i, p) in paragraphs.enumerated() {
      entities += EntityFinder.find(paragraph: p.number, text: texts[i], tokens: tokens[i], people: found[i].map(\.range))
    }
    var rolePhrases: [RolePhrase] = []
    for (i, p) in paragraphs.enumerated() { rolePhrases += RolePhrase.find(paragraph: p.number, tokens: tokens[i]) }
    var quotes = QuoteFinder.find(in: texts, tokens: tokens, sentences: sentenceRanges, people: people, creditLines: creditLines)
    for i in quotes.indices {
      // (the words as a view of the article's text, not of the paragraph's String, which goes
      // when the build ends)
      let start = paragraphs[quotes[i].paragraph - 1].range.lowerBound
      quotes[i].words = PersonFinder.slice(articleText, (start + quotes[i].range.lowerBound)..<(start + quotes[i].range.upperBound))
    }
    let metadata = MetadataExtractor.extract(source: source, lines: lines, paragraphs: texts, tokens: tokens, manifest: manifest)
    // (each in a buffer of its size: they were grown by appending, and live long; the lines
    // without the blank ones, half of a file's lines, which no query shows: each line is 32 bytes)
    let article = Article(
      id: id, path: path, metadata: metadata, source: articleText, lines: lines.filter { $0.kind != .blank }.compacted(), paragraphs: paragraphs.compacted(), sentences: sentences.compacted(),
      quotes: quotes.compacted(), mentions: [], candidates: people.map(NameFound.init),
      candidateRoles: people.indices.compactMap { people[$0].roles.isEmpty ? nil : (Int32($0), people[$0].roles) }, entities: entities.compacted(), rolePhrases: rolePhrases.compacted())
    return article
  }
}
