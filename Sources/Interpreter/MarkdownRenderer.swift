/// GitHub-flavoured Markdown tables of the columns the table format shows.
enum MarkdownRenderer {
  static func render(_ t: ResultTable) -> String {
    let visible = t.columns.indices.filter { t.columns[$0].inTable }
    var lines = ["| " + visible.map { escape(t.columns[$0].header) }.joined(separator: " | ") + " |"]
    lines.append("|" + visible.map { _ in " --- |" }.joined())
    for row in t.rows {
      lines.append("| " + visible.map { escape(row[$0].description) }.joined(separator: " | ") + " |")
    }
    return (lines + t.notes.map { "\n" + $0 }).joined(separator: "\n")
  }

  static func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
  }
}

import Foundation
