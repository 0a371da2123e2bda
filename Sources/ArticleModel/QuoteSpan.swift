/// A stretch of a paragraph between quotation marks, before anyone is credited with it.
struct QuoteSpan: Sendable, Equatable {
  let paragraph: Int
  /// Byte offset of the opening mark.
  let open: Int
  /// Byte range of the words between the marks.
  let content: Range<Int>
  /// Byte offset just past the closing mark; `nil` when the paragraph ends with the quote open.
  let closeEnd: Int?

  /// True when the span opens with a single mark (`‘`).
  func isSingle(in text: String) -> Bool {
    let u = text.utf8
    let at = u.index(u.startIndex, offsetBy: open)
    return u[at...].starts(with: [0xE2, 0x80, 0x98])
  }

  /// Finds the quoted stretches of one paragraph. Curly marks say which way they face; straight
  /// ones alternate. A quote left open runs to the end of the paragraph (news opens a quote again
  /// at the next paragraph when it goes on), and an opening mark inside an open quote starts a new
  /// one, so a missing mark never swallows the rest of the article.
  static func find(in text: String, paragraph: Int) -> [QuoteSpan] {
    var spans: [QuoteSpan] = []
    let bytes = Array(text.utf8)
    var openAt: Int? = nil
    // (whether a `‘` stands anywhere: the single-mark pass runs only then)
    var sawLeftSingle = false
    var contentStart = 0
    // (whether the mark that closed the last span stood after a space)
    var closedAfterSpace = false
    var i = 0
    func close(at end: Int, closeEnd: Int?) {
      if let o = openAt {
        var a = contentStart, b = end
        while a < b && bytes[a] == 0x20 { a += 1 }
        // a comma before the closing mark is the sentence's, not the speaker's: “…,” he said
        while b > a && (bytes[b - 1] == 0x20 || bytes[b - 1] == 0x2C) { b -= 1 }
        if b > a { spans.append(QuoteSpan(paragraph: paragraph, open: o, content: a..<b, closeEnd: closeEnd)) }
      }
      openAt = nil
    }
    while i < bytes.count {
      let b = bytes[i]
      var mark: (width: Int, opens: Bool?)? = nil
      if b == 0x22 {
        mark = (1, nil)
      } else if b == 0x27 && openAt != nil && i > 0 && bytes[i - 1] != 0x20 && i + 1 < bytes.count && bytes[i + 1] == 0x27
        && (i + 2 == bytes.count || !Self.isLetterOrDigit(bytes[i + 2])) {
        // (`"Finding these … is a very, very hard thing,'' Comey said.`: two apostrophes, the
        // typewriter's closing double mark; not inside a word, `don''t`)
        mark = (2, false)
      } else if b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 {
        switch bytes[i + 2] {
        case 0x9C, 0x9E: mark = (3, true)  // “ „
        case 0x9D: mark = (3, false)  // ”
        case 0x99 where i + 5 < bytes.count && bytes[i + 3] == 0xE2 && bytes[i + 4] == 0x80 && bytes[i + 5] == 0x99:
          // (`“… sharing my faith…,’’ Scalise said`: two right single marks, the typesetter's
          // closing double one after a word with a quotation open; before a letter after a space,
          // `’’Middle school students …`, an opening one set the wrong way)
          if openAt != nil, i > 0, bytes[i - 1] != 0x20 {
            mark = (6, false)
          } else if openAt == nil, i + 6 < bytes.count, Self.isLetterOrDigit(bytes[i + 6]), i == 0 || bytes[i - 1] == 0x20 {
            mark = (6, true)
          }
        case 0x98:
          sawLeftSingle = true  // ‘ (paired in the single-mark pass)
          // (`‘An outdoor wedding doesn’t …,” Friedson said.`: a single mark that opens the
          // paragraph and is closed by a double one is a double mark set wrong)
          if i == 0, Self.closedByDouble(bytes) { mark = (3, true) }
        default: break
        }
      } else if b == 0xC2 && i + 1 < bytes.count {
        if bytes[i + 1] == 0xAB { mark = (2, true) }  // «
        if bytes[i + 1] == 0xBB { mark = (2, false) }  // »
      }
      guard let m = mark else {
        i += 1
        continue
      }
      // (`”Meat consumption only weakly explains …,” the researchers concluded`: a closing mark
      // with no quotation open, at the paragraph's start or after a space and before a letter, is
      // an opening one set the wrong way)
      let misturned = m.opens == false && openAt == nil && (i == 0 || bytes[i - 1] == 0x20)
        && i + m.width < bytes.count && Self.isLetterOrDigit(bytes[i + m.width])
      // (`Sen. Cruz's silence suggests he endorses it in some way," Walsh said. "It shows …,"`: a
      // straight mark right after a comma or a period and before a space closes a quotation whose
      // opening mark is missing; it opens none)
      // (and `paid to "the number of people who have recovered" from coronavirus" -- which Carson
      // said "is going to be …"`: after a word, too — a straight mark that opens stands after a
      // space or a bracket, never glued to the word before it; unless the mark that closed the
      // last span stood after a space, `"Unless you catch "hackers" in the act, …" Mr Trump
      // tweeted`, where that one opened a quotation inside the quotation and this one closes it)
      let orphanClose = m.opens == nil && openAt == nil && i > 0
        && ([0x2C, 0x2E, 0x21, 0x3F].contains(bytes[i - 1]) || Self.isLetterOrDigit(bytes[i - 1]) && !closedAfterSpace)
        && (i + 1 == bytes.count || bytes[i + 1] == 0x20)
      if orphanClose {
        i += m.width
        continue
      }
      // (`The study, “Assessing … in late 2017“, was authored by`: an opening mark right after a
      // word and before a space, a comma or a period, with a quotation open, closes it)
      let misturnedClose = m.opens == true && openAt != nil && i > 0 && bytes[i - 1] != 0x20
        && (i + m.width == bytes.count || [0x20, 0x2C, 0x2E, 0x3B, 0x3A].contains(bytes[i + m.width]))
      let opens = !misturnedClose && (misturned || (m.opens ?? (openAt == nil)))
      if opens {
        if openAt != nil { close(at: i, closeEnd: nil) }
        openAt = i
        contentStart = i + m.width
      } else if openAt != nil {
        closedAfterSpace = i > 0 && bytes[i - 1] == 0x20
        close(at: i, closeEnd: i + m.width)
      }
      i += m.width
    }
    if openAt != nil { close(at: bytes.count, closeEnd: nil) }
    return sawLeftSingle ? singleQuoted(bytes, around: spans, paragraph: paragraph) : spans
  }

