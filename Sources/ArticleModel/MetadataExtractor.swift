/// Infers an article's metadata from its classified lines; a manifest's values win where given.
enum MetadataExtractor {
  /// `paragraphs` are the body paragraphs' texts; `lines` are ranges of `source`.
  static func extract(source: String, lines: [RawLine], paragraphs: [String], tokens: [[WordToken]], manifest: ArticleMetadata?) -> ArticleMetadata {
    var m = ArticleMetadata()
    m.title = lines.first(where: { $0.kind == .title }).map { String($0.text(in: source)) } ?? ""
    if let dateLine = lines.first(where: { $0.kind == .dateline }), let d = DateFinder.firstDate(in: String(dateLine.text(in: source))) {
      m.date = d
    }
    if let first = paragraphs.first {
      m.outlet = outletPrefix(first) ?? ""
      m.dateline = datelinePlace(first) ?? ""
    }
    if m.outlet.isEmpty { m.outlet = footerOutlet(lines, source: source) ?? "" }
    if let given = manifest {
      if !given.title.isEmpty { m.title = given.title }
      if !given.outlet.isEmpty { m.outlet = given.outlet }
      if !given.date.isEmpty { m.date = given.date }
      m.url = given.url
      m.cluster = given.cluster
    }
    m.sources = SourceFinder.sources(tokens: tokens, credits: lines.filter { $0.kind == .credit }.map { String($0.text(in: source)) })
      .filter { !$0.caseInsensitiveEquals(m.outlet) }
    m.mentionedDates = MentionedDates.find(tokens: tokens, published: m.date).map { $0.day.isEmpty ? $0.text : "\($0.day) (\($0.text))" }
    return m
  }

  /// The outlet named by the page's own furniture: `© AKIpress News Agency`, `Copyright © 2019 The
  /// Washington Times, LLC`, or a name that opens two or more footer lines (`RFE/RL journalists …`,
  /// `RFE/RL has been declared …`).
  static func footerOutlet(_ lines: [RawLine], source: String) -> String? {
    let furniture = lines.filter { $0.kind == .boilerplate || $0.kind == .credit }.map { String($0.text(in: source)) }
    var starts: [String: Int] = [:]
    for l in furniture {
      // the first word alone: a footer line can be long
      if let first = l.split(separator: " ", maxSplits: 1).first.map(String.init), first.count >= 2, first.contains(where: \.isUppercase), !Furniture.capitalWords.contains(first.lowercased()),
        first.filter(\.isUppercase).count >= 2 || first.containsBytes("/") || first.containsBytes(".")
      {
        starts[first, default: 0] += 1
      }
    }
    if let (name, _) = starts.filter({ $0.value >= 2 }).sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }).first {
      return name
    }
    for l in furniture {
      // (bytes first: Foundation's search goes through UTF-16 for every furniture line)
      guard l.containsBytes("©"), let sign = l.range(of: "©") else { continue }
      var rest = l[sign.upperBound...].split(separator: " ").map(String.init)
      while let f = rest.first, f.allSatisfy({ $0.isNumber || $0 == "-" }) { rest.removeFirst() }
      var name: [String] = []
      for w in rest {
        if w == "-" || w == "|" || w.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "." }) { break }
        name.append(w)
        if w.hasSuffix(",") || w.hasSuffix(".") { break }
      }
      let joined = name.joined(separator: " ").trimmingTrailing(".,")
      if !joined.isEmpty && name.count <= 6 { return joined.hasPrefix("The ") ? String(joined.dropFirst(4)) : joined }
    }
    return nil
  }

  /// `AKIPRESS.COM - …`, `PanARMENIAN.Net - …`: a site name before a dash that opens the story.
  static func outletPrefix(_ text: String) -> String? {
    // (byte-wise: Foundation's `range(of:)` over every first paragraph was a visible share of loading)
    guard let dash = text.byteOffset(of: " - ") ?? text.byteOffset(of: " – ") ?? text.byteOffset(of: " — ") else { return nil }
    let head = Substring(text.utf8.prefix(dash))
    guard head.utf8.count <= 40, !head.utf8.contains(0x20) || head.split(separator: " ").count <= 3 else { return nil }
    let lower = head.lowercased()
    let isSite = [".com", ".net", ".org", ".am", ".ru", ".kg", ".co.uk", ".info", ".news", ".ua", ".az", ".ge", ".kz", ".in"]
      .contains(where: { lower.hasSuffix($0) })
    let isCaps = head.count >= 2 && head.allSatisfy { $0.isUppercase || $0 == " " || $0 == "." || $0 == "/" }
    return isSite || isCaps ? String(head) : nil
  }

  /// `MOSCOW: …` or `MOSCOW (Reuters) - …`: a place in capitals that opens the story.
  static func datelinePlace(_ text: String) -> String? {
    var place = ""
    for ch in text {
      if ch.isUppercase || ch == " " || ch == "." || ch == "-" || ch == "," {
        place.append(ch)
        if place.count > 40 { return nil }
      } else {
        break
      }
    }
    let rest = text.dropFirst(place.count)
    guard rest.hasPrefix(":") || rest.hasPrefix("(") || place.hasSuffix(" -") || place.hasSuffix(" ") && rest.hasPrefix("—") else { return nil }
    let trimmed = place.trimmingTrailing(" -,")
    guard trimmed.count >= 3, trimmed.contains(where: \.isLetter) else { return nil }
    return trimmed.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
  }
}
