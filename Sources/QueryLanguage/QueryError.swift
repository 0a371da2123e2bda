/// A problem with a query: what is wrong, where, and what might have been meant.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  /// Where in the line; `nil` for problems with the whole statement.
  public let range: SourceRange?
  /// Further lines: "did you mean …", the ids that exist.
  public let notes: [String]

  public init(_ message: String, at range: SourceRange? = nil, notes: [String] = []) {
    self.message = message
    self.range = range
    self.notes = notes
  }

  public var description: String { message }

  /// The error as the shell prints it: the message, the query line with a caret under the bad
  /// token, then the notes.
  public func rendered(line: String) -> String {
    var out = "error: \(message)"
    if let range {
      out += "\n  \(line)\n  " + String(repeating: " ", count: max(range.column - 1, 0))
      out += "^" + String(repeating: "~", count: max(range.length - 1, 0))
    }
    for note in notes { out += "\n\(note)" }
    return out
  }
}
