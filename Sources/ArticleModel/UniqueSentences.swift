/// The sentences of one article that no other article of its event carries: what only this
/// outlet reported. A sentence is carried elsewhere when some sentence of another article in the
/// same cluster holds half of its content stems (so a reworded copy counts as carried).
/// Sentences of fewer than three content words say too little to judge and are left out.
public enum UniqueSentences {
  public struct Finding: Sendable, Equatable {
    public let sentence: Int
    /// The closest sentence elsewhere and the share of this sentence's stems it holds.
    public let closest: (article: Int, sentence: Int)?
    public let overlap: Double

    public static func == (l: Finding, r: Finding) -> Bool {
      l.sentence == r.sentence && l.overlap == r.overlap && l.closest?.article == r.closest?.article
        && l.closest?.sentence == r.closest?.sentence
    }
  }

  /// `cluster` holds the articles to compare with (without `article` itself).
  public static func find(_ article: Int, cluster: Set<Int>, words: CorpusWords) -> [Finding] {
    let aw = words.articles[article]
    var out: [Finding] = []
    for s in 0..<(aw.sentenceStart.count - 1) {
      let stems = Set(aw.words(sentences: s, count: 1).filter { aw.content[$0] }.map { aw.stem[$0] })
      guard stems.count >= 3 else { continue }
      var hits: [UInt32: Int] = [:]
      for stem in stems.sorted() {
        for g in words.postings[stem] ?? [] { hits[g, default: 0] += 1 }
      }
      var best: (UInt32, Int)? = nil
      for (g, n) in hits where n > (best?.1 ?? 0) || n == best?.1 && g < best!.0 {
        let (a, _) = words.locate(g)
        if a != article && cluster.contains(a) { best = (g, n) }
      }
      let overlap = Double(best?.1 ?? 0) / Double(stems.count)
      if overlap < 0.5 {
        out.append(Finding(sentence: s, closest: best.map { words.locate($0.0) }, overlap: (overlap * 100).rounded() / 100))
      }
    }
    return out
  }
}
