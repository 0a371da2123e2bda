/// Splits a query line into tokens. Strings take double, single or curly quotes (analysts paste
/// from articles) with backslash escapes for the quote and backslash.
public struct Lexer {
  public static func tokens(_ line: String) throws(QueryError) -> [Token] {
    let scalars = Array(line.unicodeScalars)
    var tokens: [Token] = []
    var i = 0
    func range(_ start: Int, _ end: Int) -> SourceRange { SourceRange(column: start + 1, length: end - start) }
    while i < scalars.count {
      let c = scalars[i]
      if c == " " || c == "\t" || c == "\r" || c == "\n" {
        i += 1
        continue
      }
      let start = i
      if let close = closingQuote(c) {
        i += 1
        var text = String.UnicodeScalarView()
        var closed = false
        while i < scalars.count {
          let d = scalars[i]
          if d == "\\" && i + 1 < scalars.count && (scalars[i + 1] == close || scalars[i + 1] == "\\") {
            text.append(scalars[i + 1])
            i += 2
            continue
          }
          if d == close || (close == "\u{201D}" && d == "\"") {
            closed = true
            i += 1
            break
          }
          text.append(d)
          i += 1
        }
        guard closed else {
          throw QueryError(
            "this string is never closed: add \(String(close)) at its end", at: range(start, scalars.count))
        }
        tokens.append(Token(kind: .string, text: String(text), range: range(start, i)))
        continue
      }
      if isWordScalar(c) {
        var allDigits = true
        while i < scalars.count, isWordScalar(scalars[i]) || scalars[i] == "-" && i + 1 < scalars.count && isWordScalar(scalars[i + 1]) {
          if !("0"..."9").contains(scalars[i]) { allDigits = false }
          i += 1
        }
        let text = String(String.UnicodeScalarView(scalars[start..<i]))
        tokens.append(Token(kind: allDigits ? .number : .word, text: text, range: range(start, i)))
        continue
      }
      let two = i + 1 < scalars.count ? String(String.UnicodeScalarView([c, scalars[i + 1]])) : ""
      if ["!=", "<=", ">=", "..", "=="].contains(two) {
        tokens.append(Token(kind: .symbol, text: two == "==" ? "=" : two, range: range(start, i + 2)))
        i += 2
        continue
      }
      if "=~<>,()|".unicodeScalars.contains(c) {
        tokens.append(Token(kind: .symbol, text: String(c), range: range(start, i + 1)))
        i += 1
        continue
      }
      let shown = c.value < 0x20 || c.value == 0x7F ? "U+\(String(c.value, radix: 16, uppercase: true))" : String(c)
      throw QueryError("unexpected character '\(shown)'", at: range(start, start + 1))
    }
    tokens.append(Token(kind: .end, text: "", range: SourceRange(column: scalars.count + 1, length: 1)))
    return tokens
  }

  static func closingQuote(_ c: Unicode.Scalar) -> Unicode.Scalar? {
    switch c {
    case "\"": return "\""
    case "'": return "'"
    case "\u{201C}": return "\u{201D}"
    case "\u{2018}": return "\u{2019}"
    default: return nil
    }
  }

  static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c)
  }
}
