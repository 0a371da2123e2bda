import ArticleModel
import QueryLanguage

extension Interpreter {
  /// Each article's best passages on the topic; an article without one says so, because an
  /// absence is a finding.
  mutating func compare(_ selection: ArticleSelection, topic: Located<String>) throws(QueryError) -> ResultTable {
    let chosen = try articles(selection)
    guard !PassageMatcher.stems(topic.value).isEmpty else {
      throw QueryError("the topic has no content words to look for: try a name or a noun", at: topic.range)
    }
    let matcher = PassageMatcher(corpus: corpus, words: try words())
    let passages = matcher.passages(
      topic: topic.value, articles: chosen.compactMap { corpus.position(of: $0.id) }, stop: isCancelled)
    if isCancelled() { throw QueryError("interrupted") }
    var t = ResultTable(
      kind: "passage",
      columns: [
        .init("article"), .init("rank"), .init("score"), .init("paragraph"), .init("text", inTable: false),
        .init("marked", header: "passage"), .init("matched", inTable: false),
      ],
      layout: chosen.count <= 3 ? .sideBySide : .rows)
    for p in passages {
      t.rows.append([
        .string(p.article), .int(p.rank), .double(p.score), .int(p.paragraph), .string(p.text),
        .string(Marking.mark(p.text, p.marks)), .list(p.matched),
      ])
    }
    let found = Set(passages.map(\.article))
    let absent = chosen.filter { !found.contains($0.id) }.map(\.id)
    if absent.count <= 10 {
      for id in absent { t.notes.append("\(id): no passage on \"\(topic.value)\"") }
    } else {
      // on a large corpus the absences are most of it: counted, a few named
      t.notes.append("\(absent.count) of \(chosen.count) articles have no passage on \"\(topic.value)\" (\(absent.prefix(5).joined(separator: ", ")), …)")
    }
    if !passages.isEmpty { t.notes.append("*marked* words matched the topic or the words other articles use for it") }
    return t
  }

  /// The articles a selection names, in the order given; `all` is the whole corpus.
  func articles(_ selection: ArticleSelection) throws(QueryError) -> [Article] {
    switch selection {
    case .all: return corpus.articles
    case .ids(let ids):
      var chosen: [Article] = []
      for id in ids { chosen.append(try article(id)) }
      return chosen
    }
  }
}
