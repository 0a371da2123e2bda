/// How many terminal columns text takes: wide East Asian characters take two, combining marks
/// and zero-width characters none. Counted over Unicode scalars, without grapheme breaking.
public enum DisplayWidth {
  public static func of(_ s: String) -> Int {
    var width = 0
    for scalar in s.unicodeScalars { width += of(scalar) }
    return width
  }

  public static func of(_ c: Unicode.Scalar) -> Int {
    let v = c.value
    if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
    switch c.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B || (0xFE00...0xFE0F).contains(v) { return 0 }
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) && v != 0x303F || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
      || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  /// Splits text into lines of at most `width` columns, at spaces where it can.
  public static func wrap(_ s: String, width: Int) -> [String] {
    guard width > 0 else { return [s] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in s.split(separator: " ", omittingEmptySubsequences: true) {
      var w = String(word)
      var ww = of(w)
      if lineWidth > 0 && lineWidth + 1 + ww > width {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      while ww > width {  // a word longer than the column: cut it
        var head = ""
        var hw = 0
        var rest = Substring.UnicodeScalarView()
        var cutting = true
        for c in w.unicodeScalars {
          if cutting && hw + of(c) + lineWidth + (lineWidth > 0 ? 1 : 0) <= width {
            head.unicodeScalars.append(c)
            hw += of(c)
          } else {
            cutting = false
            rest.append(c)
          }
        }
        if head.isEmpty {
          lines.append(line)
          line = ""
          lineWidth = 0
          continue
        }
        lines.append(lineWidth > 0 ? line + " " + head : head)
        line = ""
        lineWidth = 0
        w = String(rest)
        ww = of(w)
      }
      if lineWidth > 0 {
        line += " "
        lineWidth += 1
      }
      line += w
      lineWidth += ww
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// Cuts text to `width` columns, ending with an ellipsis when anything was cut.
  public static func truncate(_ s: String, width: Int) -> String {
    guard of(s) > width else { return s }
    var out = ""
    var w = 0
    for c in s.unicodeScalars {
      if w + of(c) > width - 1 { break }
      out.unicodeScalars.append(c)
      w += of(c)
    }
    return out + "…"
  }

  /// Pads with spaces to `width` columns.
  public static func pad(_ s: String, to width: Int) -> String {
    let w = of(s)
    return w >= width ? s : s + String(repeating: " ", count: width - w)
  }
}
