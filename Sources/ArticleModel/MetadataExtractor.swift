/// Infers an article's metadata from its classified lines; a manifest's values win where given.
enum MetadataExtractor {
  static func extract(lines: [RawLine], paragraphs: [Paragraph], manifest: ArticleMetadata?) -> ArticleMetadata {
    var m = ArticleMetadata()
    m.title = lines.first(where: { $0.kind == .title })?.text ?? ""
    if let dateLine = lines.first(where: { $0.kind == .dateline }), let d = DateFinder.firstDate(in: dateLine.text) {
      m.date = d
    }
    if let first = paragraphs.first {
      m.outlet = outletPrefix(first.text) ?? ""
      m.dateline = datelinePlace(first.text) ?? ""
    }
    if let given = manifest {
      if !given.title.isEmpty { m.title = given.title }
      if !given.outlet.isEmpty { m.outlet = given.outlet }
      if !given.date.isEmpty { m.date = given.date }
      m.url = given.url
      m.cluster = given.cluster
    }
    return m
  }

  /// `AKIPRESS.COM - …`, `PanARMENIAN.Net - …`: a site name before a dash that opens the story.
  static func outletPrefix(_ text: String) -> String? {
    guard let dash = text.range(of: " - ") ?? text.range(of: " – ") ?? text.range(of: " — ") else { return nil }
    let head = text[..<dash.lowerBound]
    guard head.utf8.count <= 40, !head.contains(" ") || head.split(separator: " ").count <= 3 else { return nil }
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
