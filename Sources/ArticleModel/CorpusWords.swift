/// Every article's words as numbers, and an inverted index from content stems to the sentences
/// that hold them, so a topic or phrase finds its sentences without scanning the corpus.
/// Built once, on first use, in parallel over articles.
public struct CorpusWords: Sendable {
  public let articles: [ArticleWords]
  /// Global number of each article's first sentence; one more entry than there are articles.
  public let sentenceBase: [Int]
  /// Content stem -> global sentence numbers holding it, ascending.
  public let postings: [UInt64: [UInt32]]
  /// Mean number of content words in a sentence.
  public let averageSentenceLength: Double

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
    let pairs = parallelMap(articles.count) { i -> [[(UInt64, UInt32)]] in
      if stop() { return [] }
      let a = articles[i]
      var seen = Set<UInt64>()
      var out = [[(UInt64, UInt32)]](repeating: [], count: shards)
      for s in 0..<(a.sentenceStart.count - 1) {
        seen.removeAll(keepingCapacity: true)
        for w in a.words(sentences: s, count: 1) where a.content[w] && seen.insert(a.stem[w]).inserted {
          out[Int(a.stem[w] % UInt64(shards))].append((a.stem[w], UInt32(base[i] + s)))
        }
      }
      return out
    }
    if stop() { return nil }
    // the postings a shard of stems a worker, joined at the end: each list still grows in article
    // and sentence order, and the join moves lists instead of appending 20 million entries on
    // one core
    let sharded = parallelMap(shards) { shard -> [UInt64: [UInt32]]? in
      var postings: [UInt64: [UInt32]] = [:]
      for (n, lists) in pairs.enumerated() where !lists.isEmpty {
        if n & 255 == 0 && stop() { return nil }
        for (stem, sentence) in lists[shard] { postings[stem, default: []].append(sentence) }
      }
      return postings
    }
    let done = sharded.compactMap { $0 }
    if stop() || done.count < shards { return nil }
    var postings: [UInt64: [UInt32]] = [:]
    postings.reserveCapacity(done.reduce(0) { $0 + $1.count })
    for shard in done { postings.merge(shard) { first, _ in first } }
    var contentWords = 0
    for a in articles { contentWords += a.content.reduce(0) { $0 + ($1 ? 1 : 0) } }
    self.articles = articles
    self.sentenceBase = base
    self.postings = postings
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
