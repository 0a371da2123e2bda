/// CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled)
/// and TSV (tabs and line breaks inside values become spaces). Both start with a header row of
/// column keys and carry every column.
enum DelimitedRenderer {
  static func csv(_ t: ResultTable) -> String {
    var lines = [t.columns.map { field($0.key) }.joined(separator: ",")]
    for row in t.rows { lines.append(row.map { field(cell($0)) }.joined(separator: ",")) }
    return lines.joined(separator: "\r\n") + "\r"
  }

  static func tsv(_ t: ResultTable) -> String {
    var lines = [t.columns.map(\.key).joined(separator: "\t")]
    for row in t.rows {
      lines.append(row.map { cell($0).replacingTabsAndBreaks() }.joined(separator: "\t"))
    }
    return lines.joined(separator: "\n")
  }

  /// Booleans as true/false and lists joined by "; ", so a spreadsheet reads them.
  static func cell(_ v: Value) -> String {
    switch v {
    case .bool(let b): return b ? "true" : "false"
    default: return v.description
    }
  }

  static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    var out = "\""
    for c in s { out += c == "\"" ? "\"\"" : String(c) }
    return out + "\""
  }
}

extension String {
  func replacingTabsAndBreaks() -> String {
    String(map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
  }
}
