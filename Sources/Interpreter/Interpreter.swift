import ArticleModel
import QueryLanguage

/// Evaluates statements against a corpus. Holds the session's kept results (`Q = …`, `last`).
public struct Interpreter: Sendable {
  public let corpus: Corpus
  /// Results kept by name; `last` is always the latest table.
  public private(set) var results: [String: ResultTable] = [:]
  /// The latest quote result: `show quote N` and `trace quote N` number its rows, whatever ran
  /// since (a `show` or a `trace` in between does not renumber them).
  var lastQuotes: ResultTable?
  /// Asked between rows of long work; true stops the query with "interrupted".
  public var isCancelled: @Sendable () -> Bool = { false }
  /// Every article's words as numbers with the stem index: built on the first query that reads
  /// across articles (compare, reuse, similar, trace, kwic, unique), then kept.
  private var wordsCache: CorpusWords?
  private var similarityCache: SimilarArticles?
  /// Base tables, built on first use and kept: the corpus does not change during a session.
  private var tables: [EntityKind: ResultTable] = [:]
  private var indexes: [EntityKind: TableIndex] = [:]
  /// A base table's column as codes into its distinct values, made on the first `count … by` of
  /// that column: later counts add up integers instead of hashing every row's text.
  private var columnCodes: [String: (codes: [Int32], labels: [String])] = [:]

  public init(corpus: Corpus) {
    self.corpus = corpus
  }

  /// Runs one query statement. Dot commands belong to the shell and are refused here.
  public mutating func execute(_ statement: Statement) throws(QueryError) -> Output {
    switch statement {
    case .empty: return .none
    case .dot: throw QueryError("dot commands are run by the shell")
    case .query(let q):
      let output = try evaluate(q)
      if case .table(let t) = output { keep(t, as: nil) }
      return output
    case .assign(let name, let q):
      let output = try evaluate(q)
      guard case .table(let t) = output else { return output }
      keep(t, as: name)
      return .text("\(name): \(t.counted(t.rows.count))")
    }
  }

  mutating func keep(_ t: ResultTable, as name: String?) {
    if let name { results[name] = t }
    results["last"] = t
    if t.kind == "quote" { lastQuotes = t }
  }

  /// The rows `show quote N` and `trace quote N` count: the latest quote result, else every quote.
  mutating func numberedQuotes() throws(QueryError) -> ResultTable {
    if let lastQuotes { return lastQuotes }
    return try baseTable(.quote).numberingRows()
  }

  /// Parses and runs one line.
  public mutating func execute(line: String) throws(QueryError) -> Output {
    try execute(Parser.parse(line))
  }

  mutating func evaluate(_ query: Query) throws(QueryError) -> Output {
    switch query {
    case .list(let target): return .table(list(target))
    case .show(let target): return try show(target)
    case .find(let source, let filter, let order, let limit):
      return .table(try find(source: source, filter: filter, order: order, limit: limit))
    case .count(let source, let filter, let by):
      return .table(try count(source: source, filter: filter, by: by))
    case .compare(let articles, let topic):
      return .table(try compare(articles, topic: topic))
    case .reuse(let target): return .table(try reuse(target))
    case .similar(let id, let limit): return .table(try similar(id, limit: limit))
    case .trace(let target): return .table(try trace(target))
    case .kwic(let term, let width, let sort): return .table(try kwic(term, width: width, sort: sort))
    case .unique(let id): return .table(try unique(id))
    case .export(let source, let filter, let path):
      let t = try filtered(source: source, filter: filter).droppingRowNumbers()
      let n = try Exporter.write(t, to: path.value, stop: isCancelled)
      return .text("exported \(t.counted(n)) to \(path.value)")
    }
  }

  func list(_ target: ListTarget) -> ResultTable {
    switch target {
    case .articles: return EntityTables.articles(corpus)
    case .speakers: return EntityTables.speakers(corpus)
    case .people: return EntityTables.people(corpus)
    case .outlets: return EntityTables.outlets(corpus)
    }
  }

