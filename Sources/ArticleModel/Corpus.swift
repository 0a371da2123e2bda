/// All the articles of a session, with what only the whole corpus can tell: one canonical name
/// for each person across articles, speakers resolved to it.
public struct Corpus: Sendable {
  public let name: String
  public private(set) var articles: [Article]
  /// Problems met while loading (unreadable files, invalid UTF-8), one sentence each.
  public var warnings: [String]
  private let positions: [String: Int]

  public init(name: String, articles: [Article], warnings: [String] = []) {
    self.name = name
    self.warnings = warnings
    let people = PeopleIndex(articles: articles)
    var resolved = articles
    for i in resolved.indices {
      let own = PeopleIndex.articleNames(resolved[i])
      for q in resolved[i].quotes.indices {
        let quote = resolved[i].quotes[q]
        if let canonical = people.canonical(quote.speakerName, articleNames: own) {
          resolved[i].quotes[q].speaker = canonical
        } else if !quote.speakerName.isEmpty {
          resolved[i].quotes[q].speaker = quote.speakerName.joined(separator: " ")
        } else {
          resolved[i].quotes[q].speaker = quote.speakerAsWritten
        }
      }
      var mentions: [Mention] = []
      for c in resolved[i].candidates {
        if let canonical = people.canonical(c.name, articleNames: own) {
          mentions.append(Mention(article: resolved[i].id, paragraph: c.paragraph, range: c.range, text: c.written, person: canonical, kind: .name))
        } else if c.vouched {
          mentions.append(Mention(article: resolved[i].id, paragraph: c.paragraph, range: c.range, text: c.written, person: c.name.joined(separator: " "), kind: .name))
        }
      }
      resolved[i].mentions = mentions
    }
    self.articles = resolved
    var positions: [String: Int] = [:]
    for (i, a) in resolved.enumerated() { positions[a.id] = i }
    self.positions = positions
  }

  public subscript(id: String) -> Article? {
    positions[id].map { articles[$0] }
  }

  public var ids: [String] { articles.map(\.id) }
}
