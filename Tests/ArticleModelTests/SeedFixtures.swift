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

/// A quotation with its article's id (a `Quote` has none of its own), its fields read through.
@dynamicMemberLookup
struct QuoteIn {
  let article: String
  let quote: Quote
  subscript<T>(dynamicMember field: KeyPath<Quote, T>) -> T { quote[keyPath: field] }
}

extension Corpus {
  /// Every quotation of the corpus with its article's id, in article order.
  var quotesIn: [QuoteIn] { articles.flatMap { a in a.quotes.map { QuoteIn(article: a.id, quote: $0) } } }
}
