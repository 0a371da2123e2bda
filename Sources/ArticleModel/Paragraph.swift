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

/// A sentence of a paragraph, as a UTF-8 byte range into the paragraph's text.
public struct Sentence: Sendable, Equatable {
  public let paragraph: Int
  public let range: Range<Int>
  public let text: String
}
