/// A corpus folder's MANIFEST.tsv: a header row, then one row per file. Known columns (`file`,
/// `outlet`, `title`, `date`, `url`, `cluster_id`) override what is inferred from the text; others
/// are ignored.
public struct Manifest: Sendable {
  public private(set) var byFile: [String: ArticleMetadata] = [:]

  public init(tsv: String) {
    // over bytes: a manifest has a row per file (12 MB for 37,554 articles), and splitting it by
    // Characters took a second before loading could start; `\r\n` rows split too (as Characters
    // `\r\n` is one grapheme, not a `\n`)
    var rows: [[String]] = []
    var text = tsv
    text.withUTF8 { bytes in
      var row: [String] = []
      var start = 0
      func field(_ end: Int) {
        var (a, b) = (start, end)
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x0D { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x0D { b -= 1 }
        row.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self))
      }
      for i in 0...bytes.count {
        let b = i < bytes.count ? bytes[i] : 0x0A
        guard b == 0x0A || b == 0x09 else { continue }
        if b == 0x0A && i == start && row.isEmpty {
          start = i + 1  // an empty line is no row
          continue
        }
        field(i)
        start = i + 1
        if b == 0x0A {
          rows.append(row)
          row = []
        }
      }
    }
    guard !rows.isEmpty else { return }
    let header = rows.removeFirst().map { $0.lowercased() }
    func column(_ names: String...) -> Int? { header.firstIndex(where: { names.contains($0) }) }
    guard let file = column("file", "filename", "path") else { return }
    let outlet = column("outlet", "source", "publisher")
    let title = column("title", "headline")
    let date = column("date", "published", "publication_date")
    let url = column("url", "link")
    let cluster = column("cluster_id", "cluster", "event", "event_id")
    for row in rows where row.count > file && !row[file].isEmpty {
      func value(_ i: Int?) -> String { i.flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
      let name = row[file].split(separator: "/").last.map(String.init) ?? row[file]
      byFile[name] = ArticleMetadata(
        title: value(title), outlet: value(outlet), date: Self.isoDay(value(date)), url: value(url), cluster: value(cluster))
    }
  }
}

extension Manifest {
  /// `2016-07-15T11:28` and `July 15, 2016` both give `2016-07-15`; anything else stays as given.
  static func isoDay(_ s: String) -> String {
    let b = Array(s.utf8)
    if b.count >= 10, b[4] == 0x2D, b[7] == 0x2D, b[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      return String(s.prefix(10))
    }
    return DateFinder.firstDate(in: s) ?? s
  }
}
