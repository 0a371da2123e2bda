/// A paragraph of the clean body.
public struct Paragraph: Sendable, Equatable {
  /// 1-based position among the article's body paragraphs.
  public let number: Int
  /// The raw line it came from.
  public let line: Int
  /// Normalised text: spaces unified, trimmed.
  public let text: String
  public let wordCount: Int
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
