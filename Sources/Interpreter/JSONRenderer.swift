/// JSON output with keys in column order, written by hand so the order is stable.
enum JSONRenderer {
  static func array(_ t: ResultTable) -> String {
    guard !t.rows.isEmpty else { return "[]" }
    return "[\n" + t.rows.map { "  " + object(t.columns, $0) }.joined(separator: ",\n") + "\n]"
  }

  static func lines(_ t: ResultTable) -> String {
    t.rows.map { object(t.columns, $0) }.joined(separator: "\n")
  }

  static func object(_ columns: [ResultTable.Column], _ row: [Value]) -> String {
    "{" + columns.indices.map { "\(string(columns[$0].key)): \(value(row[$0]))" }.joined(separator: ", ") + "}"
  }

  static func value(_ v: Value) -> String {
    switch v {
    case .string(let s): return string(s)
    case .int(let i): return String(i)
    case .double(let d): return d.isFinite ? Value.format(d) : "null"
    case .bool(let b): return b ? "true" : "false"
    case .list(let l): return "[" + l.map(string).joined(separator: ", ") + "]"
    case .null: return "null"
    }
  }

  static func string(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if c.value < 0x20 || c.value == 0x2028 || c.value == 0x2029 {
          let hex = String(c.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out + "\""
  }
}
