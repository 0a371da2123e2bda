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
    // about one word per six bytes of news prose
    let expected = article.sentences.reduce(0) { $0 + $1.range.count } / 6
    key.reserveCapacity(expected)
    stem.reserveCapacity(expected)
    content.reserveCapacity(expected)
    paragraph.reserveCapacity(expected)
    sentence.reserveCapacity(expected)
    range.reserveCapacity(expected)
    sentenceStart.reserveCapacity(article.sentences.count + 1)
    for (si, s) in article.sentences.enumerated() {
      append(article.text(of: s), paragraph: s.paragraph, sentence: si, offset: s.range.lowerBound, memo: &memo)
    }
    sentenceStart.append(key.count)
  }

  /// The words of one piece of text (a quotation, a phrase) as a single sentence.
  public init(text: String) {
    var memo = Memo()
    self.init(text: text, memo: &memo)
  }

  /// The words of a piece of text, stemming with (and into) a memo shared with other texts.
  public init(text: String, memo: inout Memo) {
    append(text, paragraph: 0, sentence: 0, offset: 0, memo: &memo)
    sentenceStart.append(key.count)
  }

  private mutating func append(_ text: String, paragraph p: Int, sentence si: Int, offset: Int, memo: inout Memo) {
    sentenceStart.append(key.count)
    var text = text
    // straight from the bytes: no token strings, a word's key is hashed where it lies unless
    // folding changes it
    text.withUTF8 { bytes in
      WordTokenizer.scan(bytes) { range, kind in
        guard kind != .punctuation else { return true }
        let written = UnsafeBufferPointer(rebasing: bytes[range])
        // parts get their own ranges when folding kept the bytes in place (ASCII)
        let inPlace = written.allSatisfy { $0 < 0x80 }
        if var folded = WordTokenizer.foldCase(written) {
          folded.withUTF8 { appendWord($0, range: range, inPlace: inPlace, paragraph: p, sentence: si, offset: offset, memo: &memo) }
        } else {
          appendWord(written, range: range, inPlace: inPlace, paragraph: p, sentence: si, offset: offset, memo: &memo)
        }
        return true
      }
    }
  }

  /// One word, given by its case-folded bytes: a possessive `'s` is dropped and a hyphenated
  /// word counts as its parts.
  private mutating func appendWord(
    _ key: UnsafeBufferPointer<UInt8>, range: Range<Int>, inPlace: Bool, paragraph p: Int, sentence si: Int, offset: Int, memo: inout Memo
  ) {
    let n = key.count
    let folded = n > 2 && key[n - 2] == 0x27 && key[n - 1] == 0x73 ? UnsafeBufferPointer(rebasing: key[..<(n - 2)]) : key
    let base = offset + range.lowerBound
    let hyphenated = folded.contains(0x2D)
    var partStart = 0
    for i in 0...folded.count where i == folded.count || folded[i] == 0x2D {
      if i > partStart {
        let part = UnsafeBufferPointer(rebasing: folded[partStart..<i])
        let h = Self.hash(part)
        self.key.append(h)
        if let known = memo[h] {
          stem.append(known.stem)
          content.append(known.content)
        } else {
          let word = String(decoding: part, as: UTF8.self)
          let entry = (stem: Self.hash(Stemmer.stem(word).utf8), content: part.count > 1 && !Stopwords.all.contains(word))
          memo[h] = entry
          stem.append(entry.stem)
          content.append(entry.content)
        }
        paragraph.append(Int32(p))
        sentence.append(Int32(si))
        self.range.append(inPlace && hyphenated ? (base + partStart)..<(base + i) : base..<(base + range.count))
      }
      partStart = i + 1
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
