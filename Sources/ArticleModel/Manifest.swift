/// A corpus folder's MANIFEST.tsv: a header row, then one row per file. Known columns (`file`,
/// `outlet`, `title`, `date`, `url`, `cluster_id`) override what is inferred from the text; others
/// are ignored.
public struct Manifest: Sendable {
  public private(set) var byFile: [String: ArticleMetadata] = [:]

  public init(tsv: String) {
    var rows = tsv.split(separator: "\n", omittingEmptySubsequences: true).map { line in
      line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: "\r ") }
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
    for row in rows where row.count > file {
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

extension Substring {
  func trimmingCharacters(in set: String) -> String {
    var s = self
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
