/// A paragraph of the clean body. Its text is `Article.text(of:)`: a UTF-8 range of the article's
/// `source`, most often its line's (20 bytes, no String of its own: a corpus has a million).
public struct Paragraph: Sendable, Equatable {
  private let start: UInt32
  private let length: UInt32
  private let position: Int32
  private let lineNumber: Int32
  private let words: Int32

  /// 1-based position among the article's body paragraphs.
  public var number: Int { Int(position) }
  /// The raw line it came from.
  public var line: Int { Int(lineNumber) }
  public var wordCount: Int { Int(words) }
  /// Where its text (normalised: spaces unified, trimmed) is in the article's `source`.
  public var range: Range<Int> { Int(start)..<Int(start + length) }

  init(number: Int, line: Int, range: Range<Int>, wordCount: Int) {
    (start, length) = (UInt32(range.lowerBound), UInt32(range.count))
    (position, lineNumber, words) = (Int32(number), Int32(clamping: line), Int32(clamping: wordCount))
  }
}

/// A sentence of a paragraph, as a UTF-8 byte range into the paragraph's text; the text itself is
/// `Article.text(of:)`. Twelve bytes: a corpus has millions of sentences, and a view into the
/// paragraph kept beside each (a Substring, 32 bytes) was a tenth of the memory a corpus took.
public struct Sentence: Sendable, Equatable {
  private let span: ParagraphSpan

  /// The 1-based number of the paragraph it is in.
  public var paragraph: Int { span.paragraph }
  public var range: Range<Int> { span.range }

  /// The range is on character boundaries (the splitter cuts between tokens).
  init(paragraph: Int, range: Range<Int>) { span = ParagraphSpan(paragraph: paragraph, range: range) }
}
