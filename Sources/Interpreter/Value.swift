/// A cell of a result table.
public enum Value: Sendable, Hashable, Comparable, CustomStringConvertible {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case list([String])
  case null

  /// The value as a table shows it.
  public var description: String {
    switch self {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .double(let d): return Self.format(d)
    case .bool(let b): return b ? "yes" : "no"
    case .list(let l): return l.joined(separator: "; ")
    case .null: return ""
    }
  }

  /// Two decimals at most, no trailing zeros, the same on every machine.
  static func format(_ d: Double) -> String {
    let scaled = (d * 100).rounded() / 100
    if scaled == scaled.rounded() { return String(Int(scaled)) }
    var s = String(scaled)
    if let dot = s.firstIndex(of: "."), s.distance(from: dot, to: s.endIndex) > 3 {
      s = String(s[..<s.index(dot, offsetBy: 3)])
    }
    return s
  }

  var number: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    case .string(let s): return Double(s)
    default: return nil
    }
  }

  public static func < (a: Value, b: Value) -> Bool {
    if let x = a.number, let y = b.number { return x < y }
    return a.description.lowercased() < b.description.lowercased()
  }
}
