/// The corpus signal for web furniture: a line that recurs, word for word, across several articles
/// of one outlet ("Story Continued Below", "Follow @politico", a newsletter pitch) is the site's,
/// not the story's.
///
/// Only within an outlet: the same paragraph in several outlets is wire copy, which is news. Without
/// a known outlet the bar is higher (short lines in five or more articles).
struct RecurringLines: Sendable {
  /// outlet key -> line -> number of articles it appears in
  private let counts: [String: [ByteString: Int]]

  static let longestLine = 300

  /// An article's file text and its classified lines.
  typealias Lines = (source: String, lines: [RawLine])

  /// Counts the lines of every article (nil: a skipped file) under its outlet key; outlets are
  /// counted in parallel, each one's articles in order.
  init(outlets keys: [String], lines: [Lines?]) {
    var members: [String: [Int]] = [:]
    for i in keys.indices where lines[i] != nil { members[keys[i], default: []].append(i) }
    let outlets = members.keys.sorted()
    let byOutlet = members
    // (only a line seen three times or more can be furniture: the rest, most lines of a corpus,
    // go before the second pass, which this table lives through, at the load's peak)
    let counted = parallelMap(outlets.count) { k in Self.count(byOutlet[outlets[k]]!.map { lines[$0]! }).filter { $0.value >= 3 } }
    counts = Dictionary(uniqueKeysWithValues: zip(outlets, counted))
  }

  /// Line -> number of articles among `articles` (one outlet's) that carry it. Titles already
  /// counted: a story the outlet published twice must not make its own paragraphs look like
  /// furniture.
  static func count(_ articles: [Lines]) -> [ByteString: Int] {
    var counts: [ByteString: Int] = [:]
    var titles = Set<ByteString>()
    for (source, lines) in articles {
      let title = lines.first(where: { $0.kind == .title })?.text(in: source) ?? ""
      if !title.isEmpty && !titles.insert(ByteString(title)).inserted { continue }
      var seen = Set<ByteString>()
      for l in lines where (l.kind == .body || l.kind == .caption) && l.range.count <= longestLine {
        let key = ByteString(l.text(in: source))
        if seen.insert(key).inserted { counts[key, default: 0] += 1 }
      }
    }
    return counts
  }

  /// How many articles of the outlet carry the line, when that makes it furniture.
  func furniture(outlet: String, line: Substring) -> Int? {
    // only short lines are counted: a longer one is never looked up
    // (every counted line is found, most of them once: the bar is checked before the words are
    // counted, and they are counted on bytes)
    guard line.utf8.count <= Self.longestLine, let n = counts[outlet]?[ByteString(line)], n >= 3 else { return nil }
    let words = line.utf8.split(separator: 0x20).count
    if outlet.isEmpty { return n >= 5 && words <= 12 ? n : nil }
    // a sentence (`That's right.`) recurs by chance more often than a menu item does
    let prose = words >= 2 && LineClassifier.endsLikeSentence(line) && !line.hasSuffix(":")
    return n >= (prose ? 5 : 3) ? n : nil
  }

  /// Marks the recurring lines of one article as boilerplate, with the reason.
  func relabel(_ lines: [RawLine], source: String, outlet: String) -> [RawLine] {
    var out = lines
    for i in out.indices where out[i].kind == .body || out[i].kind == .caption {
      if let n = furniture(outlet: outlet, line: out[i].text(in: source)) {
        out[i].kind = .boilerplate
        out[i].reason = outlet.isEmpty ? "recurs in \(n) articles" : "recurs in \(n) articles of \(outlet)"
      }
    }
    return out
  }

  /// The outlet a line count is kept under: the manifest's, else a site name that opens the story.
  static func outletKey(lines: [RawLine], source: String, manifest: ArticleMetadata?) -> String {
    if let m = manifest, !m.outlet.isEmpty { return m.outlet }
    if let first = lines.first(where: { $0.kind == .body }), let site = MetadataExtractor.outletPrefix(String(first.text(in: source))) { return site }
    return ""
  }
}
