import ArticleModel
import QueryLanguage

extension Interpreter {
  mutating func show(_ target: ShowTarget) throws(QueryError) -> Output {
    switch target {
    case .result(let name):
      return .table(try table(for: .result(name)).numberingRows())
    case .article(let id, let range, let raw):
      let a = try article(id)
      if raw { return .table(rawLines(a)) }
      var t = ResultTable(
        kind: "paragraph",
        columns: [.init("article", inTable: false), .init("paragraph"), .init("text")],
        layout: .document(title: header(a)))
      for p in a.paragraphs where range.map({ $0.contains(p.number) }) ?? true {
        t.rows.append([.string(a.id), .int(p.number), .string(String(a.text(of: p)))])
      }
      if let range, t.rows.isEmpty {
        throw QueryError("article \(a.id) has paragraphs 1 to \(a.paragraphs.count), not \(range.lowerBound)", at: id.range)
      }
      return .table(t)
    case .quote(let n):
      let quotes = try numberedQuotes()
      guard n.value >= 1 && n.value <= quotes.rows.count else {
        throw QueryError("there is no quote \(n.value): the quotes of the last quote result are numbered 1 to \(quotes.rows.count)", at: n.range)
      }
      let row = quotes.rows[n.value - 1]
      guard let a = corpus[quotes.value(row, "article").description],
        case .int(let p) = quotes.value(row, "paragraph"), let paragraph = a.paragraph(p),
        case .int(let start) = quotes.value(row, "start"), case .int(let end) = quotes.value(row, "end")
      else {
        throw QueryError("quote \(n.value) no longer matches the corpus")
      }
      let scalars = Array(a.text(of: paragraph).unicodeScalars)
      var marked = String.UnicodeScalarView()
      marked.append(contentsOf: scalars[..<start])
      marked.append(contentsOf: "⟦".unicodeScalars)
      marked.append(contentsOf: scalars[start..<end])
      marked.append(contentsOf: "⟧".unicodeScalars)
      marked.append(contentsOf: scalars[end...])
      var t = ResultTable(
        kind: "paragraph", columns: [.init("article", inTable: false), .init("paragraph"), .init("text")],
        layout: .document(title: header(a) + "\nquote \(n.value): \(quotes.value(row, "speaker")) (\(quotes.value(row, "speaker_as_written")) \(quotes.value(row, "cue")))"))
      t.rows = [[.string(a.id), .int(p), .string(String(marked))]]
      return .table(t)
    }
  }

  func header(_ a: Article) -> String {
    let m = a.metadata
    var parts = [a.id]
    if !m.outlet.isEmpty { parts.append(m.outlet) }
    if !m.date.isEmpty { parts.append(m.date) }
    return parts.joined(separator: " · ") + (m.title.isEmpty ? "" : "\n" + m.title)
  }

  func rawLines(_ a: Article) -> ResultTable {
    var t = ResultTable(kind: "line", columns: [
      .init("article", inTable: false), .init("line"), .init("class"), .init("reason"), .init("text"),
    ])
    for l in a.lines where l.kind != .blank {
      t.rows.append([.string(a.id), .int(l.number), .string(l.kind.rawValue), .string(l.reason), .string(String(a.text(of: l)))])
    }
    return t
  }
}
