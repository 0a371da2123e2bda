/// A stretch of a paragraph between quotation marks, before anyone is credited with it.
struct QuoteSpan: Sendable, Equatable {
  let paragraph: Int
  /// Byte offset of the opening mark.
  let open: Int
  /// Byte range of the words between the marks.
  let content: Range<Int>
  /// Byte offset just past the closing mark; `nil` when the paragraph ends with the quote open.
  let closeEnd: Int?

  /// Finds the quoted stretches of one paragraph. Curly marks say which way they face; straight
  /// ones alternate. A quote left open runs to the end of the paragraph (news opens a quote again
  /// at the next paragraph when it goes on), and an opening mark inside an open quote starts a new
  /// one, so a missing mark never swallows the rest of the article.
  static func find(in text: String, paragraph: Int) -> [QuoteSpan] {
    var spans: [QuoteSpan] = []
    let bytes = Array(text.utf8)
    var openAt: Int? = nil
    var contentStart = 0
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
      let orphanClose = m.opens == nil && openAt == nil && i > 0 && [0x2C, 0x2E, 0x21, 0x3F].contains(bytes[i - 1])
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
        close(at: i, closeEnd: i + m.width)
      }
      i += m.width
    }
    if openAt != nil { close(at: bytes.count, closeEnd: nil) }
    return spans
  }

  /// An ASCII letter or digit, or the lead byte of a non-ASCII letter.
  static func isLetterOrDigit(_ b: UInt8) -> Bool {
    b >= 0x30 && b <= 0x39 || b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A || b >= 0xC3 && b < 0xE2
  }
}
