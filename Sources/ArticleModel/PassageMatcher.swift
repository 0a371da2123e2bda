import Foundation

/// Finds each article's passages on a topic, so outlets' coverage of the same fact can be read
/// side by side.
///
/// A passage is a window of one or two sentences of a paragraph, scored with BM25 over Porter2
/// stems, with a bonus when the topic's words stand together (in order: a phrase; in any order:
/// near each other). The same fact is often told in other words ("joint center", "command-and-
/// control headquarters"), so the words shared by the best passages of several articles are added
/// to the topic at a lower weight and everything is scored again (pseudo-relevance feedback). The
/// first pass reads the inverted index, so it costs the topic's sentences, not the corpus.
public struct PassageMatcher: Sendable {
  public struct Passage: Sendable, Equatable {
    public let article: String
    public let paragraph: Int
    public let score: Double
    /// 1 is the article's best passage.
    public let rank: Int
    public let text: String
    /// Byte ranges in `text` of the words that matched the topic or its expansion.
    public let marks: [Range<Int>]
    /// The matched words as written, lower-cased, once each.
    public let matched: [String]
  }

  /// Sentences `first..<first+count` of one article.
  struct Window: Hashable {
    let article: Int
    let first: Int
    let count: Int
  }

  let words: CorpusWords
  let corpus: Corpus

  public init(corpus: Corpus, words: CorpusWords) {
    self.corpus = corpus
    self.words = words
  }

  /// Content-word stems of a text, in order.
  public static func stems(_ text: String) -> [UInt64] { ArticleWords(text: text).contentStems }

