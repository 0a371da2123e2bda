/// Renders result tables for people: columns aligned by display width (curly quotes, dashes and
/// wide characters line up), long cells wrapped, and cut with an ellipsis only past a few lines.
/// Rows are never dropped.
struct TableRenderer {
  let width: Int
  /// Lines a cell may wrap to before it is cut with an ellipsis.
  let maxLines = 4
  static let gap = "  "

  func render(_ t: ResultTable) -> String {
    switch t.layout {
    case .rows: return rows(t)
    case .document(let title): return document(t, title: title)
    case .sideBySide: return sideBySide(t)
    case .pairs: return pairs(t)
    case .concordance: return concordance(t)
    }
  }

  func rows(_ t: ResultTable) -> String {
    let visible = t.columns.indices.filter { t.columns[$0].inTable }
    var out: [String] = []
    if t.rows.isEmpty {
      out.append("(no \(ResultTable.plural(t.kind)))")
      return (out + t.notes).joined(separator: "\n")
    }
    let cells = t.rows.map { row in visible.map { row[$0].description } }
    let headers = visible.map { t.columns[$0].header }
    let numeric = visible.map { i in t.rows.allSatisfy { row in
      switch row[i] { case .int, .double, .null: return true; default: return false }
    } }
    let widths = columnWidths(headers: headers, cells: cells)
    func line(_ values: [String]) -> [String] {
      let wrapped = values.enumerated().map { i, v -> [String] in
        var lines = DisplayWidth.wrap(v, width: widths[i])
        // the last column holds the text being read (quote, sentence, raw line): never cut it
        if lines.count > maxLines && i < values.count - 1 {
          lines = Array(lines.prefix(maxLines))
          lines[maxLines - 1] = DisplayWidth.truncate(lines[maxLines - 1] + " …", width: widths[i])
        }
        return lines
      }
      let height = wrapped.map(\.count).max() ?? 1
      return (0..<height).map { k in
        var parts: [String] = []
        for (i, lines) in wrapped.enumerated() {
          let text = k < lines.count ? lines[k] : ""
          let pad = widths[i] - DisplayWidth.of(text)
          if numeric[i] {
            parts.append(String(repeating: " ", count: max(pad, 0)) + text)
          } else {
            parts.append(i == wrapped.count - 1 ? text : DisplayWidth.pad(text, to: widths[i]))
          }
        }
        return trimTrailing(parts.joined(separator: Self.gap))
      }
    }
    out += line(headers)
    for row in cells { out += line(row) }
    out.append(t.counted(t.rows.count))
    return (out + t.notes).joined(separator: "\n")
  }

