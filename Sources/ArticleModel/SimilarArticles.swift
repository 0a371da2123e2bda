import Foundation

/// Ranks articles by shared content: cosine similarity of their content-stem vectors, weighted
/// by tf-idf, so that two reports of one event (the same names, places and rare words) meet even
/// when neither copies the other. Candidates come from the postings of the article's most
/// telling stems, so a query costs those postings, not the corpus.
public struct SimilarArticles: Sendable {
  let words: CorpusWords
  /// Each article's weighted stems, unit length, sorted by stem: two vectors meet in one merge,
  /// without hashing, and their dot product is summed in the same order every run.
  let vectors: [[(stem: UInt64, weight: Double)]]

  public init(words: CorpusWords) {
    self.words = words
    vectors = parallelMap(words.articles.count) { i in
      let a = words.articles[i]
      var tf: [UInt64: Int] = [:]
      for k in 0..<a.count where a.content[k] { tf[a.stem[k], default: 0] += 1 }
      var v = tf.map { stem, n in (stem: stem, weight: (1 + log(Double(n))) * words.idf(stem)) }
      let norm = v.reduce(0.0) { $0 + $1.weight * $1.weight }.squareRoot()
      if norm > 0 { for k in v.indices { v[k].weight /= norm } }
      return v.sorted { $0.stem < $1.stem }
    }
  }

  /// The other articles, most similar first, with their cosine score (0…1).
  public func ranked(_ article: Int, limit: Int) -> [(article: Int, score: Double)] {
    let v = vectors[article]
    let telling = v.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.stem < $1.stem }.prefix(40)
    // candidates: the articles holding a telling stem that is not everywhere; postings are in
    // sentence order, so each article is located once per list, not once per sentence
    var isCandidate = [Bool](repeating: false, count: vectors.count)
    var candidates: [Int] = []
    for (stem, _) in telling {
      guard let list = words.postings[stem], list.count <= max(words.sentenceCount / 20, 50) else { continue }
      var end = 0
      for g in list where Int(g) >= end {
        let a = words.locate(g).article
        end = words.sentenceBase[a + 1]
        if a != article && !isCandidate[a] {
          isCandidate[a] = true
          candidates.append(a)
        }
      }
    }
    var scored: [(article: Int, score: Double)] = []
    for c in candidates {
      let dot = Self.dot(v, vectors[c])
      if dot > 0 { scored.append((c, dot)) }
    }
    scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.article < $1.article }
    return Array(scored.prefix(limit))
  }

  /// The dot product of two stem-sorted vectors.
  static func dot(_ x: [(stem: UInt64, weight: Double)], _ y: [(stem: UInt64, weight: Double)]) -> Double {
    var (i, j) = (0, 0)
    var sum = 0.0
    while i < x.count && j < y.count {
      if x[i].stem < y[j].stem {
        i += 1
      } else if x[i].stem > y[j].stem {
        j += 1
      } else {
        sum += x[i].weight * y[j].weight
        i += 1
        j += 1
      }
    }
    return sum
  }
}
