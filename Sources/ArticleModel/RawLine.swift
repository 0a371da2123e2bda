/// What a raw line of an article is, decided by `LineClassifier`. A `heading` is a subheading
/// between body paragraphs: part of the story's structure, not a paragraph and not furniture.
public enum LineClass: String, Sendable, CaseIterable {
  case title, heading, dateline, byline, caption, credit, body, boilerplate, blank
}

/// One line of the raw file as it was, with its class and the reason for it.
public struct RawLine: Sendable, Equatable {
  /// 1-based line number in the raw file.
  public let number: Int
  public let text: String
  public var kind: LineClass
  /// Why the classifier chose `kind`, in a few words (`"known furniture: 'Share'"`).
  public var reason: String

  public init(number: Int, text: String, kind: LineClass, reason: String) {
    self.number = number
    self.text = text
    self.kind = kind
    self.reason = reason
  }
}
