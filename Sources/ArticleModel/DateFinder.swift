/// Finds calendar dates written out in text: `July 15, 2016`, `15 July 2016`, `Jul. 15, 2016`,
/// `2016-07-15`. Returns ISO days.
public enum DateFinder {
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ]

  /// The first full date (with a year) in the text, as `YYYY-MM-DD`.
  public static func firstDate(in text: String) -> String? {
    if let iso = isoDate(in: Array(text.utf8)) { return iso }
    let tokens = WordTokenizer.tokens(text)
    for (i, token) in tokens.enumerated() {
      let key = token.key.hasSuffix(".") ? String(token.key.dropLast()) : token.key
      guard token.isCapitalized, let month = months[key] else { continue }
      var j = i + 1
      if j < tokens.count && tokens[j].text == "." { j += 1 }
      // Month D, YYYY
      if j < tokens.count, tokens[j].kind == .number, let day = Int(tokens[j].text), (1...31).contains(day) {
        var k = j + 1
        if k < tokens.count && tokens[k].text == "," { k += 1 }
        if k < tokens.count, let year = year(tokens[k]) { return iso(year, month, day) }
      }
      // D Month YYYY
      if i >= 1, tokens[i - 1].kind == .number, let day = Int(tokens[i - 1].text), (1...31).contains(day),
        j < tokens.count, let year = year(tokens[j])
      {
        return iso(year, month, day)
      }
    }
    return nil
  }

  /// `2016-07-15`, also inside a timestamp (`2016-07-15T11:28`).
  static func isoDate(in b: [UInt8]) -> String? {
    func digit(_ i: Int) -> Bool { b[i] >= 0x30 && b[i] <= 0x39 }
    guard b.count >= 10 else { return nil }
    for i in 0...(b.count - 10) where b[i + 4] == 0x2D && b[i + 7] == 0x2D {
      guard (i == 0 || !digit(i - 1)), [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ digit(i + $0) }) else { continue }
      if i + 10 < b.count && digit(i + 10) { continue }
      let s = String(decoding: b[i..<(i + 10)], as: UTF8.self)
      guard let y = Int(s.prefix(4)), (1900...2100).contains(y), let m = Int(s.dropFirst(5).prefix(2)), (1...12).contains(m),
        let d = Int(s.suffix(2)), (1...31).contains(d)
      else { continue }
      return s
    }
    return nil
  }

  static func year(_ token: WordToken) -> Int? {
    guard token.kind == .number, token.text.utf8.count == 4, let y = Int(token.text), (1900...2100).contains(y) else {
      return nil
    }
    return y
  }

  static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "\(y)-\(two(m))-\(two(d))"
  }
}
