/// A place where an article names a person (by name, role or pronoun), an organisation or a place.
public struct Mention: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case name, role, pronoun, organisation, place
    /// Names, roles and pronouns point at people; the other kinds do not.
    public var isPerson: Bool { self == .name || self == .role || self == .pronoun }
  }
  public let article: String
  /// The words as written (`Mr. Kerry`).
  public let text: String
  /// Canonical name of the person (`John Kerry`); for an organisation or a place, its name.
  public var person: String
  // (64 bytes a mention instead of 80, and a large corpus has two million mentions)
  private let span: ParagraphSpan
  public let kind: Kind

  public var paragraph: Int { span.paragraph }
  public var range: Range<Int> { span.range }

  init(article: String, paragraph: Int, range: Range<Int>, text: String, person: String, kind: Kind) {
    self.article = article
    self.text = text
    self.person = person
    span = ParagraphSpan(paragraph: paragraph, range: range)
    self.kind = kind
  }
}
