import Foundation
import ArticleModel
import QueryLanguage

/// Evaluates `where` conditions against the rows of a result table.
struct Condition {
  let table: ResultTable
  /// Regular expressions compiled once per query.
  private var regexes: [String: NSRegularExpression] = [:]
  /// Bounds the time regular expressions may take; a pattern that backtracks for ever is stopped.
  let budget: RegexBudget
  /// The words of each name met while reading rows: thousands of rows carry the same few names.
  private let nameWords = NameWordsCache()
  /// The column of each field the condition names, resolved once: a row is read by index, not by
  /// comparing column names (a third of a 27,000-row `speaker =` filter went to those lookups).
  private var columnOf: [String: Int] = [:]
  /// For each name column a condition compares, the columns `=` reads (`nameColumns`).
  private var readsOf: [Int: [Int]] = [:]

  /// Checks every field the condition names and compiles its regular expressions, so errors
  /// come before any row is read.
  init(_ expr: Expr, table: ResultTable, isCancelled: @escaping @Sendable () -> Bool = { false }) throws(QueryError) {
    self.table = table
    self.budget = RegexBudget(isCancelled: isCancelled)
    try prepare(expr)
  }

  private mutating func prepare(_ expr: Expr) throws(QueryError) {
    switch expr {
    case .compare(let field, let op, let value):
      try check(field)
      if op == .matches && regexes[value.value.text] == nil {
        do {
          regexes[value.value.text] = try NSRegularExpression(pattern: value.value.text, options: [.caseInsensitive])
        } catch {
          throw QueryError("this regular expression does not compile", at: value.range)
        }
      }
    case .among(let field, _): try check(field)
    case .flag(let field):
      try check(field)
    case .and(let a, let b), .or(let a, let b):
      try prepare(a)
      try prepare(b)
    case .not(let a): try prepare(a)
    }
  }

  private mutating func check(_ field: Located<String>) throws(QueryError) {
    guard let index = table.columnIndex(Self.resolve(field.value, in: table)) else {
      let keys = table.columns.map(\.key)
      throw QueryError(
        "\(table.kind) has no field '\(field.value)'", at: field.range,
        notes: Suggestions.note(for: field.value, in: keys) + ["fields of \(table.kind): " + keys.joined(separator: ", ")])
    }
    columnOf[field.value] = index
    if table.columns[index].matching == .name { readsOf[index] = Self.nameColumns(index, in: table) }
  }

  /// The columns a name `=` on column `index` reads: the column, and for `speaker` the speaker
  /// as written too (`speaker = "he"`, `speaker = "a senior official"`).
  static func nameColumns(_ index: Int, in table: ResultTable) -> [Int] {
    guard table.columns[index].key == "speaker", let written = table.columnIndex("speaker_as_written") else { return [index] }
    return [index, written]
  }

  /// Field names analysts reach for that mean a column of another name.
  static func resolve(_ field: String, in table: ResultTable) -> String {
    if table.columnIndex(field) != nil { return field }
    switch field {
    case "quote", "sentence", "words_as_written": return "text"
    case "id": return "article"
    case "name", "who": return table.columnIndex("speaker") != nil ? "speaker" : "person"
    default: return field
    }
  }

  func matches(_ row: [Value], _ expr: Expr) -> Bool {
    switch expr {
    case .and(let a, let b): return matches(row, a) && matches(row, b)
    case .or(let a, let b): return matches(row, a) || matches(row, b)
    case .not(let a): return !matches(row, a)
    case .flag(let field):
      switch value(row, field.value) {
      case .bool(let b): return b
      case .int(let i): return i != 0
      case .string(let s): return !s.isEmpty
      case .list(let l): return !l.isEmpty
      default: return false
      }
    case .among(let field, let values):
      return values.contains { equal(row, field.value, $0.value) }
    case .compare(let field, let op, let literal):
      // (`=` reads the row itself: names look at more than one column)
      let v = op == .equal || op == .notEqual ? .null : value(row, field.value)
      switch op {
      case .equal: return equal(row, field.value, literal.value)
      case .notEqual: return !equal(row, field.value, literal.value)
      case .contains: return v.description.range(of: literal.value.text, options: [.caseInsensitive, .diacriticInsensitive]) != nil
      case .matches:
        guard let re = regexes[literal.value.text] else { return false }
        return budget.firstMatch(re, in: v.description)
      case .less: return v < literalValue(literal.value)
      case .lessOrEqual: return !(literalValue(literal.value) < v)
      case .greater: return literalValue(literal.value) < v
      case .greaterOrEqual: return !(v < literalValue(literal.value))
      }
    }
  }

