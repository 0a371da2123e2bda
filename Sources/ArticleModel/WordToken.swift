/// A word or punctuation mark in a piece of text, as a UTF-8 byte range.
public struct WordToken: Sendable, Equatable {
  public enum Kind: Sendable, Equatable { case word, number, punctuation }
  public let range: Range<Int>
  /// The token as written.
  public let text: String
  public let kind: Kind
  /// Lower case, with typographic apostrophes made straight: the form words are compared in.
  /// Stored, not computed: every pass reads it many times per word.
  public let key: String
  /// `WordSet.asciiHash` of `key` (0 when it has a byte that is not ASCII), taken once here: the
  /// finders ask a token's key of a dozen word sets or more, and would hash it for every question.
  let keyHash: UInt64

  public init(range: Range<Int>, text: String, kind: Kind) {
    self.init(range: range, text: text, kind: kind, key: kind == .punctuation ? text : WordTokenizer.foldCase(text))
  }

  /// A token whose key the tokenizer already folded from the bytes.
  init(range: Range<Int>, text: String, kind: Kind, key: String) {
    self.range = range
    self.text = text
    self.kind = kind
    self.key = key
    keyHash = WordSet.asciiHash(key) ?? 0
  }
  /// True when the first letter is upper case.
  public var isCapitalized: Bool {
    guard let first = text.utf8.first else { return false }
    if first >= 0x41 && first <= 0x5A { return true }
    if first < 0x80 { return false }
    return text.unicodeScalars.first?.properties.isUppercase ?? false
  }
  public var isWord: Bool { kind == .word }
  /// A comma standing nowhere: closes the last part when a phrase is cut at its commas.
  static let comma = WordToken(range: 0..<0, text: ",", kind: .punctuation)
  /// The key without a possessive `'s`: `qaeda's` -> `qaeda`.
  public var baseKey: String {
    let k = key.utf8
    // bytes, not graphemes: this runs for most words of every pass
    guard k.count > 2, k.last == 0x73, k[k.index(k.endIndex, offsetBy: -2)] == 0x27 else { return key }
    return String(key.dropLast(2))
  }
  /// True for a word in lower case: speech verbs count only so (`States` is no `states`).
  public var isLowercase: Bool {
    guard let first = text.utf8.first else { return false }
    return first >= 0x61 && first <= 0x7A
  }
}