  /// Every row of a kind, built on first use and kept: the corpus does not change in a session.
  mutating func baseTable(_ kind: EntityKind) throws(QueryError) -> ResultTable {
    if let t = tables[kind] { return t }
    let table: ResultTable
    switch kind {
    case .quote: table = EntityTables.quotes(corpus, stop: isCancelled)
    case .sentence: table = EntityTables.sentences(corpus, stop: isCancelled)
    case .paragraph: table = EntityTables.paragraphs(corpus, stop: isCancelled)
    case .mention: table = EntityTables.mentions(corpus, stop: isCancelled)
    case .article: table = EntityTables.articles(corpus)
    case .person: table = EntityTables.people(corpus)
    case .line: table = EntityTables.lines(corpus, stop: isCancelled)
    }
    if isCancelled() { throw QueryError("interrupted") }
    tables[kind] = table
    return table
  }

  /// The table a source names: every row of a kind, or a kept result.
  mutating func table(for source: Source) throws(QueryError) -> ResultTable {
    switch source {
    case .kind(let kind):
      return try baseTable(kind.value)
    case .result(let name):
      if let t = results[name.value] { return t.droppingRowNumbers() }
      let known = results.keys.sorted()
      throw QueryError(
        "no result named '\(name.value)'", at: name.range,
        notes: Suggestions.note(for: name.value, in: known + EntityKind.allCases.map(\.rawValue) + Parser.commands)
          + [known.isEmpty ? "keep a result with: Q = find quote where speaker = \"Kerry\"" : "kept results: " + known.joined(separator: ", ")])
    }
  }

  /// The rows of a source that satisfy the filter, in table order, without row numbers.
  mutating func filtered(source: Source, filter: Expr?) throws(QueryError) -> ResultTable {
    var t = try table(for: source)
    guard let filter else { return t }
    let unfiltered = t
    try checkArticleIDs(filter)
    let condition = try Condition(filter, table: t, isCancelled: isCancelled)
    var kept: [[Value]] = []
    // an index narrows the rows to read when the condition allows; every row read is checked
    let index = index(for: source, table: t)
    let candidates = index.flatMap { $0.candidates(filter, table: t) }
    let count = candidates?.count ?? t.rows.count
    // rows the index gives exactly (`speaker = "Trump"`) are kept as they are: checking 27,000
    // of them again took 12 ms
    if let candidates, index?.isExact(filter, table: t) == true {
      t.rows = candidates.map { t.rows[Int($0)] }
      if t.rows.isEmpty { t.notes += emptyResultHints(filter, table: unfiltered) }
      return t
    }
    for n in 0..<count {
      if n & 1023 == 0 && isCancelled() { throw QueryError("interrupted") }
      let row = t.rows[candidates.map { Int($0[n]) } ?? n]
      if condition.matches(row, filter) { kept.append(row) }
      if let reason = condition.budget.stopped { throw QueryError(reason) }
    }
    t.rows = kept
    if kept.isEmpty { t.notes += emptyResultHints(filter, table: unfiltered) }
    return t
  }

  mutating func find(source: Source, filter: Expr?, order: [OrderKey], limit: Int?) throws(QueryError) -> ResultTable {
    var t = try filtered(source: source, filter: filter)
    if !order.isEmpty {
      var indices: [(Int, Bool)] = []
      for key in order {
        let name = Condition.resolve(key.field.value, in: t)
        guard let i = t.columnIndex(name) else {
          throw QueryError("\(t.kind) has no field '\(key.field.value)' to order by", at: key.field.range,
            notes: Suggestions.note(for: key.field.value, in: t.columns.map(\.key)) + ["fields of \(t.kind): " + t.columns.map(\.key).joined(separator: ", ")])
        }
        indices.append((i, key.descending))
      }
      t.rows = t.rows.enumerated().sorted { a, b in
        for (i, desc) in indices where a.element[i] != b.element[i] {
          return desc ? b.element[i] < a.element[i] : a.element[i] < b.element[i]
        }
        return a.offset < b.offset
      }.map(\.element)
    }
    if let limit { t.rows = Array(t.rows.prefix(limit)) }
    return t.numberingRows()
  }

