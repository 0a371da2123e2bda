/// An article's words as numbers, for comparing articles with each other: retrieval, alignment,
/// reuse and quote tracing all work on these arrays instead of on strings.
///
/// Hyphenated words count as their parts (`near-term` is `near` `term`, so it meets `close term`).
/// A word is its case-folded form (`key`, for verbatim comparison) and its Porter2 stem (`stem`, for
/// reworded text); both are 64-bit FNV-1a hashes, the same on every run and machine, so the arrays
/// of different articles can be built in parallel without a shared vocabulary.
public struct ArticleWords: Sendable {
  public var key: [UInt64] = []
  public var stem: [UInt64] = []
  /// False for function words (`the`, `would`) and single letters.
  public var content: [Bool] = []
  /// 1-based paragraph number.
  public var paragraph: [Int32] = []
  /// Index into the article's sentences.
  public var sentence: [Int32] = []
  /// Byte range in the paragraph's text.
  public var range: [Range<Int>] = []
  /// Where each sentence's words start; one more entry than there are sentences.
  public var sentenceStart: [Int] = []

  public var count: Int { key.count }

  /// What a word's key maps to, remembered across the articles one worker reads: stemming is
  /// the costly part, and a few thousand words make up most of any text.
  public typealias Memo = [UInt64: (stem: UInt64, content: Bool)]

  public init(_ article: Article) {
    var memo = Memo()
    self.init(article, memo: &memo)
  }

  public init(_ article: Article, memo: inout Memo) {
    for (si, s) in article.sentences.enumerated() {
      append(s.text, paragraph: s.paragraph, sentence: si, offset: s.range.lowerBound, memo: &memo)
    }
    sentenceStart.append(key.count)
  }

  /// The words of one piece of text (a quotation, a phrase) as a single sentence.
  public init(text: String) {
    var memo = Memo()
    append(text, paragraph: 0, sentence: 0, offset: 0, memo: &memo)
    sentenceStart.append(key.count)
  }

  private mutating func append(_ text: String, paragraph p: Int, sentence si: Int, offset: Int, memo: inout Memo) {
      sentenceStart.append(key.count)
      for t in WordTokenizer.tokens(text) where t.kind != .punctuation {
        let folded = Array(t.baseKey.utf8)
        let base = offset + t.range.lowerBound
        // parts get their own ranges when folding kept the bytes in place (ASCII)
        let inPlace = t.text.utf8.allSatisfy { $0 < 0x80 }
        var partStart = 0
        for i in 0...folded.count where i == folded.count || folded[i] == 0x2D {
          if i > partStart {
            let part = folded[partStart..<i]
            let h = Self.hash(part)
            key.append(h)
            if let known = memo[h] {
              stem.append(known.stem)
              content.append(known.content)
            } else {
              let word = String(decoding: part, as: UTF8.self)
              let entry = (stem: Self.hash(Array(Stemmer.stem(word).utf8)), content: part.count > 1 && !Stopwords.all.contains(word))
              memo[h] = entry
              stem.append(entry.stem)
              content.append(entry.content)
            }
            paragraph.append(Int32(p))
            sentence.append(Int32(si))
            range.append(inPlace && folded.contains(0x2D) ? (base + partStart)..<(base + i) : base..<(base + t.range.count))
          }
          partStart = i + 1
        }
      }
  }

  /// The word positions of sentences `first..<first + count`.
  public func words(sentences first: Int, count: Int) -> Range<Int> {
    sentenceStart[first]..<sentenceStart[first + count]
  }

  /// The stems of the content words, in order (a topic's, a phrase's).
  public var contentStems: [UInt64] { stem.indices.filter { content[$0] }.map { stem[$0] } }

  @inline(__always) public static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }
}
