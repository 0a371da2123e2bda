/// What a raw line of an article is, decided by `LineClassifier`. A `heading` is a subheading
/// between body paragraphs: part of the story's structure, not a paragraph and not furniture.
public enum LineClass: String, Sendable, CaseIterable {
  case title, heading, dateline, byline, caption, credit, body, boilerplate, blank
}

/// One line of the raw file as it was, with its class and the reason for it.
public struct RawLine: Sendable, Equatable {
  public let text: String
  /// Why the classifier chose `kind`, in a few words (`"known furniture: 'Share'"`).
  public var reason: String
  // (a 32-bit number beside the class: 40 bytes a line instead of 48, for two million lines)
  private let lineNumber: Int32
  public var kind: LineClass

  /// 1-based line number in the raw file.
  public var number: Int { Int(lineNumber) }

  public init(number: Int, text: String, kind: LineClass, reason: String) {
    lineNumber = Int32(clamping: number)
    self.text = text
    self.kind = kind
    self.reason = reason
  }
}