  private func literalValue(_ l: Literal) -> Value {
    switch l {
    case .number(let s): return Int(s).map(Value.int) ?? .string(s)
    case .string(let s): return .string(s)
    }
  }

  private func value(_ row: [Value], _ field: String) -> Value {
    columnOf[field].map { row[$0] } ?? .null
  }

  /// `=`: names match loosely (any run of whole words, titles ignored, in the name or as
  /// written); numbers as numbers (`paragraph = 3`, `article = 4` finds `004`); the rest without
  /// regard to case.
  private func equal(_ row: [Value], _ field: String, _ literal: Literal) -> Bool {
    guard let index = columnOf[field] else { return false }
    let v = row[index]
    let wanted = literal.text
    if let reads = readsOf[index] {
      let w = nameWords[wanted]
      return reads.contains { NameMatch.matches(w, nameWords[row[$0].description]) }
    }
    let key = table.columns[index].key
    switch v {
    case .list(let items): return items.contains { $0.caseInsensitiveCompare(wanted) == .orderedSame }
    case .bool(let b): return ["true", "yes", "1"].contains(wanted.lowercased()) == b
    case .int(let i): return Int(wanted) == i
    default:
      if v.description.caseInsensitiveCompare(wanted) == .orderedSame { return true }
      // article ids: 4 and 004 are the same article
      if key == "article", let a = Int(v.description), let b = Int(wanted) { return a == b }
      return false
    }
  }
}

/// Loose matching of person names: `Earnest`, `Mr. Earnest` and `josh earnest` all find
/// `Josh Earnest`; `Assad` finds `Bashar al-Assad`.
enum NameMatch {
  static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "president", "secretary", "sen", "senator", "gen", "general", "minister", "prime"]

  /// The name's words, case-folded (curly apostrophes straight), split at spaces, periods and
  /// commas, `al-`/`el-` dropped, titles left out. Over bytes: it runs for every row a name
  /// condition reads.
  static func words(_ s: String) -> [String] {
    let folded = WordTokenizer.foldCase(s)
    var out: [String] = []
    for part in folded.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2E || $0 == 0x2C }) {
      var bytes = Substring(part)
      for prefix in ["al-", "el-"] where bytes.utf8.count > 3 && bytes.hasPrefix(prefix) { bytes = bytes.dropFirst(3) }
      let word = String(bytes)
      if !titles.contains(word) { out.append(word) }
    }
    return out
  }

  static func matches(_ wanted: String, _ name: String) -> Bool {
    matches(words(wanted), words(name))
  }

  /// True when the name's words hold the wanted words as a run.
  static func matches(_ w: [String], _ n: [String]) -> Bool {
    guard !w.isEmpty, w.count <= n.count else { return false }
    for start in 0...(n.count - w.count) where n[start..<(start + w.count)].elementsEqual(w) { return true }
    return false
  }
}

/// `NameMatch.words` of each name, worked out once per query.
final class NameWordsCache {
  private var words: [String: [String]] = [:]

  subscript(name: String) -> [String] {
    if let known = words[name] { return known }
    let w = NameMatch.words(name)
    words[name] = w
    return w
  }
}

/// The time a query's regular expressions may take in all, checked while ICU matches (it reports
/// progress as it backtracks), so `(a+)+$` on a long line cannot hang the shell. Ctrl-C stops it too.
final class RegexBudget: @unchecked Sendable {
  /// Matching time allowed for one query.
  static let limit: Duration = .seconds(2)
  let isCancelled: @Sendable () -> Bool
  private let clock = ContinuousClock()
  private var used: Duration = .zero
  /// Set when a match was stopped: by the limit or by an interrupt.
  private(set) var stopped: String? = nil

  init(isCancelled: @escaping @Sendable () -> Bool) { self.isCancelled = isCancelled }

  func firstMatch(_ re: NSRegularExpression, in s: String) -> Bool {
    guard stopped == nil else { return false }
    let start = clock.now
    var found = false
    re.enumerateMatches(in: s, options: [.reportProgress], range: NSRange(s.startIndex..., in: s)) { match, _, stop in
      if match != nil {
        found = true
        stop.pointee = true
      } else if self.used + (self.clock.now - start) > Self.limit {
        self.stopped = "the regular expression took more than \(Self.limit) in all and was stopped: it backtracks too much; make it simpler or more specific"
        stop.pointee = true
      } else if self.isCancelled() {
        self.stopped = "interrupted"
        stop.pointee = true
      }
    }
    used += clock.now - start
    return found
  }
}
