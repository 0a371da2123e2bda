/// What a raw line of an article is, decided by `LineClassifier`. A `heading` is a subheading
/// between body paragraphs: part of the story's structure, not a paragraph and not furniture.
public enum LineClass: String, Sendable, CaseIterable {
  case title, heading, dateline, byline, caption, credit, body, boilerplate, blank
}

/// One line of the raw file, with its class and the reason for it. Its text is a UTF-8 range of
/// the article's normalised file text (`Article.source`; `Article.text(of:)` reads it): one
/// buffer an article instead of a String a line, whose header and allocation were about 40 bytes
/// of each of a corpus's million lines.
public struct RawLine: Sendable, Equatable {
  /// Why the classifier chose `kind`, in a few words (`"known furniture: 'Share'"`).
  public var reason: String
  // (32-bit numbers beside the class: 32 bytes a line)
  private let start: UInt32
  private let length: UInt32
  private let lineNumber: Int32
  public var kind: LineClass

  /// 1-based line number in the raw file.
  public var number: Int { Int(lineNumber) }
  /// Where the line's text is in the article's file text.
  public var range: Range<Int> { Int(start)..<Int(start + length) }

  public init(number: Int, range: Range<Int>, kind: LineClass, reason: String) {
    lineNumber = Int32(clamping: number)
    start = UInt32(range.lowerBound)
    length = UInt32(range.count)
    self.kind = kind
    self.reason = reason
  }

  /// The line's text in `source`, the file text it was classified from, without a copy.
  public func text(in source: String) -> Substring { PersonFinder.slice(source, range) }
}
