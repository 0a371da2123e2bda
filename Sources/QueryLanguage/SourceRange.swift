/// A place in a query line: 1-based column of the first character and the number of characters
/// (Unicode scalars), for carets under the bad token.
public struct SourceRange: Sendable, Equatable, CustomStringConvertible {
  public let column: Int
  public let length: Int

  public init(column: Int, length: Int) {
    self.column = column
    self.length = max(length, 1)
  }

  public var description: String { "column \(column)" }
}
