/// A place where an article names a person (by name, role or pronoun), an organisation or a place.
public struct Mention: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case name, role, pronoun, organisation, place
    /// Names, roles and pronouns point at people; the other kinds do not.
    public var isPerson: Bool { self == .name || self == .role || self == .pronoun }
  }
  public let article: String
  public let paragraph: Int
  public let range: Range<Int>
  /// The words as written (`Mr. Kerry`).
  public let text: String
  /// Canonical name of the person (`John Kerry`); for an organisation or a place, its name.
  public var person: String
  public let kind: Kind
}
