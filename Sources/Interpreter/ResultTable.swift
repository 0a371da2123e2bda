/// The result of a query: named, typed columns and rows of values.
public struct ResultTable: Sendable, Equatable {
  public struct Column: Sendable, Equatable {
    /// snake_case key, as json and csv name it and as `where` refers to it.
    public let key: String
    /// Heading in table and markdown output.
    public let header: String
    /// Shown in table format; json, jsonl, csv and tsv carry every column.
    public let inTable: Bool
    /// How `=` compares: loosely for names (`Earnest` finds `Josh Earnest`).
    public let matching: Matching

    public init(_ key: String, header: String? = nil, inTable: Bool = true, matching: Matching = .exact) {
      self.key = key
      self.header = header ?? key
      self.inTable = inTable
      self.matching = matching
    }
  }

  public enum Matching: Sendable, Equatable { case exact, name }

  /// How the table format lays the rows out.
  public enum Layout: Sendable, Equatable {
    case rows
    /// An article's paragraphs as numbered text.
    case document(title: String)
    /// Passages of several articles in columns, one per article (compare).
    case sideBySide
    /// Passages two articles share, one row each: a heading, then the two sides in columns (reuse).
    case pairs
    /// Keyword in context: left context right-aligned against the match (kwic).
    case concordance
  }

  /// What the rows are (`quote`, `sentence`, …), so `show quote N` and `count` know them.
  public var kind: String
  public var columns: [Column]
  public var rows: [[Value]]
  public var layout: Layout = .rows
  /// Lines printed after the table: absences, hints.
  public var notes: [String] = []
  /// The rows are numbered 1… in a leading `n` column that output shows but the rows do not hold:
  /// writing the number into each row copied every row of a result (17 of a 35 ms find of 27,000
  /// quotes on ABP). `outputColumns` and `outputRow` are the table as output reads it.
  public var numbered = false

  static let numberColumn = Column("n", header: "#")

  public var outputColumns: [Column] { numbered ? [Self.numberColumn] + columns : columns }

  public func outputRow(_ i: Int) -> [Value] { numbered ? [.int(i + 1)] + rows[i] : rows[i] }

  /// The table with its row numbers written into its rows and columns, as the renderers read it.
  public func materialized() -> ResultTable {
    guard numbered else { return self }
    var t = self
    t.columns = outputColumns
    t.rows = rows.indices.map(outputRow)
    t.numbered = false
    return t
  }

  public init(kind: String, columns: [Column], rows: [[Value]] = [], layout: Layout = .rows, notes: [String] = []) {
    self.kind = kind
    self.columns = columns
    self.rows = rows
    self.layout = layout
    self.notes = notes
  }

  /// `3 quotes`, `1 group`, `2 people`: how many rows of this kind.
  func counted(_ n: Int) -> String { "\(n) \(n == 1 ? Self.singular(kind) : Self.plural(kind))" }

  static func singular(_ kind: String) -> String { kind == "count" ? "group" : kind }

  static func plural(_ kind: String) -> String {
    switch kind {
    case "person": return "people"
    case "count": return "groups"
    default: return kind.hasSuffix("s") ? kind + "es" : kind + "s"
    }
  }

  public func columnIndex(_ key: String) -> Int? { columns.firstIndex { $0.key == key } }

  public func value(_ row: [Value], _ key: String) -> Value {
    columnIndex(key).map { row[$0] } ?? .null
  }
}
