/// Candidate pairs of articles that may share text, without comparing all pairs.
///
/// Reuse is a matter of passages, not of whole articles (a wire paragraph in a long local story),
/// so the unit is the sentence: its set of content-stem pairs (neighbours and next-but-one, which
/// survive a paraphrase's swapped words) is summarised by minimum hashes in 40 bands of 3; sentences
/// that agree on a whole band land in one bucket (locality-sensitive hashing). Two sentences sharing
/// half of their pairs meet with probability 0.99, a third 0.78, a fifth 0.27. The bands are
/// hashed one at a time and sorted, so memory stays at one band's keys whatever the corpus.
public enum MinHashIndex {
  static let bands = 40
  static let rows = 3
  /// Sentences with fewer pairs than this are too short to tell reuse from formula.
  static let minimumShingles = 5
  /// Buckets larger than this hold formula every outlet prints and are skipped.
  static let maximumBucket = 50

  public struct Candidate: Sendable, Equatable {
    public let a: Int
    public let b: Int
    /// How many sentence pairs met in how many bands: more is more shared text.
    public let hits: Int
  }

  /// Article pairs (lower index first) whose sentences met in at least `minimumHits` bands,
  /// most hits first.
  public static func candidates(words: CorpusWords, minimumHits: Int = 3, stop: () -> Bool = { false }) -> [Candidate] {
    let seeds = (0..<UInt64(bands * rows)).map { mix($0 &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678) }
    var hits: [UInt64: Int] = [:]
    for band in 0..<bands {
      if stop() { return [] }
      let bandSeeds = Array(seeds[(band * rows)..<((band + 1) * rows)])
      // (band key, global sentence) for every sentence long enough, in parallel over articles
      let keys = parallelMap(words.articles.count) { a -> [(UInt64, UInt32)] in
        let w = words.articles[a]
        var out: [(UInt64, UInt32)] = []
        for s in 0..<(w.sentenceStart.count - 1) {
          let content = w.words(sentences: s, count: 1).filter { w.content[$0] }.map { w.stem[$0] }
          guard content.count >= 3 else { continue }
          var mins = [UInt64](repeating: .max, count: rows)
          var shingles = 0
          for c in content.indices {
            for d in 1...2 where c + d < content.count {
              let shingle = mix(content[c] &+ mix(content[c + d]))
              shingles += 1
              for r in 0..<rows {
                let h = mix(shingle ^ bandSeeds[r])
                if h < mins[r] { mins[r] = h }
              }
            }
          }
          guard shingles >= minimumShingles else { continue }
          var key = UInt64(band)
          for m in mins { key = mix(key ^ m) }
          out.append((key, UInt32(words.sentenceBase[a] + s)))
        }
        return out
      }
      let sorted = keys.joined().sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
      var start = 0
      while start < sorted.count {
        var end = start + 1
        while end < sorted.count && sorted[end].0 == sorted[start].0 { end += 1 }
        if end - start > 1 && end - start <= maximumBucket {
          let members = sorted[start..<end].map { words.locate($0.1).article }
          for x in 0..<members.count {
            for y in (x + 1)..<members.count where members[x] != members[y] {
              let (p, q) = (min(members[x], members[y]), max(members[x], members[y]))
              hits[UInt64(p) << 32 | UInt64(q), default: 0] += 1
            }
          }
        }
        start = end
      }
    }
    return hits.filter { $0.value >= minimumHits }
      .map { Candidate(a: Int($0.key >> 32), b: Int($0.key & 0xFFFF_FFFF), hits: $0.value) }
      .sorted { $0.hits != $1.hits ? $0.hits > $1.hits : ($0.a, $0.b) < ($1.a, $1.b) }
  }

  /// splitmix64's finaliser: a cheap hash with good avalanche.
  @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