  /// Whether the first quotation mark after the paragraph's opening `‘` is a closing `”`, with no
  /// `’` before it that ends a word (`‘Oh man,’ he said` closes its own single mark; `doesn’t`
  /// and `we’re` are apostrophes).
  static func closedByDouble(_ bytes: [UInt8]) -> Bool {
    var i = 3
    while i + 2 < bytes.count {
      if bytes[i] == 0x22 { return false }
      if bytes[i] == 0xE2, bytes[i + 1] == 0x80 {
        switch bytes[i + 2] {
        case 0x9D: return true
        case 0x9C, 0x98: return false
        case 0x99 where i + 3 == bytes.count || !isLetterOrDigit(bytes[i + 3]): return false
        default: break
        }
      }
      i += 1
    }
    return false
  }

  /// `‘Our source is not the Russian government,’ he said`: curly single marks used as quotation
  /// marks (British style; American style keeps them for quotations inside quotations, which stay
  /// part of the double-quoted span around them). `’` is also the apostrophe (`don’t`, `Obama’s`,
  /// `students’ rights`) and `‘` the apostrophe set the wrong way (`the ‘90s`, `‘em`), so a pair
  /// counts only when `‘` opens a word outside every double-quoted span and `’` ends a word after
  /// it, before any double-quoted span; a plural possessive (`students’ rights`) is passed over
  /// when a later mark can close. A `‘` left open runs to the paragraph's end only when it opens a
  /// paragraph with no double mark (a quotation going on over paragraphs); elsewhere it was an
  /// apostrophe or a slip for `“`. Returns every span, in order.
  static func singleQuoted(_ bytes: [UInt8], around doubles: [QuoteSpan], paragraph: Int) -> [QuoteSpan] {
    func mark(_ i: Int, _ last: UInt8) -> Bool { i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == last }
    func inDouble(_ i: Int) -> Bool { doubles.contains { $0.open <= i && i < ($0.closeEnd ?? bytes.count) } }
    func opener(_ i: Int) -> Bool {
      mark(i, 0x98) && (i == 0 || !isLetterOrDigit(bytes[i - 1]) && bytes[i - 1] < 0x80 || bytes[i - 1] == 0x94 || bytes[i - 1] == 0x9C)
        && i + 3 < bytes.count && bytes[i + 3] != 0x20 && !inDouble(i)
    }
    // `’` after a word and before no letter: the end of a word, perhaps of a quotation
    func closer(_ j: Int) -> Bool {
      mark(j, 0x99) && j > 0 && bytes[j - 1] != 0x20 && (j + 3 == bytes.count || !isLetterOrDigit(bytes[j + 3])) && !inDouble(j)
    }
    var singles: [QuoteSpan] = []
    var i = 0
    while i < bytes.count {
      guard opener(i) else {
        i += 1
        continue
      }
      // (not across a double-quoted span: `‘Whichever way you turn … a group of Jews.” So argued
      // …, “under the control …”` is a typing slip, whose quotation ends at the `”`)
      let nextDouble = doubles.first { $0.open > i }?.open ?? bytes.count
      var candidates: [Int] = []
      var j = i + 3
      while j < nextDouble && !opener(j) {
        if closer(j) { candidates.append(j) }
        j += 1
      }
      // (`students’ rights`: an `s’` before a space and a later mark is a possessive)
      let close = candidates.first { c in
        !(bytes[c - 1] == 0x73 && c + 3 < bytes.count && bytes[c + 3] == 0x20 && c != candidates.last)
      }
      if let close {
        var a = i + 3, b = close
        while a < b && bytes[a] == 0x20 { a += 1 }
        while b > a && (bytes[b - 1] == 0x20 || bytes[b - 1] == 0x2C) { b -= 1 }
        if b > a { singles.append(QuoteSpan(paragraph: paragraph, open: i, content: a..<b, closeEnd: close + 3)) }
        i = close + 3
      } else {
        if i == 0, nextDouble == bytes.count, !bytes[3...].contains(0x22), !bytes.indices.contains(where: { mark($0, 0x9D) }) {
          singles.append(QuoteSpan(paragraph: paragraph, open: 0, content: 3..<bytes.count, closeEnd: nil))
        }
        i = j
      }
    }
    guard !singles.isEmpty else { return doubles }
    return (doubles + singles).sorted { $0.open < $1.open }
  }

  /// An ASCII letter or digit, or the lead byte of a non-ASCII letter.
  static func isLetterOrDigit(_ b: UInt8) -> Bool {
    b >= 0x30 && b <= 0x39 || b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A || b >= 0xC3 && b < 0xE2
  }
}
