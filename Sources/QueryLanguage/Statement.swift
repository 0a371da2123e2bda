/// One line of input, parsed.
public enum Statement: Sendable, Equatable {
  /// `Q = find quote where …`: run the query and keep its result under a name.
  case assign(name: String, query: Query)
  case query(Query)
  case dot(DotCommand)
  /// A blank line or a `--` comment.
  case empty
}

/// A word or literal as written, with its place in the line for diagnostics.
public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
  public let value: Value
  public let range: SourceRange
  public init(_ value: Value, _ range: SourceRange) {
    self.value = value
    self.range = range
  }
}

/// A query: something that produces a result table.
public enum Query: Sendable, Equatable {
  case list(ListTarget)
  case show(ShowTarget)
  case find(source: Source, filter: Expr?, order: [OrderKey], limit: Int?)
  case count(source: Source, filter: Expr?, by: [Located<String>])
  case compare(articles: ArticleSelection, topic: Located<String>)
  /// `reuse 000 002`: the passages one article shares with another; `reuse all`: the pairs.
  case reuse(ReuseTarget)
  /// `similar 004 [limit N]`: the other articles ranked by shared content.
  case similar(id: Located<String>, limit: Int?)
  /// `trace quote 3`, `trace "near-term steps"`: a quotation's versions across articles.
  case trace(TraceTarget)
  /// `kwic "Nusra" [width 40] [sort left|right]`: a keyword-in-context concordance.
  case kwic(term: Located<String>, width: Int?, sort: ContextSide?)
  /// `unique 004`: the sentences no other article of its cluster carries.
  case unique(id: Located<String>)
  /// `export quotes [where …] to FILE.jsonl`: the rows `find` would give, streamed to a file.
  case export(source: Source, filter: Expr?, path: Located<String>)
}

public enum ReuseTarget: Sendable, Equatable {
  case pair(Located<String>, Located<String>)
  case all
}

public enum TraceTarget: Sendable, Equatable {
  /// A row of the last quote result.
  case quote(Located<Int>)
  case phrase(Located<String>)
}

public enum ContextSide: String, Sendable, Equatable {
  case left, right
}

public enum ListTarget: String, Sendable, Equatable, CaseIterable {
  case articles, speakers, people, outlets
}

public enum ShowTarget: Sendable, Equatable {
  /// `show 004`, `show 004 paragraph 3..5`, `show 004 raw`
  case article(id: Located<String>, paragraphs: ClosedRange<Int>?, raw: Bool)
  /// `show quote 7`: the seventh row of the last quote result, in its paragraph.
  case quote(Located<Int>)
  /// `show Q`, `show last`
  case result(Located<String>)
}

/// What `find` and `count` range over: a kind of thing in the corpus or a kept result.
public enum Source: Sendable, Equatable {
  case kind(Located<EntityKind>)
  case result(Located<String>)
}

public enum EntityKind: String, Sendable, Equatable, CaseIterable {
  case quote, sentence, paragraph, mention, article, person, line
}

public enum ArticleSelection: Sendable, Equatable {
  case all
  case ids([Located<String>])
}

public struct OrderKey: Sendable, Equatable {
  public let field: Located<String>
  public let descending: Bool
}

/// A condition of a `where` clause.
public indirect enum Expr: Sendable, Equatable {
  case compare(field: Located<String>, op: ComparisonOperator, value: Located<Literal>)
  case among(field: Located<String>, values: [Located<Literal>])
  /// A bare field name: true when the field is true (`where partial`).
  case flag(Located<String>)
  case and(Expr, Expr)
  case or(Expr, Expr)
  case not(Expr)
}

public enum ComparisonOperator: String, Sendable, Equatable {
  case equal = "=", notEqual = "!=", matches = "~", contains, less = "<", lessOrEqual = "<=",
    greater = ">", greaterOrEqual = ">="
}

public enum Literal: Sendable, Equatable, CustomStringConvertible {
  case string(String)
  case number(String)

  public var text: String {
    switch self {
    case .string(let s), .number(let s): return s
    }
  }
  public var description: String { text }
}
