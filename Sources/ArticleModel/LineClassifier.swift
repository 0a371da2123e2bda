/// Classifies the raw lines of a scraped article as title, dateline, byline, caption, credit, body
/// or boilerplate, each with a reason.
///
/// Two passes in the manner of jusText: first each line alone (known furniture, shape, length,
/// end punctuation), then context: repeats, teaser blocks under a heading such as "Top stories",
/// and the footer that follows a copyright or credit line near the end. When unsure a line stays
/// body: losing a paragraph is worse than keeping a menu line.
public enum LineClassifier {
  /// The lines of a file's text `texts.joined(separator: "\n")` (their ranges are ranges of it).
  public static func classify(_ texts: [String]) -> [RawLine] {
    var start = 0
    var lines = texts.enumerated().map { index, text in
      defer { start += text.utf8.count + 1 }
      return RawLine(number: index + 1, range: start..<(start + text.utf8.count), kind: .body, reason: "")
    }
    // each line folded once, for the passes that match furniture (a long line is prose: unfolded)
    let lowered = texts.map { $0.utf8.count > longestFolded ? "" : WordTokenizer.foldCase($0) }
    for i in lines.indices {
      let (kind, reason) = classifyAlone(texts[i], lower: lowered[i])
      lines[i].kind = kind
      lines[i].reason = reason
    }
    markRepeats(&lines, texts)
    markTeaserBlocks(&lines, texts, lowered: lowered)
    markFooter(&lines, texts, lowered: lowered)
    markTitle(&lines, texts)
    markTrailingHeadline(&lines, texts)
    markHeadings(&lines, texts)
    return lines
  }

  // MARK: pass one: the line alone

  /// Lines longer than this are prose: no furniture pattern is looked for in them.
  static let longestFolded = 1500

  /// `lower` is the line folded (`WordTokenizer.foldCase`), when the caller has it.
  static func classifyAlone(_ text: String, lower folded: String? = nil) -> (LineClass, String) {
    if text.isEmpty { return (.blank, "empty") }
    // furniture is short; a long line is prose, and scanning it for every pattern is what made a
    // 5 MB line slow
    if text.utf8.count > longestFolded { return (.body, "long prose") }
    let lower = folded ?? WordTokenizer.foldCase(text)
    let bare = lower.trimmedSlice(": -|•·")
    if bare.utf8.count <= Furniture.longestExact, Furniture.exact.contains(String(bare)) { return (.boilerplate, "known furniture: '\(text)'") }
    if let prefix = Furniture.prefix(of: lower, in: Furniture.prefixesByFirstByte) {
      return (.boilerplate, "starts like furniture: '\(prefix)'")
    }
    // every fragment below is looked for in one pass over the line
    let found = Furniture.lineNeedles.present(in: lower)
    func has(_ n: Int) -> Bool { found & (1 << UInt64(n)) != 0 }
    for (n, fragment) in zip(Furniture.fragmentNeedles, Furniture.fragments) where has(n) {
      return (.boilerplate, "contains furniture: '\(fragment)'")
    }
    if text.utf8.starts(with: "READ ".utf8) || text.utf8.starts(with: "ALSO READ".utf8) {
      return (.boilerplate, "teaser: 'READ' link")
    }
    if lower.utf8.reversed().starts(with: " read more".utf8.reversed()) { return (.boilerplate, "teaser: ends with 'Read more'") }
    if text.allSatisfy({ "-–—_=*•·. ".contains($0) }) { return (.boilerplate, "rule line") }
    if let prefix = Furniture.prefix(of: lower, in: Furniture.creditPrefixesByFirstByte) {
      return (.credit, "credit: '\(prefix)'")
    }
    for (n, fragment) in zip(Furniture.creditNeedles, Furniture.creditFragments) where text.utf8.count < 200 && has(n) {
      return (.credit, "credit: '\(fragment)'")
    }
    // the tests below look at the words of short lines only (bylines, name lists, fragments)
    // (counted up to 13: the tests below ask for 12 words at most)
    let wordCount = WordTokenizer.wordCount(text, atMost: 13)
    let words = wordCount <= 12 ? WordTokenizer.tokens(text).filter(\.isWord) : []
    if wordCount <= 8, lower.hasPrefix("by "), words.dropFirst().allSatisfy(\.isCapitalized) {
      return (.byline, "'By' and a name")
    }
    if isDateline(text, lower: lower) { return (.dateline, "section or date line") }
    if (lower.hasPrefix("updated ") || lower.hasPrefix("updated:")) && wordCount <= 8 { return (.dateline, "update time") }
    if isNameList(words, text: text) { return (.byline, "names without a sentence") }
    // (`(L)` and `(R)` together place people in a photo; `(R)` alone is a party: `Gov. Asa
    // Hutchinson (R) signed …` is the story's lede)
    let leftAndRight = has(Furniture.leftNeedle) && (has(Furniture.rightNeedle) || has(Furniture.centreNeedle))
    if Furniture.captionNeedles.contains(where: has) || leftAndRight || text.containsBytes("REUTERS/") || text.containsBytes("/REUTERS") {
      return (.caption, "photo marker")
    }
    if isLinkTeaser(text) { return (.boilerplate, "teaser: a label and a headline (`More:Sweeping …`)") }
    if wordCount <= 3 && !endsLikeSentence(text) && !text.containsBytes("\u{201C}") && !text.containsBytes("\"") {
      return (.boilerplate, "short line without end punctuation (\(wordCount) words)")
    }
    return (.body, "prose")
  }

