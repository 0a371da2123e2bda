import Foundation

/// Ranks articles by shared content: cosine similarity of their content-stem vectors, weighted
/// by tf-idf, so that two reports of one event (the same names, places and rare words) meet even
/// when neither copies the other. Candidates come from the postings of the article's most
/// telling stems, so a query costs those postings, not the corpus.
public struct SimilarArticles: Sendable {
  let words: CorpusWords
  /// Each article's weighted stems, unit length.
  let vectors: [[UInt64: Double]]

  public init(words: CorpusWords) {
    self.words = words
    vectors = parallelMap(words.articles.count) { i in
      let a = words.articles[i]
      var tf: [UInt64: Int] = [:]
      for k in 0..<a.count where a.content[k] { tf[a.stem[k], default: 0] += 1 }
      var v: [UInt64: Double] = [:]
      var norm = 0.0
      for (stem, n) in tf {
        let w = (1 + log(Double(n))) * words.idf(stem)
        v[stem] = w
        norm += w * w
      }
      norm = norm.squareRoot()
      if norm > 0 { for k in v.keys { v[k]! /= norm } }
      return v
    }
  }

  /// The other articles, most similar first, with their cosine score (0…1).
  public func ranked(_ article: Int, limit: Int) -> [(article: Int, score: Double)] {
    let v = vectors[article]
    let telling = v.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(40)
    var candidates = Set<Int>()
    for (stem, _) in telling {
      guard let list = words.postings[stem], list.count <= max(words.sentenceCount / 20, 50) else { continue }
      for g in list { candidates.insert(words.locate(g).article) }
    }
    candidates.remove(article)
    var scored: [(article: Int, score: Double)] = []
    for c in candidates {
      let other = vectors[c]
      var dot = 0.0
      let (small, large) = v.count <= other.count ? (v, other) : (other, v)
      for (stem, w) in small { if let x = large[stem] { dot += w * x } }
      if dot > 0 { scored.append((c, dot)) }
    }
    scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.article < $1.article }
    return Array(scored.prefix(limit))
  }
}