  /// The best passages on `topic` in each of `articles` (indices into the corpus), at most
  /// `perArticle` each, best article first; articles with no passage above the floor get none.
  public func passages(topic: String, articles: [Int], perArticle: Int = 2, stop: () -> Bool = { false }) -> [Passage] {
    let phrase = Self.stems(topic)
    let topicStems = Array(Set(phrase)).sorted()
    guard !topicStems.isEmpty else { return [] }
    var weights: [UInt64: Double] = [:]
    for s in topicStems { weights[s] = 1 }

    // first pass, over the whole corpus through the index: each article's best window on the
    // topic alone. The same fact told in other words is found through coverage that uses the
    // topic's own words.
    let alone = Scoring(weights: weights, phrase: phrase, words: words)
    let best = bestWindows(sentences: mergedAscending(topicStems.map { words.postings[$0] ?? [] }), alone)
    if stop() { return [] }
    // expansion: stems that the best windows of at least two articles share, rarest first
    let leaders = best.sorted { $0.value.1 != $1.value.1 ? $0.value.1 > $1.value.1 : $0.key < $1.key }.prefix(50)
    var support: [UInt64: Int] = [:]
    for (_, (w, _)) in leaders {
      var seen = Set<UInt64>()
      let aw = words.articles[w.article]
      for i in aw.words(sentences: w.first, count: w.count) where aw.content[i] && weights[aw.stem[i]] == nil {
        if seen.insert(aw.stem[i]).inserted { support[aw.stem[i], default: 0] += 1 }
      }
    }
    let expansion = support.filter { $0.value >= 2 }.map { ($0.key, Double($0.value) * words.idf($0.key)) }
      .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(12)
    for (stem, _) in expansion { weights[stem] = 0.35 }

    // second pass: every window of the chosen articles, with the expanded topic
    let expanded = Scoring(weights: weights, phrase: phrase, words: words)
    var ranked: [Int: [(Window, Double)]] = [:]
    for a in articles {
      if stop() { return [] }
      let aw = words.articles[a]
      let n = aw.sentenceStart.count - 1
      var scored: [(Window, Double)] = []
      for s in 0..<n {
        forEachWindow(startingAt: s, article: a) { w in
          let score = self.score(w, expanded, in: aw)
          if score > 0 { scored.append((w, score)) }
        }
      }
      ranked[a] = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.first < $1.0.first }
    }
    let top = ranked.values.compactMap { $0.first?.1 }.max() ?? 0
    var result: [Passage] = []
    for a in articles {
      guard let list = ranked[a], let first = list.first, first.1 >= top * 0.15 else { continue }
      var taken: [Window] = []
      for (w, s) in list where taken.count < perArticle && s >= first.1 * 0.6 {
        if taken.contains(where: { $0.first < w.first + w.count && w.first < $0.first + $0.count }) { continue }
        taken.append(w)
        result.append(passage(w, score: s, rank: taken.count, weights: weights))
      }
    }
    return result
  }

  /// Each article's best window (first best in text order) among the windows that hold one of
  /// `sentences` (global numbers, ascending), with the score; the two halves of the list on the
  /// two cores, split between articles.
  func bestWindows(sentences: [UInt32], _ topic: Scoring) -> [Int: (Window, Double)] {
    guard !sentences.isEmpty else { return [:] }
    var cut = sentences.count / 2
    let cutArticle = words.locate(sentences[cut]).article
    while cut > 0 && words.locate(sentences[cut - 1]).article == cutArticle { cut -= 1 }
    let halves = [0..<cut, cut..<sentences.count]
    let found = parallelMap(2) { h -> [(Int, Window, Double)] in
      let list = sentences[halves[h]]
      let rows = counts(of: list, topic)
      let width = topic.stems.count
      // an article's words are read in place (a copy of ArticleWords retains its seven arrays,
      // and both cores retaining the same arrays for every sentence was a third of a compare),
      // and only for a window that may hold the phrase: the counts come from the postings and the
      // lengths from `contentLength`, so most windows touch no article at all
      return words.articles.withUnsafeBufferPointer { articles in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: width) { sum in
          var out: [(Int, Window, Double)] = []
          var a = -1
          var bestHere: (Window, Double)? = nil
          for k in list.indices {
            let g = Int(list[k])
            let (article, s) = words.locate(list[k])
            if article != a {
              if let b = bestHere { out.append((a, b.0, b.1)) }
              a = article
              bestHere = nil
            }
            let row = (k - list.startIndex) * width
            // the window of `count` sentences from `first`, whose sentences at `before` and
            // `after` rows away from this one hold topic words when `holds` says so
            @inline(__always) func consider(first: Int, count: Int, other: Int?) {
              for j in 0..<width { sum[j] = rows[row + j] + (other.map { rows[row + $0 * width + j] } ?? 0) }
              let length = (0..<count).reduce(0) { $0 + Int(words.contentLength[g - s + first + $1]) }
              let w = Window(article: article, first: first, count: count)
              let score = total(UnsafeBufferPointer(sum), length: length, w, topic, in: articles[article])
              if score > (bestHere?.1 ?? 0) { bestHere = (w, score) }
            }
            // the windows that hold sentence s, in forEachWindow's order (so the first best window
            // stays the one kept): the single, the pair it opens, the pair it closes
            consider(first: s, count: 1, other: nil)
            if words.pairsWithNext[g] {
              consider(first: s, count: 2, other: k + 1 < list.endIndex && Int(list[k + 1]) == g + 1 ? 1 : nil)
            }
            if s > 0 && words.pairsWithNext[g - 1] {
              consider(first: s - 1, count: 2, other: k > list.startIndex && Int(list[k - 1]) == g - 1 ? -1 : nil)
            }
          }
          if let b = bestHere { out.append((a, b.0, b.1)) }
          return out
        }
      }
    }
    var best: [Int: (Window, Double)] = [:]
    best.reserveCapacity(found.reduce(0) { $0 + $1.count })
    for (a, w, score) in found.joined() { best[a] = (w, score) }
    return best
  }

  /// The windows of one or two sentences of the same paragraph that start at sentence `s`,
  /// handed to `body` without making an array of them (the first pass meets thousands).
  func forEachWindow(startingAt s: Int, article a: Int, _ body: (Window) -> Void) {
    body(Window(article: a, first: s, count: 1))
    if words.pairsWithNext[words.sentenceBase[a] + s] { body(Window(article: a, first: s, count: 2)) }
  }

  /// The topic as `score` reads it, worked out once a pass: the stems sorted, each with its weight
  /// times its idf, and the phrase's distinct stems. `score` runs for every window of every
  /// sentence that holds a topic word (thousands a compare on ABP); a dictionary of counts, a
  /// sort and an idf lookup per window were most of a 55 ms compare.
  struct Scoring {
    let stems: [UInt64]
    let factor: [Double]
    let phrase: [UInt64]
    let distinct: Set<UInt64>
    /// The slots of the phrase's distinct stems: a window that lacks one gets no bonus, so most
    /// windows skip the order checks.
    let phraseSlots: [Int]

    init(weights: [UInt64: Double], phrase: [UInt64], words: CorpusWords) {
      let sorted = weights.keys.sorted()
      stems = sorted
      factor = sorted.map { weights[$0]! * words.idf($0) }
      self.phrase = phrase
      distinct = Set(phrase)
      phraseSlots = Set(phrase).compactMap { sorted.firstIndex(of: $0) }.sorted()
    }
  }

  /// BM25 over the window's content stems, times 1.5 when the topic's stems stand in order within
  /// a few words, or 1.2 when they all stand within eight words in any order.
  func score(_ w: Window, _ topic: Scoring) -> Double {
    score(w, topic, in: words.articles[w.article])
  }

  @inline(__always) func score(_ w: Window, _ topic: Scoring, in aw: borrowing ArticleWords) -> Double {
    // the counts on the stack, the article's words and the topic's stems read through buffers: no
    // allocation and no bounds check a word
    withUnsafeTemporaryAllocation(of: Int.self, capacity: topic.stems.count) { counts in
      counts.initialize(repeating: 0)
      let (length, hits) = Self.tally(aw.words(sentences: w.first, count: w.count), topic, in: aw, into: counts)
      return hits == 0 ? 0 : total(UnsafeBufferPointer(counts), length: length, w, topic, in: aw)
    }
  }

  /// Adds how often each topic stem stands among the content words of `span` to `counts` (one
  /// slot a stem of `topic.stems`); returns the content words and the hits.
  @inline(__always) static func tally(
    _ span: Range<Int>, _ topic: Scoring, in aw: borrowing ArticleWords, into counts: UnsafeMutableBufferPointer<Int>
  ) -> (length: Int, hits: Int) {
    var hits = 0
    var length = 0
    aw.stem.withUnsafeBufferPointer { stem in
      aw.content.withUnsafeBufferPointer { isContent in
        topic.stems.withUnsafeBufferPointer { wanted in
          for i in span where isContent[i] {
            let s = stem[i]
            length += 1
            // (a handful of stems: a scan beats hashing)
            var slot = 0
            while slot < wanted.count && wanted[slot] != s { slot += 1 }
            if slot < wanted.count {
              counts[slot] += 1
              hits += 1
            }
          }
        }
      }
    }
    return (length, hits)
  }

  /// The score of window `w` from its counts and its number of content words.
  @inline(__always) func total(
    _ counts: UnsafeBufferPointer<Int>, length: Int, _ w: Window, _ topic: Scoring, in aw: borrowing ArticleWords
  ) -> Double {
    let k1 = 1.2, b = 0.75
    var total = 0.0
    // in stem order, as before, so the sums (and the ranking) come out to the bit
    for slot in counts.indices where counts[slot] > 0 {
      let t = Double(counts[slot])
      total += topic.factor[slot] * t * (k1 + 1) / (t + k1 * (1 - b + b * Double(length) / words.averageSentenceLength))
    }
    // (both checks need every stem of the phrase in the window, so most windows skip them)
    guard topic.distinct.count >= 2, topic.phraseSlots.allSatisfy({ counts[$0] > 0 }) else { return total }
    let span = aw.words(sentences: w.first, count: w.count)
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: span.count) { content in
      var n = 0
      for i in span where aw.content[i] {
        content[n] = aw.stem[i]
        n += 1
      }
      let stems = UnsafeBufferPointer(rebasing: content[..<n])
      if Self.inOrder(topic.phrase, in: stems) { return total * 1.5 }
      if Self.together(topic.distinct, in: stems, within: 8) { return total * 1.2 }
      return total
    }
  }

  /// How often each stem of `topic` stands in each sentence of `list` (global numbers,
  /// ascending): row `k` holds sentence `list[k]`'s counts, read from the postings beside the
  /// sentence numbers (a count of 255 or more from the sentence's words).
  func counts(of list: ArraySlice<UInt32>, _ topic: Scoring) -> [Int] {
    let width = topic.stems.count
    var rows = [Int](repeating: 0, count: list.count * width)
    guard let firstListed = list.first else { return rows }
    for (j, stem) in topic.stems.enumerated() {
      guard let posted = words.postings[stem], let counts = words.postingCounts[stem] else { continue }
      var c = posted.partitionPoint { $0 < firstListed }
      for (k, g) in list.enumerated() {
        while c < posted.count && posted[c] < g { c += 1 }
        if c < posted.count && posted[c] == g { rows[k * width + j] = Int(counts[c]) }
      }
    }
    for (k, g) in list.enumerated() where rows[(k * width)..<((k + 1) * width)].contains(255) {
      let (article, s) = words.locate(g)
      rows.withUnsafeMutableBufferPointer { all in
        let row = UnsafeMutableBufferPointer(rebasing: all[(k * width)..<((k + 1) * width)])
        row.initialize(repeating: 0)
        _ = Self.tally(words.articles[article].words(sentences: s, count: 1), topic, in: words.articles[article], into: row)
      }
    }
    return rows
  }

  /// The phrase's stems in order, each within two words of the one before.
  static func inOrder<C: RandomAccessCollection<UInt64>>(_ phrase: [UInt64], in content: C) -> Bool where C.Index == Int {
    for start in content.indices where content[start] == phrase[0] {
      var at = start
      var ok = true
      for p in phrase.dropFirst() {
        guard let next = content[(at + 1)..<min(at + 3, content.count)].firstIndex(of: p) else {
          ok = false
          break
        }
        at = next
      }
      if ok { return true }
    }
    return false
  }

  /// Every stem of `set` within some run of `within` words.
  static func together<C: RandomAccessCollection<UInt64>>(_ set: Set<UInt64>, in content: C, within: Int) -> Bool where C.Index == Int {
    guard content.count >= set.count else { return false }
    for start in content.indices where set.contains(content[start]) {
      let window = content[start..<min(start + within, content.count)]
      if set.allSatisfy(window.contains) { return true }
    }
    return false
  }

  func passage(_ w: Window, score: Double, rank: Int, weights: [UInt64: Double]) -> Passage {
    let article = corpus.articles[w.article]
    let first = article.sentences[w.first]
    let last = article.sentences[w.first + w.count - 1]
    let range = first.range.lowerBound..<last.range.upperBound
    let text = String(article.text(paragraph: first.paragraph, range))
    let aw = words.articles[w.article]
    var marks: [Range<Int>] = []
    var matched = Set<String>()
    for i in aw.words(sentences: w.first, count: w.count) where aw.content[i] && weights[aw.stem[i]] != nil {
      let r = (aw.range[i].lowerBound - range.lowerBound)..<(aw.range[i].upperBound - range.lowerBound)
      marks.append(r)
      matched.insert(WordTokenizer.foldCase(PersonFinder.substring(text, r)))
    }
    return Passage(
      article: article.id, paragraph: first.paragraph, score: (score * 100).rounded() / 100, rank: rank,
      text: text, marks: marks, matched: matched.sorted())
  }
}
