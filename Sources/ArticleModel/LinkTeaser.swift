/// The Hill's name links, flattened into the text by the scrape: after a person's name comes their
/// full legal name with its surname glued to the first of a few teaser headlines, and the teasers
/// end with `MORE` (`Attorney General Jeff Sessions Jefferson (Jeff) Beauregard SessionsSanford:
/// 'It carries real weight' … MORE is set to testify`). About 1,200 ABP articles have them. Left
/// in, they make `Jeff Sessions Jefferson` the person and the teasers' single-quoted headlines
/// quotations; cut, the sentence reads as written: `Attorney General Jeff Sessions is set to testify`.
enum LinkTeaser {
  /// The paragraph without its teasers, or nil when it has none.
  ///
  /// A teaser is cut only when it ends in the word `MORE` and, among the words before it, a word
  /// glued to the next (`SessionsSanford`, `Clinton2020`) begins with a word written alone a few
  /// words earlier (the name as displayed, `Sessions`), or that word is written again a few
  /// capitalised words on (`Joe Biden Joe Biden Parnas: …`): the cut runs from that displayed name's end
  /// to `MORE`'s end, so `Hillary Clinton … Clinton2020 … MORE's family` is `Hillary Clinton's
  /// family`. All-capital `MORE` in prose has no such glued word before it and stays.
  static func removed(from text: String) -> String? {
    // (the quick test reads the paragraph in place: most of a corpus's paragraphs have no `MORE`,
    // and only those that do are copied to be cut)
    var text = text
    guard text.utf8.count > 8, text.withUTF8({ nextMore(in: $0, from: 0) != nil }) else { return nil }
    var bytes = Array(text.utf8)
    var cut = false
    var searchFrom = 0
    while let more = nextMore(in: bytes, from: searchFrom) {
      let end = more + 4
      if let start = teaserStart(in: bytes, from: searchFrom, before: more) {
        bytes.removeSubrange(start..<end)
        cut = true
        searchFrom = start
      } else {
        searchFrom = end
      }
    }
    return cut ? String(decoding: bytes, as: UTF8.self) : nil
  }

  /// The position of the next `MORE` written as a word: after a space, before the end, a space or
  /// punctuation (`MORE's`, `MORE (R-Va.)`, `MORE.`).
  private static func nextMore<Bytes: RandomAccessCollection<UInt8>>(in b: Bytes, from: Int) -> Int? where Bytes.Index == Int {
    var i = max(from, 1)
    while i + 4 <= b.count {
      if b[i] == 0x4D, b[i - 1] == 0x20, b[i + 1] == 0x4F, b[i + 2] == 0x52, b[i + 3] == 0x45 {
        // (`MORE’s`: a typographic apostrophe, quotation mark or dash is no letter either)
        let next = i + 4 < b.count ? b[i + 4] : 0x20
        if !isLetterOrDigit(next) || next == 0xE2 { return i }
      }
      i += 1
    }
    return nil
  }

  /// Where the teaser ending at `more` starts: the end of the displayed name's last word.
  private static func teaserStart(in b: [UInt8], from: Int, before more: Int) -> Int? {
    // the words between `from` and `more`, as byte ranges
    var words: [Range<Int>] = []
    var i = from
    while i < more {
      while i < more, b[i] == 0x20 { i += 1 }
      let s = i
      while i < more, b[i] != 0x20 { i += 1 }
      if s < i { words.append(s..<i) }
    }
    for (g, word) in words.enumerated() where g > 0 {
      // the glued word's first part, without an opening parenthesis or quotation mark
      var s = word.lowerBound
      while s < word.upperBound, !isLetterOrDigit(b[s]) { s += 1 }
      for junction in junctions(in: b, s..<word.upperBound) {
        let surname = b[s..<junction]
        // (the legal name is at most a few words: `Theodore (Ted) Eliot Deutch`, and the
        // displayed name just before it)
        for k in stride(from: g - 1, through: max(0, g - 8), by: -1) {
          var w = words[k]
          // `Clinton's` is not the displayed `Clinton`, but `Cortez,` is `Cortez`
          while w.count > 1, b[w.upperBound - 1] == 0x2C { w = w.lowerBound..<(w.upperBound - 1) }
          if b[w].elementsEqual(surname) { return w.upperBound }
        }
      }
    }
    // some links have a space where the glue would be (`Speaker Paul Ryan Paul Davis Ryan
    // Retirees should say …`, `Joe Biden Joe Biden Parnas: …`): the displayed name, then a legal
    // name that opens with the displayed first name (or gives it in brackets, `Christopher (Chris)`)
    // and ends, two to five capitalised words on, with the displayed surname
    for (g, word) in words.enumerated() where g >= 3 {
      for k in stride(from: g - 2, through: max(1, g - 5), by: -1) where b[words[k]].elementsEqual(b[word]) {
        let between = words[(k + 1)..<g]
        guard between.allSatisfy({ (b[$0.lowerBound] >= 0x41 && b[$0.lowerBound] <= 0x5A) || b[$0.lowerBound] == 0x28 }) else { continue }
        let first = b[words[k - 1]]
        let bracketed = [0x28] + first + [0x29]
        if b[words[k + 1]].elementsEqual(first) || between.contains(where: { b[$0].elementsEqual(bracketed) }) {
          return words[k].upperBound
        }
      }
    }
    return nil
  }

  /// Where a word made of two glued words may split: after a lower-case letter, before a capital
  /// or a digit (`SessionsSanford`, `Clinton2020`, `MooreA dozen`), the first part at least two
  /// bytes. `McConnellSenate` splits at `Mc` and at `McConnell`: only the second matches the
  /// displayed name.
  private static func junctions(in b: [UInt8], _ word: Range<Int>) -> [Int] {
    var found: [Int] = []
    var i = word.lowerBound + 2
    while i < word.upperBound {
      let (p, c) = (b[i - 1], b[i])
      if (p >= 0x61 && p <= 0x7A) && ((c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)) { found.append(i) }
      i += 1
    }
    return found
  }

  private static func isLetterOrDigit(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c >= 0x80
  }
}
