import ArticleModel
import QueryLanguage

extension Interpreter {
  /// Each article's best passages on the topic; an article without one says so, because an
  /// absence is a finding.
  mutating func compare(_ selection: ArticleSelection, topic: Located<String>) throws(QueryError) -> ResultTable {
    var chosen: [Article] = []
    switch selection {
    case .all: chosen = corpus.articles
    case .ids(let ids):
      for id in ids { chosen.append(try article(id)) }
    }
    guard !PassageMatcher.stems(topic.value).isEmpty else {
      throw QueryError("the topic has no content words to look for: try a name or a noun", at: topic.range)
    }
    let passages = passages().passages(topic: topic.value, articles: chosen.compactMap { corpus.position(of: $0.id) }, corpus: corpus)
    var t = ResultTable(
      kind: "passage",
      columns: [.init("article"), .init("rank"), .init("score"), .init("paragraph"), .init("text", header: "passage"),
        .init("matched", inTable: false)],
      layout: chosen.count <= 3 ? .sideBySide : .rows)
    for p in passages {
      t.rows.append([.string(p.article), .int(p.rank), .double(p.score), .int(p.paragraph), .string(p.text), .list(p.matched)])
    }
    let found = Set(passages.map(\.article))
    for a in chosen where !found.contains(a.id) {
      t.notes.append("\(a.id): no passage on \"\(topic.value)\"")
    }
    return t
  }
}
