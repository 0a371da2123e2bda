import ArticleModel
import Foundation
import QueryLanguage

/// Indexes over a base table, so `where speaker = "X"` and `where text contains "X"` read the rows
/// that can match instead of all of them. An index only narrows: the condition is still checked
/// on every candidate, so a result is the same with or without it.
///
/// - names: each word of a name column (canonical and as written, titles dropped, as `=` compares
///   names) -> rows. A row matching "Josh Earnest" has both words.
/// - words: each word of the `text` column, case- and diacritic-folded -> rows. A substring
///   `contains` looks for holds its inner words whole, its first word as the end of a word, its
///   last as the start of one, and a single word anywhere inside one; those are looked up in the
///   sorted vocabulary (prefixes by binary search, the rest by a scan of the vocabulary, which is
///   far smaller than the text).
struct TableIndex: Sendable {
  /// Per name column: word -> rows.
  private var names: [Int: [String: [Int32]]] = [:]
  private var words: [String: [Int32]] = [:]
  private var vocabulary: [String] = []
  /// Each vocabulary word reversed, sorted, with the word it came from.
  private var reversed: [(String, String)] = []

  init(_ table: ResultTable) {
    let nameColumns = table.columns.indices.filter { table.columns[$0].matching == .name }
    let text = table.columnIndex("text")
    let chunk = 4096
    let chunks = (table.rows.count + chunk - 1) / chunk
    let parts = parallelMap(chunks) { c -> ([Int: [String: [Int32]]], [String: [Int32]]) in
      var names: [Int: [String: [Int32]]] = [:]
      var words: [String: [Int32]] = [:]
      for r in (c * chunk)..<min((c + 1) * chunk, table.rows.count) {
        let row = table.rows[r]
        let n = Int32(r)
        // rows are added in order, so a row already listed under a word is its list's last
        for col in nameColumns {
          for w in NameMatch.words(row[col].description) { names[col, default: [:]][w, default: []].appendUnlessLast(n) }
        }
        if let text {
          for k in WordTokenizer.wordKeys(row[text].description) { words[Self.fold(k), default: []].appendUnlessLast(n) }
        }
      }
      return (names, words)
    }
    // chunks come in row order, so the lists stay ascending
    for (n, w) in parts {
      for (col, byWord) in n { for (k, rows) in byWord { names[col, default: [:]][k, default: []] += rows } }
      for (k, rows) in w { words[k, default: []] += rows }
    }
    vocabulary = words.keys.sorted()
    reversed = vocabulary.map { (String($0.reversed()), $0) }.sorted { $0.0 < $1.0 }
  }

  /// Case and diacritics folded, as `contains` compares.
  static func fold(_ key: String) -> String {
    key.utf8.allSatisfy { $0 < 0x80 } ? key : key.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// Rows that may satisfy `expr` (ascending), or nil when no index applies and every row must
  /// be read.
  func candidates(_ expr: Expr, table: ResultTable) -> [Int32]? {
    switch expr {
    case .compare(let field, .equal, let value):
      let key = Condition.resolve(field.value, in: table)
      guard let i = table.columnIndex(key), table.columns[i].matching == .name else { return nil }
      let wanted = NameMatch.words(value.value.text)
      guard !wanted.isEmpty else { return nil }
      // the columns `=` reads for this field, as the condition reads them
      let columns = Condition.nameColumns(i, in: table)
      return intersect(wanted.map { w in mergedAscending(columns.map { names[$0]?[w] ?? [] }) })
    case .compare(let field, .contains, let value):
      guard Condition.resolve(field.value, in: table) == "text", table.columnIndex("text") != nil else { return nil }
      return textCandidates(value.value.text)
    case .and(let a, let b):
      switch (candidates(a, table: table), candidates(b, table: table)) {
      case (let x?, let y?): return intersect([x, y])
      case (let x?, nil): return x
      case (nil, let y?): return y
      case (nil, nil): return nil
      }
    case .or(let a, let b):
      guard let x = candidates(a, table: table), let y = candidates(b, table: table) else { return nil }
      return mergedAscending([x, y])
    default:
      return nil
    }
  }

  /// True when the rows `candidates` gives for `expr` are exactly the rows it matches, so they
  /// need no check: a name `=` of one word (a row matches when a column `=` reads holds that
  /// word, which is what the index lists), and `and`/`or` of such.
  func isExact(_ expr: Expr, table: ResultTable) -> Bool {
    switch expr {
    case .compare(let field, .equal, let value):
      guard let i = table.columnIndex(Condition.resolve(field.value, in: table)), table.columns[i].matching == .name else { return false }
      return NameMatch.words(value.value.text).count == 1
    case .and(let a, let b), .or(let a, let b):
      return isExact(a, table: table) && isExact(b, table: table)
    default:
      return false
    }
  }

  private func textCandidates(_ needle: String) -> [Int32]? {
    let tokens = WordTokenizer.tokens(needle).filter { $0.kind != .punctuation }.map { Self.fold($0.key) }
    guard !tokens.isEmpty else { return nil }
    if tokens.count == 1 {
      return union(vocabulary.filter { $0.containsBytes(tokens[0]) })
    }
    var lists: [[Int32]] = []
    // first word: the end of a text word
    let first = String(tokens[0].reversed())
    lists.append(union(range(count: reversed.count, prefix: first) { reversed[$0].0 }.map { reversed[$0].1 }))
    for w in tokens.dropFirst().dropLast() { lists.append(words[w] ?? []) }
    // last word: the start of a text word
    lists.append(union(range(count: vocabulary.count, prefix: tokens[tokens.count - 1]) { vocabulary[$0] }.map { vocabulary[$0] }))
    return intersect(lists)
  }

  /// Indices of the sorted keys (`key(i)` for i below `count`) that start with `prefix`.
  private func range(count: Int, prefix: String, _ key: (Int) -> String) -> Range<Int> {
    var lo = 0, hi = count
    while lo < hi {
      let mid = (lo + hi) / 2
      if key(mid) < prefix { lo = mid + 1 } else { hi = mid }
    }
    var end = lo
    while end < count && key(end).hasPrefix(prefix) { end += 1 }
    return lo..<end
  }

  private func union(_ keys: [String]) -> [Int32] {
    if keys.count == 1 { return words[keys[0]] ?? [] }
    var all = Set<Int32>()
    for k in keys { all.formUnion(words[k] ?? []) }
    return all.sorted()
  }

  /// Rows in every list, ascending (the lists are ascending).
  private func intersect(_ lists: [[Int32]]) -> [Int32] {
    guard var result = lists.min(by: { $0.count < $1.count }) else { return [] }
    for list in lists where !result.isEmpty {
      let set = Set(list)
      result = result.filter(set.contains)
    }
    return result
  }
}

extension Array where Element == Int32 {
  /// Appends `row` unless it is already the last element (a word met twice in one row).
  mutating func appendUnlessLast(_ row: Int32) {
    if last != row { append(row) }
  }
}
