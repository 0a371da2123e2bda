import Foundation
import QueryLanguage

/// Writes a result table to a file as it goes, a batch of rows at a time, so an export of
/// hundreds of thousands of rows never holds the whole text in memory. The file is written beside
/// its destination and renamed into place at the end: an interrupted export leaves no half file.
/// The format follows the extension: .jsonl (or .ndjson), .json, .csv, .tsv.
public enum Exporter {
  public enum Format: String, CaseIterable, Sendable { case jsonl, ndjson, json, csv, tsv }

  public static func format(of path: String) -> Format? {
    Format(rawValue: (path as NSString).pathExtension.lowercased())
  }

  /// Writes `t` to `path` (used as given, relative to the current folder); returns the rows
  /// written.
  @discardableResult
  public static func write(_ t: ResultTable, to path: String, stop: () -> Bool = { false }) throws(QueryError) -> Int {
    guard let format = format(of: path) else {
      throw QueryError("cannot tell the format of '\(path)': end the file name in .jsonl, .json, .csv or .tsv")
    }
    let temporary = path + ".partial-\(getpid())"
    guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
      throw QueryError("cannot write '\(path)': \(String(cString: strerror(errno))) (check that its folder exists and is writable)")
    }
    var buffer = ""
    func flush() throws(QueryError) {
      do {
        try handle.write(contentsOf: Data(buffer.utf8))
      } catch {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
        throw QueryError("writing '\(path)' failed: \(error.localizedDescription) (is the disk full?)")
      }
      buffer.removeAll(keepingCapacity: true)
    }
    // (row numbers are made row by row: an export of every quote does not copy the table)
    let columns = t.outputColumns
    switch format {
    case .csv: buffer += columns.map { DelimitedRenderer.field($0.key) }.joined(separator: ",") + "\r\n"
    case .tsv: buffer += columns.map(\.key).joined(separator: "\t") + "\n"
    case .json: buffer += "[\n"
    case .jsonl, .ndjson: break
    }
    for i in t.rows.indices {
      let row = t.outputRow(i)
      switch format {
      case .jsonl, .ndjson: buffer += JSONRenderer.object(columns, row) + "\n"
      case .json: buffer += "  " + JSONRenderer.object(columns, row) + (i + 1 < t.rows.count ? ",\n" : "\n")
      case .csv: buffer += row.map { DelimitedRenderer.field(DelimitedRenderer.cell($0)) }.joined(separator: ",") + "\r\n"
      case .tsv: buffer += row.map { DelimitedRenderer.cell($0).replacingTabsAndBreaks() }.joined(separator: "\t") + "\n"
      }
      if i & 1023 == 1023 {
        if stop() {
          try? handle.close()
          try? FileManager.default.removeItem(atPath: temporary)
          throw QueryError("interrupted; nothing was written to '\(path)'")
        }
        try flush()
      }
    }
    if format == .json { buffer += "]\n" }
    try flush()
    try? handle.close()
    // rename replaces an older export in one step
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporary)
      throw QueryError("cannot put the export in place at '\(path)': \(reason)")
    }
    return t.rows.count
  }
}
