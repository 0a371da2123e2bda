/// A place where an article names a person (by name, role or pronoun), an organisation or a place.
public struct Mention: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case name, role, pronoun, organisation, place
    /// Names, roles and pronouns point at people; the other kinds do not.
    public var isPerson: Bool { self == .name || self == .role || self == .pronoun }
  }
  /// Canonical name of the person (`John Kerry`); for an organisation or a place, its name.
  public var person: String
  // (32 bytes a mention: a large corpus has two million mentions. The article that holds it
  // knows its id, and the words as written are the paragraph's, `Article.text(of:)`; a copy of
  // each beside it was 64 bytes and most of a heap block more, a sixth of a loaded corpus.)
  private let span: ParagraphSpan
  public let kind: Kind

  public var paragraph: Int { span.paragraph }
  public var range: Range<Int> { span.range }

  init(paragraph: Int, range: Range<Int>, person: String, kind: Kind) {
    self.person = person
    span = ParagraphSpan(paragraph: paragraph, range: range)
    self.kind = kind
  }
}
