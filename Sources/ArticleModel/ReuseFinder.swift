/// Finds the passages two articles share, copied or reworded.
///
/// Seeds are word 5-grams found in both (copying) and pairs of content-word stems at most three
/// content words apart (rewording: a paraphrase keeps the nouns and their order while swapping the
/// words between, so `concrete, near-term steps` and `truant concrete, close term steps` still
/// share concrete…term, concrete…steps and term…steps).
/// Seeds on roughly the same diagonal are chained into regions, and each region is verified with a
/// word-level local alignment; what survives is a shared passage.
public enum ReuseFinder {
  public struct Shared: Sendable, Equatable {
    public let alignment: WordAlignment
    public var rangeA: Range<Int> { alignment.rangeA }
    public var rangeB: Range<Int> { alignment.rangeB }
  }

  public struct Pair: Sendable, Equatable {
    public let a: Int
    public let b: Int
    public let passages: [Shared]
    /// The share of each article's words inside a shared passage.
    public let shareA: Double
    public let shareB: Double
  }

  /// Grams that recur more often than this in one article are furniture or formula, not reuse.
  static let maximumRepeats = 4
  /// A verified passage holds at least this many words on the shorter side, this many content
  /// words the same on both, and scores this much.
  public static let minimumWords = 8
  static let minimumSameContent = 4
  static let minimumScore = 9.0

  /// `stop` is asked before each region is aligned (Ctrl-C); a stopped pair comes back with
  /// what it had.
  public static func pair(_ a: Int, _ b: Int, words: CorpusWords, stop: () -> Bool = { false }) -> Pair {
    pair(a, b, words: words, minimumShare: 0, stop: stop)!
  }

  /// The pair, or nil when its passages could not cover `minimumShare` of either article: every
  /// alignment lies inside a chain's region and its margins, so when those cover less, nothing
  /// is aligned (`reuse all` lists pairs that share a fifth; most candidates it proposes share
  /// a sentence or two).
  public static func pair(_ a: Int, _ b: Int, words: CorpusWords, minimumShare: Double, stop: () -> Bool = { false }) -> Pair? {
    let wa = words.articles[a], wb = words.articles[b]
    let matches = seeds(wa, wb)
    var found: [Shared] = []
    var passages: [Shared] = []
    var work = chains(matches)
    func margins(_ region: Region) -> (Range<Int>, Range<Int>) {
      (max(region.a.lowerBound - 20, 0)..<min(region.a.upperBound + 25, wa.count),
       max(region.b.lowerBound - 20, 0)..<min(region.b.upperBound + 25, wb.count))
    }
    if minimumShare > 0 {
      let reach = work.map(margins)
      let coverA = covered(reach.map(\.0)), coverB = covered(reach.map(\.1))
      guard Double(coverA) >= minimumShare * Double(wa.count) || Double(coverB) >= minimumShare * Double(wb.count) else { return nil }
    }
    var rounds = 0
    while let region = work.popLast(), rounds < 1000, !stop() {
      rounds += 1
      let (ra, rb) = margins(region)
      guard let al = WordAlignment.align(wa, ra, wb, rb) else { continue }
      // seeds the alignment left out may be another passage of the same region
      let rest = region.matches.filter { $0.0 < al.rangeA.lowerBound - 5 || $0.0 >= al.rangeA.upperBound + 5 }
      if rest.count >= 2 && rest.count < region.matches.count { work += chains(rest) }
      guard min(al.rangeA.count, al.rangeB.count) >= minimumWords, al.score >= minimumScore else { continue }
      let sameContent = al.steps.reduce(0) { n, step in
        if case .same(let i, _) = step, wa.content[i] { return n + 1 }
        return n
      }
      guard sameContent >= minimumSameContent else { continue }
      found.append(Shared(alignment: al))
    }
    // two chains can verify to the same passage, or one inside another: the best-scoring stays
    found.sort { $0.alignment.score != $1.alignment.score ? $0.alignment.score > $1.alignment.score : $0.rangeA.lowerBound < $1.rangeA.lowerBound }
    for s in found where !passages.contains(where: { p in
      overlap(p.rangeA, s.rangeA) * 2 > min(p.rangeA.count, s.rangeA.count) || overlap(p.rangeB, s.rangeB) * 2 > min(p.rangeB.count, s.rangeB.count)
    }) {
      passages.append(s)
    }
    passages.sort { $0.rangeA.lowerBound < $1.rangeA.lowerBound }
    func share(_ ranges: [Range<Int>], of total: Int) -> Double {
      total > 0 ? Double(covered(ranges)) / Double(total) : 0
    }
    return Pair(
      a: a, b: b, passages: passages, shareA: share(passages.map(\.rangeA), of: wa.count),
      shareB: share(passages.map(\.rangeB), of: wb.count))
  }

