/// A keyword-in-context concordance: every occurrence of a word or phrase with the text on either
/// side, as corpus linguists read them (CQP's `cat`). Occurrences are found through the stem index
/// and then checked word by word, case-insensitively.
public enum Concordance {
  public struct Line: Sendable, Equatable {
    public let article: Int
    public let paragraph: Int
    public let left: String
    public let match: String
    public let right: String
  }

  public static func lines(_ term: String, width: Int, corpus: Corpus, words: CorpusWords, stop: () -> Bool = { false }) -> [Line] {
    let wanted = ArticleWords(text: term)
    guard wanted.count > 0 else { return [] }
    let contentStems = wanted.stem.indices.filter { wanted.content[$0] }.map { wanted.stem[$0] }
    // the rarest content stem narrows the sentences to read; a phrase of function words reads all
    var sentences: [UInt32]
    if let rarest = contentStems.min(by: { (words.postings[$0]?.count ?? 0, $0) < (words.postings[$1]?.count ?? 0, $1) }) {
      sentences = words.postings[rarest] ?? []
    } else {
      sentences = (0..<UInt32(words.sentenceCount)).map { $0 }
    }
    var out: [Line] = []
    for (k, g) in sentences.enumerated() {
      if k & 1023 == 0 && stop() { return [] }
      let (a, s) = words.locate(g)
      let aw = words.articles[a]
      let span = aw.words(sentences: s, count: 1)
      guard span.count >= wanted.count else { continue }
      for i in span.lowerBound...(span.upperBound - wanted.count) where aw.key[i] == wanted.key[0] {
        guard (0..<wanted.count).allSatisfy({ aw.key[i + $0] == wanted.key[$0] }) else { continue }
        let p = Int(aw.paragraph[i])
        let article = corpus.articles[a]
        let from = aw.range[i].lowerBound, to = aw.range[i + wanted.count - 1].upperBound
        // (the three pieces read in place from the article's text: no copy of the paragraph a hit)
        out.append(
          Line(
            article: a, paragraph: p, left: context(before: article.text(paragraph: p, 0..<from), width: width),
            match: String(article.text(paragraph: p, from..<to)),
            right: context(after: article.text(paragraph: p, to..<article.paragraphs[p - 1].range.count), width: width)))
      }
    }
    return out
  }

  /// The last `width` characters of `head` (the text before a match), cut at a character boundary.
  static func context(before head: Substring, width: Int) -> String {
    let chars = Array(head)
    let cut = chars.count > width
    return (cut ? "…" : "") + String(chars.suffix(width - (cut ? 1 : 0)))
  }

  /// The first `width` characters of `tail` (the text after a match).
  static func context(after tail: Substring, width: Int) -> String {
    let chars = Array(tail)
    let cut = chars.count > width
    return String(chars.prefix(width - (cut ? 1 : 0))) + (cut ? "…" : "")
  }
}
