/// A lexical token of the query language.
public struct Token: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// A bare word: keyword, field name, result name or article id such as `my_article`.
    case word
    /// Digits, possibly with leading zeros (`004` is an article id, `3` a paragraph).
    case number
    /// A quoted string; `text` holds it without the quotes.
    case string
    /// `=`, `!=`, `~`, `<`, `<=`, `>`, `>=`, `,`, `(`, `)`, `..`, `|`
    case symbol
    case end
  }

  public let kind: Kind
  public let text: String
  public let range: SourceRange

  public init(kind: Kind, text: String, range: SourceRange) {
    self.kind = kind
    self.text = text
    self.range = range
  }

  /// The word in lower case, for keyword comparison.
  public var keyword: String { kind == .word ? text.lowercased() : "" }

  /// How a diagnostic names this token.
  public var quoted: String {
    switch kind {
    case .end: return "end of line"
    case .string: return "\"\(text)\""
    default: return "'\(text)'"
    }
  }
}
