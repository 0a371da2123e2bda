/// Dates an article mentions (`late Thursday, July 14`, `on Friday`, `July 15`), resolved against
/// its publication date when it has one: a weekday is the latest such day on or before it, a
/// month and day take its year.
enum MentionedDates {
  static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

  /// `(as written, ISO day or empty)` for each date mentioned, in order, once each.
  static func find(tokens paragraphTokens: [[WordToken]], published: String) -> [(text: String, day: String)] {
    let pub = Day(iso: published)
    var out: [(String, String)] = []
    for tokens in paragraphTokens {
      var i = 0
      while i < tokens.count {
        defer { i += 1 }
        let t = tokens[i]
        guard t.kind == .word, t.isCapitalized else { continue }
        let key = t.key.hasSuffix(".") ? String(t.key.dropLast()) : t.key
        // (every weekday ends in `y`: other words skip the seven comparisons)
        if key.utf8.last == 0x79, let weekday = weekdays.firstIndex(of: key) {
          // Thursday, July 14 -> the explicit date wins
          if i + 3 < tokens.count, tokens[i + 1].text == ",", let (text, day, used) = monthDay(tokens, i + 2, pub) {
            out.append((t.text + ", " + text, day))
            i += 1 + used
            continue
          }
          out.append((t.text, pub.map { $0.latest(weekday: weekday).iso } ?? ""))
        } else if let (text, day, used) = monthDay(tokens, i, pub) {
          out.append((text, day))
          i += used - 1
        }
      }
    }
    var seen = Set<String>()
    return out.filter { seen.insert($0.0 + "|" + $0.1).inserted }
  }

  /// `July 14` or `July 14, 2016` at `i`: the text, the ISO day (empty without a year), tokens used.
  static func monthDay(_ tokens: [WordToken], _ i: Int, _ pub: Day?) -> (String, String, Int)? {
    // (the number first: it is one comparison, the month a dictionary lookup)
    guard i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i].isCapitalized else { return nil }
    let key = tokens[i].key.hasSuffix(".") ? String(tokens[i].key.dropLast()) : tokens[i].key
    guard key != "may" || tokens[i].text == "May", let month = DateFinder.months[key],
      tokens[i + 1].kind == .number, let day = Int(tokens[i + 1].text), (1...31).contains(day)
    else { return nil }
    var used = 2
    var year = pub?.year
    if i + 3 < tokens.count, tokens[i + 2].text == ",", let y = DateFinder.year(tokens[i + 3]) {
      year = y
      used = 4
    }
    let text = QuoteFinder.join(Array(tokens[i..<(i + used)]))
    return (text, year.map { DateFinder.iso($0, month, day) } ?? "", used)
  }

  /// A calendar day, for weekday arithmetic.
  struct Day {
    let year: Int, month: Int, day: Int

    init?(iso: String) {
      let parts = iso.split(separator: "-").compactMap { Int($0) }
      guard parts.count == 3 else { return nil }
      (year, month, day) = (parts[0], parts[1], parts[2])
    }

    init(year: Int, month: Int, day: Int) {
      (self.year, self.month, self.day) = (year, month, day)
    }

    var iso: String { DateFinder.iso(year, month, day) }

    /// Days since 1970-01-01 (civil calendar, after Howard Hinnant's algorithm).
    var ordinal: Int {
      let y = month <= 2 ? year - 1 : year
      let era = (y >= 0 ? y : y - 399) / 400
      let yoe = y - era * 400
      let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
      let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
      return era * 146097 + doe - 719468
    }

    static func from(ordinal z0: Int) -> Day {
      let z = z0 + 719468
      let era = (z >= 0 ? z : z - 146096) / 146097
      let doe = z - era * 146097
      let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
      let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
      let mp = (5 * doy + 2) / 153
      let d = doy - (153 * mp + 2) / 5 + 1
      let m = mp < 10 ? mp + 3 : mp - 9
      return Day(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 0 is Sunday.
    var weekday: Int { ((ordinal % 7) + 11) % 7 }

    /// The latest day with that weekday on or before this one.
    func latest(weekday w: Int) -> Day {
      Day.from(ordinal: ordinal - ((weekday - w + 7) % 7))
    }
  }
}