  /// `World|politics|July 15, 2016 / 11:28 AM`, `Updated: July 15, 2016`: short, with a date and
  /// separators, and no sentence shape.
  static func isDateline(_ text: String, lower: String) -> Bool {
    guard text.utf8.count < 120, DateFinder.firstDate(in: text) != nil else { return false }
    let words = WordTokenizer.wordCount(text, atMost: 9)
    return text.containsBytes("|") || text.containsBytes(" / ") || lower.hasPrefix("updated")
      || lower.hasPrefix("published") || lower.hasPrefix("posted") || words <= 8 && !endsLikeSentence(text)
  }

  /// `Steph Solis, Molly Vorwerck and John Bacon`, `Hal Brands, Bloomberg`: capitalised names
  /// joined by commas or `and`, with no verb and no end punctuation: who wrote it, not the story.
  static func isNameList(_ words: [WordToken], text: String) -> Bool {
    guard words.count >= 2, words.count <= 12, text.containsBytes(","), !endsLikeSentence(text),
      !text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
    else { return false }
    // names are short: a headline in title case has a long part (`Pompeo Publicly Accuses NPR …`)
    let parts = text.split(separator: ",").flatMap { $0.components(separatedBy: " and ") }
    guard parts.allSatisfy({ $0.split(separator: " ").count <= 4 }) else { return false }
    return words.allSatisfy { $0.isCapitalized || ["and", "&", "of", "the", "de", "van", "von"].contains($0.key) }
  }

  /// `More:Sweeping Trump plan…`, `Employment:U.S. adds…`: a one-word label glued to a headline.
  static func isLinkTeaser(_ text: String) -> Bool {
    let b = Array(text.utf8.prefix(24))
    guard let colon = b.firstIndex(of: 0x3A), colon >= 3, colon + 1 < b.count else { return false }
    let label = b[..<colon]
    return label.allSatisfy { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x61 && $0 <= 0x7A } && label.first! <= 0x5A
      && b[colon + 1] >= 0x41 && b[colon + 1] <= 0x5A
  }

