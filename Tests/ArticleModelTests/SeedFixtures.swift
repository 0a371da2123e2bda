import ArticleModel
import SeedCorpus

/// The five seed articles, analysed once for all tests.
enum Seeds {
  static let corpus = CorpusLoader.load(name: "default", files: SeedCorpus.files)
  static func article(_ id: String) -> Article { corpus[id]! }
}