  /// Positions (in a, in b) where the two articles share a word 5-gram or a content-stem pair.
  /// Each side's grams are a sorted array, joined by a merge: no dictionary per pair, which
  /// `reuse all` builds thousands of.
  static func seeds(_ a: ArticleWords, _ b: ArticleWords) -> [(Int, Int)] {
    let ga = grams(a), gb = grams(b)
    var out: [(Int, Int)] = []
    var i = 0, j = 0
    while i < ga.count && j < gb.count {
      let x = ga[i] >> 24, y = gb[j] >> 24
      if x < y { i += 1; continue }
      if x > y { j += 1; continue }
      var ie = i, je = j
      while ie < ga.count && ga[ie] >> 24 == x { ie += 1 }
      while je < gb.count && gb[je] >> 24 == x { je += 1 }
      if ie - i <= maximumRepeats && je - j <= maximumRepeats {
        for p in i..<ie { for q in j..<je { out.append((Int(ga[p] & 0xFF_FFFF), Int(gb[q] & 0xFF_FFFF))) } }
      }
      i = ie
      j = je
    }
    return out.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
  }

  /// Each gram with its start position, sorted: word 5-grams of keys and pairs of content stems at
  /// most three content words apart (tagged apart by a salt so the two kinds never meet). A gram
  /// is the top 40 bits of its hash and the position the low 24 (16 million words, far past any
  /// article), packed in one integer: sorting plain integers is several times faster than sorting
  /// pairs; with 40 well-mixed bits a chance meeting of two grams is expected about once in 3,000
  /// pairs of ABP's longest articles, and `reuse all` lists the same pairs as with full hashes.
  static func grams(_ w: ArticleWords) -> [UInt64] {
    var out: [UInt64] = []
    out.reserveCapacity(w.count * 4)
    // (mixed first: the multiply-xor hashes leave their top bits alike for grams that differ in
    // one word, `…f17ebe145` and `…f17fa5112`, so the top 40 bits of two grams met by chance)
    func pack(_ h: UInt64, _ position: Int) -> UInt64 { SplitMix.mix(h) & ~0xFF_FFFF | UInt64(position & 0xFF_FFFF) }
    if w.count >= 5 {
      for i in 0...(w.count - 5) {
        var h: UInt64 = 0x5eed
        for k in i..<(i + 5) { h = (h ^ w.key[k]) &* 0x100_0000_01b3 }
        out.append(pack(h, i))
      }
    }
    let content = w.content.indices.filter { w.content[$0] }
    for c in content.indices {
      for d in 1...3 where c + d < content.count {
        let h = ((0xc0de ^ w.stem[content[c]]) &* 0x100_0000_01b3 ^ w.stem[content[c + d]]) &* 0x100_0000_01b3
        out.append(pack(h, content[c]))
      }
    }
    out.sort()
    return out
  }

  struct Region {
    var a: Range<Int>
    var b: Range<Int>
    var diagonal: Int
    var matches: [(Int, Int)]
    var seeds: Int { matches.count }
  }

  /// A region spans at most this many words a side: a long copy is aligned in pieces, so one
  /// alignment never costs more than a few million cells (time, memory, and Ctrl-C).
  static let maximumRegion = 600

  /// Groups seeds that lie close together on nearly the same diagonal.
  static func chains(_ matches: [(Int, Int)]) -> [Region] {
    var open: [Region] = []
    var done: [Region] = []
    for (i, j) in matches {
      if let k = open.firstIndex(where: { r in
        i - r.a.upperBound <= 40 && j >= r.b.lowerBound - 5 && j - r.b.upperBound <= 40 && abs((i - j) - r.diagonal) <= 30
          && i + 3 - r.a.lowerBound <= maximumRegion && j + 3 - r.b.lowerBound <= maximumRegion
      }) {
        open[k].a = open[k].a.lowerBound..<max(open[k].a.upperBound, i + 3)
        open[k].b = min(open[k].b.lowerBound, j)..<max(open[k].b.upperBound, j + 3)
        open[k].diagonal = i - j
        open[k].matches.append((i, j))
      } else {
        open.append(Region(a: i..<(i + 3), b: j..<(j + 3), diagonal: i - j, matches: [(i, j)]))
      }
      // regions left behind can no longer grow
      done += open.filter { i - $0.a.upperBound > 40 }
      open.removeAll { i - $0.a.upperBound > 40 }
    }
    return (done + open).filter { $0.seeds >= 2 }.sorted { $0.a.lowerBound < $1.a.lowerBound }
  }

  /// How many positions the ranges cover together (overlaps counted once).
  static func covered(_ ranges: [Range<Int>]) -> Int {
    var total = 0
    var end = Int.min
    for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
      total += max(r.upperBound - max(r.lowerBound, end), 0)
      end = max(end, r.upperBound)
    }
    return total
  }

  static func overlap(_ x: Range<Int>, _ y: Range<Int>) -> Int {
    max(0, min(x.upperBound, y.upperBound) - max(x.lowerBound, y.lowerBound))
  }
}