  /// The index of a base table (built on first use), or nil for kept results and small kinds.
  mutating func index(for source: Source, table: ResultTable) -> TableIndex? {
    guard case .kind(let kind) = source, [.quote, .sentence, .paragraph, .mention].contains(kind.value) else { return nil }
    if let i = indexes[kind.value] { return i }
    let i = TableIndex(table)
    indexes[kind.value] = i
    return i
  }

  mutating func count(source: Source, filter: Expr?, by fields: [Located<String>]) throws(QueryError) -> ResultTable {
    let base = try filtered(source: source, filter: filter).droppingRowNumbers()
    if fields.isEmpty {
      return ResultTable(kind: "count", columns: [.init("kind"), .init("count")], rows: [[.string(base.kind), .int(base.rows.count)]])
    }
    var indices: [Int] = []
    for f in fields {
      let name = Condition.resolve(f.value, in: base)
      guard let i = base.columnIndex(name) else {
        throw QueryError("\(base.kind) has no field '\(f.value)' to count by", at: f.range,
          notes: Suggestions.note(for: f.value, in: base.columns.map(\.key)) + ["fields of \(base.kind): " + base.columns.map(\.key).joined(separator: ", ")])
      }
      indices.append(i)
    }
    let header = indices.map { base.columns[$0] }.map { ResultTable.Column($0.key, header: $0.header, matching: $0.matching) } + [.init("count")]
    if filter == nil, case .kind(let kind) = source, indices.count == 1 {
      // a whole kind by one field: the column is coded once per session, groups already in label
      // order, so a count is a tally and a sort of integers
      let (codes, labels) = encodedColumn(kind.value, indices[0], of: base)
      var tally = [Int](repeating: 0, count: labels.count)
      for c in codes { tally[Int(c)] += 1 }
      let order = labels.indices.filter { tally[$0] > 0 }.sorted { tally[$0] != tally[$1] ? tally[$0] > tally[$1] : $0 < $1 }
      return ResultTable(kind: "count", columns: header, rows: order.map { [.string(labels[$0]), .int(tally[$0])] })
    }
    // grouped on the values themselves; their text is made once per group, not once per row
    var byValue: [[Value]: Int] = [:]
    if indices.count == 1 {
      // one field (the usual case): keyed on the value alone, no array per row
      var single: [Value: Int] = [:]
      let i = indices[0]
      for (n, row) in base.rows.enumerated() {
        if n & 4095 == 0 && isCancelled() { throw QueryError("interrupted") }
        single[row[i], default: 0] += 1
      }
      for (v, n) in single { byValue[[v], default: 0] += n }
    } else {
      for (n, row) in base.rows.enumerated() {
        if n & 4095 == 0 && isCancelled() { throw QueryError("interrupted") }
        byValue[indices.map { row[$0] }, default: 0] += 1
      }
    }
    // values with the same text are one group (null and "" are both "(unknown)")
    var counts: [[String]: Int] = [:]
    for (key, n) in byValue {
      counts[key.map { v in v.description.isEmpty ? "(unknown)" : v.description }, default: 0] += n
    }
    var t = ResultTable(kind: "count", columns: header)
    for (key, n) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key.lexicographicallyPrecedes($1.key) }) {
      t.rows.append(key.map(Value.string) + [.int(n)])
    }
    return t
  }

  /// A column of a kind's table as a code per row into its group labels (the values' text, null
  /// and "" both "(unknown)"), the labels sorted; made once per session.
  mutating func encodedColumn(_ kind: EntityKind, _ column: Int, of table: ResultTable) -> (codes: [Int32], labels: [String]) {
    let key = "\(kind.rawValue):\(column)"
    if let known = columnCodes[key] { return known }
    var ids: [Value: Int32] = [:]
    var values: [Value] = []
    var codes: [Int32] = []
    codes.reserveCapacity(table.rows.count)
    for row in table.rows {
      let v = row[column]
      if let id = ids[v] {
        codes.append(id)
      } else {
        ids[v] = Int32(values.count)
        codes.append(Int32(values.count))
        values.append(v)
      }
    }
    // values with the same text are one group
    let texts = values.map { $0.description.isEmpty ? "(unknown)" : $0.description }
    let labels = Array(Set(texts)).sorted()
    let position = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, Int32($0)) })
    let relabel = texts.map { position[$0]! }
    let coded = (codes.map { relabel[Int($0)] }, labels)
    columnCodes[key] = coded
    return coded
  }

  /// Every `article = …` and `article in (…)` must name an article that exists.
  func checkArticleIDs(_ expr: Expr) throws(QueryError) {
    switch expr {
    case .compare(let field, let op, let value) where field.value == "article" && (op == .equal || op == .notEqual):
      _ = try article(Located(value.value.text, value.range))
    case .among(let field, let values) where field.value == "article":
      for v in values { _ = try article(Located(v.value.text, v.range)) }
    case .and(let a, let b), .or(let a, let b):
      try checkArticleIDs(a)
      try checkArticleIDs(b)
    case .not(let a): try checkArticleIDs(a)
    default: break
    }
  }

  /// When a name finds nothing, the names that are close.
  func emptyResultHints(_ expr: Expr, table: ResultTable) -> [String] {
    switch expr {
    case .compare(let field, .equal, let value):
      let key = Condition.resolve(field.value, in: table)
      guard let i = table.columnIndex(key), table.columns[i].matching == .name else { return [] }
      var names = Set<String>()
      for row in table.rows {
        let full = row[i].description
        names.insert(full)
        if let last = full.split(separator: " ").last { names.insert(String(last)) }
      }
      let note = Suggestions.note(for: value.value.text, in: names.sorted())
      return note.isEmpty ? ["no \(key) matches \"\(value.value.text)\"; list speakers or list people shows the names"] : ["no \(key) matches \"\(value.value.text)\"; " + note[0]]
    case .and(let a, let b), .or(let a, let b): return emptyResultHints(a, table: table) + emptyResultHints(b, table: table)
    default: return []
    }
  }

  /// The article with the given id; `4` finds `004`. Unknown ids list the ones that exist.
  func article(_ id: Located<String>) throws(QueryError) -> Article {
    if let a = corpus[id.value] { return a }
    if let n = Int(id.value), let a = corpus.articles.first(where: { Int($0.id) == n }) { return a }
    let ids = corpus.ids
    let shown = ids.count <= 20 ? ids.joined(separator: ", ") : ids.prefix(20).joined(separator: ", ") + ", … (\(ids.count) in all; list articles shows them)"
    throw QueryError("no article with id '\(id.value)'", at: id.range, notes: Suggestions.note(for: id.value, in: ids) + ["articles: \(shown)"])
  }

  /// Built on first use; Ctrl-C while building stops it and keeps nothing half made.
  mutating func words() throws(QueryError) -> CorpusWords {
    if let w = wordsCache { return w }
    guard let w = CorpusWords(corpus: corpus, stop: isCancelled) else { throw QueryError("interrupted") }
    wordsCache = w
    return w
  }

  mutating func similarity() throws(QueryError) -> SimilarArticles {
    if let s = similarityCache { return s }
    let s = SimilarArticles(words: try words())
    similarityCache = s
    return s
  }

}

extension ResultTable {
  /// Adds the `#` column that `show quote N` refers to.
  /// Quote, sentence and mention results are numbered for `show quote N`; the numbers are not
  /// written into the rows (see `ResultTable.numbered`).
  func numberingRows() -> ResultTable {
    guard kind == "quote" || kind == "sentence" || kind == "mention" else { return self }
    var t = self
    t.numbered = true
    return t
  }

  func droppingRowNumbers() -> ResultTable {
    var t = self
    t.numbered = false
    return t
  }
}
