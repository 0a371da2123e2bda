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
  /// The sentence in its paragraph's text: a view, not a copy (a corpus has millions of
  /// sentences, and their copies were as large as the text itself).
  public let slice: Substring

  public var text: String { String(slice) }

  init(paragraph: Int, range: Range<Int>, in paragraphText: String) {
    self.paragraph = paragraph
    self.range = range
    // the range is on character boundaries (the splitter cuts between tokens)
    slice = PersonFinder.slice(paragraphText, range)
  }
}
