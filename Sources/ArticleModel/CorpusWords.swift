/// Every article's words as numbers, and an inverted index from content stems to the sentences
/// that hold them, so a topic or phrase finds its sentences without scanning the corpus.
/// Built once, on first use, in parallel over articles.
public struct CorpusWords: Sendable {
  public let articles: [ArticleWords]
  /// Global number of each article's first sentence; one more entry than there are articles.
  public let sentenceBase: [Int]
  /// Content stem -> global sentence numbers holding it, ascending.
  public let postings: [UInt64: [UInt32]]
  /// Beside each posting, how often the stem stands in that sentence (255: that often or more;
  /// read the words): BM25 needs the counts, and reading them here keeps compare's first pass
  /// out of the articles' words.
  public let postingCounts: [UInt64: [UInt8]]
  /// Mean number of content words in a sentence.
  public let averageSentenceLength: Double
  /// Per global sentence: its number of content words, and whether the next sentence stands in
  /// the same paragraph. Flat, so a first pass over thousands of sentences reads two arrays for a
  /// sentence's neighbours instead of two articles' words and sentences (compare's cost was
  /// memory, not arithmetic).
  public let contentLength: [UInt32]
  public let pairsWithNext: [Bool]

  public init(corpus: Corpus) {
    self.init(corpus: corpus, stop: { false })!
  }

  /// Nil when `stop` says so on the way (checked every article): Ctrl-C during the first query
  /// that needs this must not wait for the whole corpus.
  public init?(corpus: Corpus, stop: @Sendable () -> Bool) {
    // in a few large chunks, each with its own memo of stems: a memo is worth its vocabulary, and
    // with chunks of 256 articles every chunk stemmed the same common words again (stemming was
    // half of this build); four chunks a core still keep the cores evenly busy
    let chunk = max(corpus.articles.count / (4 * ProcessInfo.processInfo.activeProcessorCount), 256)
    let chunks = parallelMap((corpus.articles.count + chunk - 1) / chunk) { c -> [ArticleWords] in
      var memo = ArticleWords.Memo()
      var out: [ArticleWords] = []
      for i in c * chunk..<min((c + 1) * chunk, corpus.articles.count) {
        if stop() { return [] }
        out.append(ArticleWords(corpus.articles[i], memo: &memo))
      }
      return out
    }
    if stop() { return nil }
    let articles = Array(chunks.joined())
    var starts: [Int] = [0]
    for a in articles { starts.append(starts.last! + a.sentenceStart.count - 1) }
    let base = starts
    // each article's distinct (stem, sentence) pairs, in parallel, dealt into shards of stems; the
    // merge keeps them ascending
    let shards = 4 * ProcessInfo.processInfo.activeProcessorCount
    let pairs = parallelMap(articles.count) { i -> [[(UInt64, UInt32, UInt8)]] in
      if stop() { return [] }
      let a = articles[i]
      var order: [UInt64] = []
      var counts: [UInt64: Int] = [:]
      var out = [[(UInt64, UInt32, UInt8)]](repeating: [], count: shards)
      for s in 0..<(a.sentenceStart.count - 1) {
        order.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
        for w in a.words(sentences: s, count: 1) where a.content[w] {
          counts[a.stem[w], default: 0] += 1
          if counts[a.stem[w]] == 1 { order.append(a.stem[w]) }
        }
        for stem in order {
          out[Int(stem % UInt64(shards))].append((stem, UInt32(base[i] + s), UInt8(min(counts[stem]!, 255))))
        }
      }
      return out
    }
    if stop() { return nil }
    // the postings a shard of stems a worker, joined at the end: each list still grows in article
    // and sentence order, and the join moves lists instead of appending 20 million entries on
    // one core
    let sharded = parallelMap(shards) { shard -> ([UInt64: [UInt32]], [UInt64: [UInt8]])? in
      var postings: [UInt64: [UInt32]] = [:]
      var counts: [UInt64: [UInt8]] = [:]
      for (n, lists) in pairs.enumerated() where !lists.isEmpty {
        if n & 255 == 0 && stop() { return nil }
        for (stem, sentence, count) in lists[shard] {
          postings[stem, default: []].append(sentence)
          counts[stem, default: []].append(count)
        }
      }
      return (postings, counts)
    }
    let done = sharded.compactMap { $0 }
    if stop() || done.count < shards { return nil }
    var postings: [UInt64: [UInt32]] = [:]
    var postingCounts: [UInt64: [UInt8]] = [:]
    postings.reserveCapacity(done.reduce(0) { $0 + $1.0.count })
    postingCounts.reserveCapacity(done.reduce(0) { $0 + $1.0.count })
    for shard in done {
      postings.merge(shard.0) { first, _ in first }
      postingCounts.merge(shard.1) { first, _ in first }
    }
    var contentWords = 0
    var contentLength: [UInt32] = []
    var pairsWithNext: [Bool] = []
    contentLength.reserveCapacity(base.last!)
    pairsWithNext.reserveCapacity(base.last!)
    for (i, a) in articles.enumerated() {
      let sentences = corpus.articles[i].sentences
      for s in 0..<(a.sentenceStart.count - 1) {
        let n = a.words(sentences: s, count: 1).reduce(0) { $0 + (a.content[$1] ? 1 : 0) }
        contentWords += n
        contentLength.append(UInt32(n))
        pairsWithNext.append(s + 1 < sentences.count && sentences[s].paragraph == sentences[s + 1].paragraph)
      }
    }
    self.contentLength = contentLength
    self.pairsWithNext = pairsWithNext
    self.articles = articles
    self.sentenceBase = base
    self.postings = postings
    self.postingCounts = postingCounts
    let sentences = base.last!
    self.averageSentenceLength = sentences == 0 ? 1 : max(Double(contentWords) / Double(sentences), 1)
  }

  public var sentenceCount: Int { sentenceBase.last! }

  /// The article and local sentence of a global sentence number.
  public func locate(_ global: UInt32) -> (article: Int, sentence: Int) {
    let g = Int(global)
    // the last base not above g
    var lo = 0, hi = sentenceBase.count - 1
    while lo + 1 < hi {
      let mid = (lo + hi) / 2
      if sentenceBase[mid] <= g { lo = mid } else { hi = mid }
    }
    return (lo, g - sentenceBase[lo])
  }

  /// Inverse document frequency of a stem over sentences (BM25's form, never negative).
  public func idf(_ stem: UInt64) -> Double {
    let n = Double(sentenceCount)
    let df = Double(postings[stem]?.count ?? 0)
    return log(1 + (n - df + 0.5) / (df + 0.5))
  }
}

import Foundation