  static func endsLikeSentence<S: StringProtocol>(_ text: S) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    return ".!?\"”’)…:;".unicodeScalars.contains(last)
  }

  // MARK: pass two: context

  /// A line printed twice (a title or caption repeated by the page) counts once.
  static func markRepeats(_ lines: inout [RawLine], _ texts: [String]) {
    var seen: [ByteString: Int] = [:]
    for i in lines.indices where lines[i].kind != .blank {
      let text = texts[i]
      if let first = seen[ByteString(text)] {
        lines[i].kind = .boilerplate
        lines[i].reason = "repeat of line \(first)"
        // a caption is printed twice in a row (image and lightbox); a paragraph repeated far
        // away is a duplicate, not a caption
        if lines[first - 1].kind == .body && text.utf8.count < 300 && !isParagraphLike(text) && lines[i].number - first <= 4 {
          lines[first - 1].kind = .caption
          lines[first - 1].reason = "printed twice (caption)"
        }
      } else {
        seen[ByteString(text)] = lines[i].number
      }
    }
  }

  static func isParagraphLike(_ text: String) -> Bool {
    WordTokenizer.wordCount(text, atMost: 41) > 40
  }

  /// Lines under a heading such as "Top stories" are teasers for other articles, up to the next
  /// blank line.
  static func markTeaserBlocks(_ lines: inout [RawLine], _ texts: [String], lowered: [String]) {
    var i = 0
    while i < lines.count {
      guard texts[i].utf8.count < 80 else {  // a heading is short; do not fold a long line
        i += 1
        continue
      }
      let lower = lowered[i].trimmingTrailing(": -|")
      if Furniture.teaserHeadings.contains(lower) {
        var j = i + 1
        while j < lines.count && lines[j].kind != .blank {
          lines[j].kind = .boilerplate
          lines[j].reason = "teaser under '\(texts[i])' (line \(lines[i].number))"
          j += 1
        }
        i = j
      } else {
        i += 1
      }
    }
  }

  /// After a copyright or credit line in the last part of the article, everything is footer.
  static func markFooter(_ lines: inout [RawLine], _ texts: [String], lowered: [String]) {
    let total = texts.reduce(0) { $0 + $1.utf8.count }
    var before = 0
    for i in lines.indices {
      // (where the line stands first: only lines in the last two fifths are read for markers)
      let inLastPart = before > 0 && (total - before) * 10 < total * 4
      let short = texts[i].utf8.count < 300  // markers are short lines; never scan a long one
      let lower = short ? lowered[i] : ""
      // (a marker anywhere in a line under 80 bytes, else opening it: one test per marker)
      if inLastPart,
        lines[i].kind == .credit
          || (lower.utf8.count < 80
            ? Furniture.footerMarkers.contains { lower.containsBytes($0) } : Furniture.footerMarkers.contains { lower.utf8.starts(with: $0.utf8) })
      {
        for j in (i + 1)..<lines.count where lines[j].kind == .body || lines[j].kind == .caption || lines[j].kind == .byline {
          lines[j].kind = .boilerplate
          lines[j].reason = "footer after line \(lines[i].number)"
        }
        return
      }
      if lines[i].kind == .body { before += texts[i].utf8.count }
    }
  }

  /// The title is the first line that is neither known furniture nor a date line (scraped
  /// articles open with their headline, however short), unless that line is the only text there is.
  static func markTitle(_ lines: inout [RawLine], _ texts: [String]) {
    let content = lines.indices.filter { lines[$0].kind != .blank }
    for (position, i) in content.prefix(4).enumerated() {
      let isShortLine = lines[i].reason.hasPrefix("short line")
      guard lines[i].kind == .body || lines[i].kind == .caption || isShortLine else { continue }
      let words = WordTokenizer.wordCount(texts[i])
      let moreText = content.dropFirst(position + 1).contains { lines[$0].kind == .body }
      guard moreText, words <= 30 && !texts[i].hasSuffix(".") || words <= 20 else { return }
      lines[i].kind = .title
      lines[i].reason = "first line of text"
      return
    }
  }

  /// A short line between body paragraphs is the story's subheading ("What comes next", "Currency
  /// Pact"), not furniture.
  static func markHeadings(_ lines: inout [RawLine], _ texts: [String]) {
    let content = lines.indices.filter { lines[$0].kind != .blank }
    for (k, i) in content.enumerated() where lines[i].reason.hasPrefix("short line") && lines[i].kind == .boilerplate || isCapitalsHeading(lines[i], text: texts[i]) {
      guard k > 0, k + 1 < content.count, lines[content[k - 1]].kind == .body, lines[content[k + 1]].kind == .body else { continue }
      lines[i].kind = .heading
      lines[i].reason = "short line between paragraphs"
    }
  }

  /// `PINK UNDERWEAR AND TENT CITIES`: a line in capitals, short and without end punctuation.
  static func isCapitalsHeading(_ line: RawLine, text: String) -> Bool {
    guard line.kind == .body, !LineClassifier.endsLikeSentence(text) else { return false }
    let words = WordTokenizer.tokens(text).filter(\.isWord)
    return words.count >= 2 && words.count <= 10 && !text.contains(where: \.isLowercase)
  }

  /// A last line shaped like a headline (short, no end punctuation) after the body is a link to
  /// another story.
  static func markTrailingHeadline(_ lines: inout [RawLine], _ texts: [String]) {
    guard let last = lines.lastIndex(where: { $0.kind != .blank }), lines[last].kind == .body else { return }
    let text = texts[last]
    let words = WordTokenizer.wordCount(text, atMost: 21)
    let bodyBefore = lines[..<last].filter { $0.kind == .body }.count
    if words <= 20 && !endsLikeSentence(text) && bodyBefore >= 2 {
      lines[last].kind = .boilerplate
      lines[last].reason = "trailing headline without end punctuation"
    }
  }
}

extension String {
  func trimmingTrailing(_ characters: String) -> String { String(trimmedSlice(characters)) }

  /// The string less trailing `characters` and spaces and leading spaces, without a copy.
  /// By Unicode scalars, not Characters (grapheme breaking was a visible share of loading): the
  /// sets trimmed here are single scalars that never join a grapheme with their neighbours.
  func trimmedSlice(_ characters: String) -> Substring {
    let set = characters.unicodeScalars
    var s = Substring(self)
    while let last = s.unicodeScalars.last, last == " " || set.contains(last) { s.unicodeScalars.removeLast() }
    while let first = s.unicodeScalars.first, first == " " { s.unicodeScalars.removeFirst() }
    return s
  }
}
