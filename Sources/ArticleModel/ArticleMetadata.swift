/// What is known about an article besides its text: from a MANIFEST.tsv when the corpus has one,
/// else inferred from the text itself.
public struct ArticleMetadata: Sendable, Equatable {
  public var title: String
  public var outlet: String
  /// ISO 8601 day (`2016-07-15`) when known, else empty.
  public var date: String
  public var url: String
  public var cluster: String
  /// Place named by a dateline such as `MOSCOW:`.
  public var dateline: String
  /// News organisations the article credits (`Reuters`, `The New York Times`).
  public var sources: [String] = []
  /// Dates the text mentions, as `2016-07-14 (Thursday, July 14)` when resolved against the
  /// publication date, else as written.
  public var mentionedDates: [String] = []

  public init(
    title: String = "", outlet: String = "", date: String = "", url: String = "",
    cluster: String = "", dateline: String = ""
  ) {
    self.title = title
    self.outlet = outlet
    self.date = date
    self.url = url
    self.cluster = cluster
    self.dateline = dateline
  }
}
