/// A place where an article names a person.
public struct Mention: Sendable, Equatable {
  public enum Kind: String, Sendable { case name, role, pronoun }
  public let article: String
  public let paragraph: Int
  public let range: Range<Int>
  /// The words as written (`Mr. Kerry`).
  public let text: String
  /// Canonical name of the person (`John Kerry`).
  public var person: String
  public let kind: Kind
}
