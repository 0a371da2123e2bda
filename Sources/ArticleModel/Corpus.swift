/// All the articles of a session, with what only the whole corpus can tell: one canonical name
/// for each person across articles, speakers resolved to it.
public struct Corpus: Sendable {
  public let name: String
  public private(set) var articles: [Article]
  /// Problems met while loading (unreadable files, invalid UTF-8), one sentence each.
  public var warnings: [String]
  private let positions: [String: Int]

  /// Each person's roles across the corpus, the most used first (`Josh Earnest` → `White House
  /// press secretary`).
  public let roles: [String: [String]]

  /// How long each phase of loading took, in order (for the benchmark; empty when built in
  /// memory).
  public var timings: [(phase: String, duration: Duration)] = []

  public init(name: String, articles: [Article], warnings: [String] = []) {
    self.name = name
    self.warnings = warnings
    let (resolved, roles) = PeopleResolver.resolve(articles)
    self.articles = resolved
    self.roles = roles
    var positions: [String: Int] = [:]
    for (i, a) in resolved.enumerated() { positions[a.id] = i }
    self.positions = positions
  }

  public subscript(id: String) -> Article? {
    positions[id].map { articles[$0] }
  }

  public var ids: [String] { articles.map(\.id) }

  /// Position of an article in `articles`.
  public func position(of id: String) -> Int? { positions[id] }
}
