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
    /// How many distinct sentence pairs of the two articles met in some band: more is more
    /// shared text.
    public let hits: Int
  }

  /// Article pairs (lower index first) with at least `minimumHits` distinct pairs of sentences
  /// that met in some band, most first. One shared sentence is usually formula (a sign-off, a
  /// standard disclaimer); reuse shares several.
  public static func candidates(words: CorpusWords, minimumHits: Int = 2, stop: @Sendable () -> Bool = { false }) -> [Candidate] {
    let seeds = (0..<UInt64(bands * rows)).map { mix($0 &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678) }
    // one pass over the words: every band's key of every sentence long enough (32 bits a key:
    // a chance meeting costs one alignment that finds nothing)
    let perArticle = parallelMap(words.articles.count) { a -> (sentences: [UInt32], keys: [UInt32]) in
      if stop() { return ([], []) }
      let w = words.articles[a]
      var sentences: [UInt32] = []
      var keys: [UInt32] = []
      var content: [UInt64] = []
      var mins = [UInt64](repeating: .max, count: bands * rows)
      for s in 0..<(w.sentenceStart.count - 1) {
        content.removeAll(keepingCapacity: true)
        for i in w.words(sentences: s, count: 1) where w.content[i] { content.append(w.stem[i]) }
        guard content.count >= 3 else { continue }
        for k in mins.indices { mins[k] = .max }
        var shingles = 0
        for c in content.indices {
          for d in 1...2 where c + d < content.count {
            let shingle = mix(content[c] &+ mix(content[c + d]))
            shingles += 1
            for k in 0..<(bands * rows) {
              let h = mix(shingle ^ seeds[k])
              if h < mins[k] { mins[k] = h }
            }
          }
        }
        guard shingles >= minimumShingles else { continue }
        sentences.append(UInt32(words.sentenceBase[a] + s))
        for band in 0..<bands {
          var key = UInt64(band)
          for r in 0..<rows { key = mix(key ^ mins[band * rows + r]) }
          keys.append(UInt32(truncatingIfNeeded: key))
        }
      }
      return (sentences, keys)
    }
    // (article pair, sentence pair) for every meeting; the same sentences meet in many bands.
    // The bands are independent: each is keyed, sorted and scanned on its own core, and their
    // meetings are joined in band order, so the result is the same as one band after another
    // (this pass ran on one core and was a fifth of `reuse all`)
    let total = perArticle.reduce(0) { $0 + $1.sentences.count }
    let perBand = parallelMap(bands) { band -> [(UInt64, UInt64)]? in
      if stop() { return nil }
      // key and sentence packed in one integer: a plain integer sort, several times faster than
      // sorting tuples, so a Ctrl-C between parts is heard soon
      var keyed: [UInt64] = []
      keyed.reserveCapacity(total)
      for part in perArticle {
        for (k, sentence) in part.sentences.enumerated() { keyed.append(UInt64(part.keys[k * bands + band]) << 32 | UInt64(sentence)) }
      }
      guard let sortedParts = sortedInParts(keyed, part: { Int($0 >> 56) }, by: <, stop: stop) else { return nil }
      var meetings: [(UInt64, UInt64)] = []
      for keyed in sortedParts {
        var start = 0
        while start < keyed.count {
          var end = start + 1
          while end < keyed.count && keyed[end] >> 32 == keyed[start] >> 32 { end += 1 }
          if end - start > 1 && end - start <= maximumBucket {
            let members = keyed[start..<end].map { (words.locate(UInt32(truncatingIfNeeded: $0)).article, $0 & 0xFFFF_FFFF) }
            for x in 0..<members.count {
              for y in (x + 1)..<members.count where members[x].0 != members[y].0 {
                let (p, q) = members[x].0 < members[y].0 ? (members[x], members[y]) : (members[y], members[x])
                meetings.append((UInt64(p.0) << 32 | UInt64(q.0), p.1 << 32 | q.1))
              }
            }
          }
          start = end
        }
      }
      return meetings
    }
    let done = perBand.compactMap { $0 }
    if stop() || done.count < bands { return [] }
    let meetings = Array(done.joined())
    let articles = max(words.articles.count, 1)
    guard let meetingParts = sortedInParts(meetings, part: { Int(($0.0 >> 32) * 255 / UInt64(articles)) }, by: { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }, stop: stop) else {
      return []
    }
    var out: [Candidate] = []
    for meetings in meetingParts {
      var i = 0
      while i < meetings.count {
        var j = i
        var distinct = 0
        while j < meetings.count && meetings[j].0 == meetings[i].0 {
          if j == i || meetings[j].1 != meetings[j - 1].1 { distinct += 1 }
          j += 1
        }
        if distinct >= minimumHits {
          out.append(Candidate(a: Int(meetings[i].0 >> 32), b: Int(meetings[i].0 & 0xFFFF_FFFF), hits: distinct))
        }
        i = j
      }
    }
    return out.sorted { $0.hits != $1.hits ? $0.hits > $1.hits : ($0.a, $0.b) < ($1.a, $1.b) }
  }

  /// The items split into 256 parts by `part` (which must grow with the order), each sorted: the
  /// same order as one sort, but Ctrl-C is heard between parts instead of after the whole sort.
  static func sortedInParts<T: Sendable>(
    _ items: [T], part: (T) -> Int, by less: @escaping @Sendable (T, T) -> Bool, stop: @Sendable () -> Bool
  ) -> [[T]]? {
    var parts = [[T]](repeating: [], count: 256)
    for item in items { parts[part(item)].append(item) }
    let unsorted = parts
    // (in parallel: the parts are independent, and inside a band's worker this just runs there)
    let sorted = parallelMap(256) { k -> [T]? in stop() ? nil : unsorted[k].sorted(by: less) }.compactMap { $0 }
    return sorted.count == 256 ? sorted : nil
  }

  @inline(__always) static func mix(_ x: UInt64) -> UInt64 { SplitMix.mix(x &+ 0x9E37_79B9_7F4A_7C15) }
}