  /// Natural widths, then the widest columns give way until the table fits.
  func columnWidths(headers: [String], cells: [[String]]) -> [Int] {
    var widths = headers.map(DisplayWidth.of)
    for row in cells {
      for (i, c) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) }
    }
    let available = width - Self.gap.count * (widths.count - 1)
    while widths.reduce(0, +) > available {
      guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 12 else { break }
      let excess = widths.reduce(0, +) - available
      let second = widths.enumerated().filter { $0.offset != widest }.map(\.element).max() ?? 0
      widths[widest] = max(12, max(second, widths[widest] - excess))
      if widths[widest] == second && second > 12 { widths[widest] -= 1 }
    }
    return widths
  }

  func document(_ t: ResultTable, title: String) -> String {
    var out = title.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    out.append("")
    let textIndex = t.columnIndex("text") ?? t.columns.count - 1
    let numberIndex = t.columnIndex("paragraph")
    for row in t.rows {
      let label = numberIndex.map { "[\(row[$0])] " } ?? ""
      let indent = String(repeating: " ", count: label.count)
      let lines = DisplayWidth.wrap(row[textIndex].description, width: max(width - label.count, 20))
      for (k, l) in lines.enumerated() { out.append(trimTrailing((k == 0 ? label : indent) + l)) }
    }
    return (out + t.notes).joined(separator: "\n")
  }

  /// One column per article, its passages under it, best first.
  func sideBySide(_ t: ResultTable) -> String {
    guard let a = t.columnIndex("article"), let text = t.columnIndex("marked") ?? t.columnIndex("text") else { return rows(t) }
    var order: [String] = []
    var groups: [String: [[Value]]] = [:]
    for row in t.rows {
      let id = row[a].description
      if groups[id] == nil { order.append(id) }
      groups[id, default: []].append(row)
    }
    guard !order.isEmpty else { return rows(t) }
    let columnWidth = max((width - Self.gap.count * (order.count - 1)) / order.count, 20)
    var out: [String] = [trimTrailing(order.map { DisplayWidth.pad($0, to: columnWidth) }.joined(separator: Self.gap))]
    out.append(trimTrailing(order.map { _ in String(repeating: "─", count: columnWidth) }.joined(separator: Self.gap)))
    let depth = groups.values.map(\.count).max() ?? 0
    for rank in 0..<depth {
      let blocks: [[String]] = order.map { id in
        guard let row = groups[id].flatMap({ rank < $0.count ? $0[rank] : nil }) else { return [] }
        let head = "¶\(t.value(row, "paragraph")) · score \(t.value(row, "score"))"
        return [head] + DisplayWidth.wrap(row[text].description, width: columnWidth)
      }
      let height = blocks.map(\.count).max() ?? 0
      if rank > 0 { out.append("") }
      for k in 0..<height {
        let parts = blocks.map { k < $0.count ? DisplayWidth.pad($0[k], to: columnWidth) : String(repeating: " ", count: columnWidth) }
        out.append(trimTrailing(parts.joined(separator: Self.gap)))
      }
    }
    out.append(t.counted(t.rows.count))
    return (out + t.notes).joined(separator: "\n")
  }

  /// Shared passages of two articles: per passage a heading, then side A and side B in columns.
  func pairs(_ t: ResultTable) -> String {
    guard let left = t.columnIndex("marked_a"), let right = t.columnIndex("marked_b"), !t.rows.isEmpty else { return rows(t) }
    let columnWidth = max((width - Self.gap.count) / 2, 20)
    var out = [trimTrailing(DisplayWidth.pad(t.columns[left].header, to: columnWidth) + Self.gap + t.columns[right].header)]
    out.append(String(repeating: "─", count: columnWidth) + Self.gap + String(repeating: "─", count: columnWidth))
    for (k, row) in t.rows.enumerated() {
      if k > 0 { out.append("") }
      out.append(
        "¶\(t.value(row, "paragraph_a")) ↔ ¶\(t.value(row, "paragraph_b")) · \(t.value(row, "words_a")) and \(t.value(row, "words_b")) words · "
          + "\(Int(((t.value(row, "identical").number ?? 0) * 100).rounded())) % identical")
      let a = DisplayWidth.wrap(row[left].description, width: columnWidth)
      let b = DisplayWidth.wrap(row[right].description, width: columnWidth)
      for i in 0..<max(a.count, b.count) {
        let l = i < a.count ? a[i] : ""
        out.append(trimTrailing(DisplayWidth.pad(l, to: columnWidth) + Self.gap + (i < b.count ? b[i] : "")))
      }
    }
    out.append(t.counted(t.rows.count))
    return (out + t.notes).joined(separator: "\n")
  }

  /// One line per occurrence: id and paragraph, the left context right-aligned, the match, the
  /// right context; lines are never wrapped, so the matches stand in one column.
  func concordance(_ t: ResultTable) -> String {
    guard let l = t.columnIndex("left"), let m = t.columnIndex("match"), let r = t.columnIndex("right"), !t.rows.isEmpty else { return rows(t) }
    let places = t.rows.map { "\(t.value($0, "article")) ¶\(t.value($0, "paragraph"))" }
    let placeWidth = places.map(DisplayWidth.of).max() ?? 0
    let leftWidth = t.rows.map { DisplayWidth.of($0[l].description) }.max() ?? 0
    var out: [String] = []
    for (row, place) in zip(t.rows, places) {
      let left = row[l].description
      let pad = String(repeating: " ", count: leftWidth - DisplayWidth.of(left))
      out.append(trimTrailing(DisplayWidth.pad(place, to: placeWidth) + Self.gap + pad + left + " [" + row[m].description + "] " + row[r].description))
    }
    out.append(t.counted(t.rows.count))
    return (out + t.notes).joined(separator: "\n")
  }

  func trimTrailing(_ s: String) -> String {
    var s = Substring(s)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
