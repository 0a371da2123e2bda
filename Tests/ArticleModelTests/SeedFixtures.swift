import ArticleModel
import SeedCorpus

/// The five seed articles, analysed once for all tests.
enum Seeds {
  static let corpus = CorpusLoader.load(name: "default", files: SeedCorpus.files)
  static func article(_ id: String) -> Article { corpus[id]! }
}

/// Every mention of a corpus with its article's id and its words as written, for assertions.
struct WrittenMention {
  let article: String
  let text: String
  let person: String
  let kind: Mention.Kind
}

extension Corpus {
  var writtenMentions: [WrittenMention] {
    articles.flatMap { a in a.mentions.map { WrittenMention(article: a.id, text: a.text(of: $0), person: $0.person, kind: $0.kind) } }
  }
}
