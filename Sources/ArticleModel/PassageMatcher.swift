/// Finds each article's passages on a topic, so outlets' coverage of the same fact can be read
/// side by side.
///
/// Passages are paragraphs scored with BM25 over stemmed terms, with a bonus when the topic's
/// words stand together. The same fact is often told in other words ("joint center", "command-and-
/// control headquarters"), so the terms of the best passages found in the other articles are
/// added to the topic at a lower weight and everything is scored again (pseudo-relevance
/// feedback).
public struct PassageMatcher: Sendable {
  public struct Passage: Sendable, Equatable {
    public let article: String
    public let paragraph: Int
    public let score: Double
    /// 1 is the article's best passage.
    public let rank: Int
    public let text: String
    /// Stems of the topic (or of its expansion) the passage contains.
    public let matched: [String]
  }

  private struct Unit {
    let article: Int
    let paragraph: Int
    let stems: [String]
    let counts: [String: Int]
  }

  private let units: [Unit]
  private let documentFrequency: [String: Int]
  private let averageLength: Double

  public init(corpus: Corpus) {
    var units: [Unit] = []
    var df: [String: Int] = [:]
    for (ai, article) in corpus.articles.enumerated() {
      for p in article.paragraphs {
        let stems = Self.stems(p.text)
        var counts: [String: Int] = [:]
        for s in stems { counts[s, default: 0] += 1 }
        for s in counts.keys { df[s, default: 0] += 1 }
        units.append(Unit(article: ai, paragraph: p.number, stems: stems, counts: counts))
      }
    }
    self.units = units
    self.documentFrequency = df
    self.averageLength = units.isEmpty ? 1 : Double(units.reduce(0) { $0 + $1.stems.count }) / Double(units.count)
  }

  /// Content-word stems of a text, in order; hyphenated words count as their parts too.
  public static func stems(_ text: String) -> [String] {
    var out: [String] = []
    for t in WordTokenizer.tokens(text) where t.kind == .word {
      let key = t.baseKey
      let parts = key.split(separator: "-").map(String.init)
      for part in parts where !Stopwords.all.contains(part) && part.utf8.count > 1 {
        out.append(Stemmer.stem(part))
      }
    }
    return out
  }

  /// The best passages on `topic` in each of `articles` (indices into the corpus), at most
  /// `perArticle` each; articles with no passage above the floor get none.
  public func passages(topic: String, articles: [Int], corpus: Corpus, perArticle: Int = 2) -> [Passage] {
    let topicStems = Array(Set(Self.stems(topic)))
    guard !topicStems.isEmpty else { return [] }
    let selected = Set(articles)
    let candidates = units.indices.filter { selected.contains(units[$0].article) }
    var weights: [String: Double] = [:]
    for s in topicStems { weights[s] = 1 }
    // first pass: the topic alone
    // (expansion looks at every article, not only the chosen ones: the same fact told in other
    // words is found through the coverage that uses the topic's own words)
    let topicWeights = weights.sorted(by: { $0.key < $1.key })
    let first = units.indices.map { ($0, score($0, weights: topicWeights, phrase: Self.stems(topic))) }
    // expansion: terms of each article's best passage, weighted by how rare they are
    var bestPerArticle: [Int: (Int, Double)] = [:]
    for (u, s) in first where s > 0 {
      let a = units[u].article
      if s > (bestPerArticle[a]?.1 ?? 0) { bestPerArticle[a] = (u, s) }
    }
    var expansion: [String: Double] = [:]
    for (_, (u, _)) in bestPerArticle.sorted(by: { $0.key < $1.key }) {
      for (stem, _) in units[u].counts.sorted(by: { $0.key < $1.key }) where weights[stem] == nil {
        expansion[stem, default: 0] += idf(stem)
      }
    }
    let supported = expansion.filter { stem, _ in
      bestPerArticle.values.filter { units[$0.0].counts[stem] != nil }.count >= 2
    }
    for (stem, _) in supported.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }).prefix(12) {
      weights[stem] = 0.35
    }
    let phrase = Self.stems(topic)
    let expanded = weights.sorted(by: { $0.key < $1.key })
    var byArticle: [Int: [(Int, Double)]] = [:]
    for u in candidates {
      let s = score(u, weights: expanded, phrase: phrase)
      if s > 0 { byArticle[units[u].article, default: []].append((u, s)) }
    }
    let topScore = byArticle.values.flatMap { $0.map(\.1) }.max() ?? 0
    var result: [Passage] = []
    for a in articles {
      let ranked = (byArticle[a] ?? []).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
      guard let best = ranked.first, best.1 >= topScore * 0.15 else { continue }
      for (rank, (u, s)) in ranked.prefix(perArticle).enumerated() where s >= best.1 * 0.6 {
        let unit = units[u]
        let article = corpus.articles[unit.article]
        let matched = Array(Set(unit.stems.filter { weights[$0] != nil })).sorted()
        result.append(
          Passage(
            article: article.id, paragraph: unit.paragraph, score: (s * 100).rounded() / 100, rank: rank + 1,
            text: article.paragraphs[unit.paragraph - 1].text, matched: matched))
      }
    }
    return result
  }

  private func idf(_ stem: String) -> Double {
    let n = Double(units.count)
    let df = Double(documentFrequency[stem] ?? 0)
    return log(1 + (n - df + 0.5) / (df + 0.5))
  }

  /// BM25 with a bonus for the topic's stems standing next to each other in order.
  /// `weights` come sorted by stem, so the sum is the same to the last bit on every run.
  private func score(_ u: Int, weights: [(key: String, value: Double)], phrase: [String]) -> Double {
    let unit = units[u]
    let k1 = 1.2, b = 0.75
    let length = Double(unit.stems.count)
    var total = 0.0
    for (stem, weight) in weights {
      guard let tf = unit.counts[stem] else { continue }
      let t = Double(tf)
      total += weight * idf(stem) * t * (k1 + 1) / (t + k1 * (1 - b + b * length / averageLength))
    }
    if phrase.count >= 2 && total > 0 {
      for i in 0..<(max(unit.stems.count - 1, 0)) where unit.stems[i] == phrase[0] {
        // the topic's words within a short window, in order
        let window = unit.stems[i..<min(i + phrase.count + 2, unit.stems.count)]
        if phrase.dropFirst().allSatisfy({ window.contains($0) }) {
          total *= 1.5
          break
        }
      }
    }
    return total
  }
}

import Foundation
