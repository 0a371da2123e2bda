/// Follows a quotation across articles: every quote that carries it, however cut, extended or
/// reworded, grouped into variants and compared with the fullest version.
///
/// Two quotes carry the same quotation when a word alignment of the two puts at least three words,
/// two of them content words, in the same order, and those cover half of the shorter quote (or the
/// aligned stretch covers half of it and is at least 40 % the same words: a machine paraphrase
/// swaps the rest). Matching runs twice from the seeds, so a version found only through another
/// version is found too. Candidates come from the stem index, never from every quote.
public enum QuoteTracer {
  public struct QuoteRef: Sendable, Hashable, Comparable {
    public let article: Int
    public let index: Int
    public init(article: Int, index: Int) {
      self.article = article
      self.index = index
    }
    public static func < (l: QuoteRef, r: QuoteRef) -> Bool { (l.article, l.index) < (r.article, r.index) }
  }

  public struct Version: Sendable, Equatable {
    public let quote: QuoteRef
    /// 1 is the fullest version; versions with the same words share a number.
    public let variant: Int
    /// fullest, same, cut, extended, reworded; with "attributed to X" when the speaker differs.
    public let change: String
    /// The quote's words against the fullest version: `[-gone-]` and `{+new+}`.
    public let diff: String
  }

  /// The quotes whose words contain `phrase` (as stems, in order).
  public static func seeds(phrase: String, corpus: Corpus, words: CorpusWords) -> [QuoteRef] {
    let phraseWords = ArticleWords(text: phrase)
    let wanted = phraseWords.stem
    guard !wanted.isEmpty else { return [] }
    var out: [QuoteRef] = []
    for a in candidateArticles(phraseWords, words: words, minimumShared: 1) {
      for (qi, q) in corpus.articles[a].quotes.enumerated() {
        let stems = ArticleWords(text: q.text).stem
        if stems.count >= wanted.count, (0...(stems.count - wanted.count)).contains(where: { stems[$0..<($0 + wanted.count)].elementsEqual(wanted) }) {
          out.append(QuoteRef(article: a, index: qi))
        }
      }
    }
    return out
  }

  /// What a trace found: the versions, fullest first, and how many versions of the first round
  /// were not followed further (0 when the second round ran).
  public struct Trace: Sendable {
    public let versions: [Version]
    public let unfollowed: Int
  }

  /// A first round that finds more new versions than this is a phrase many quotations share
  /// (`build a wall`: 57 quotes hold it, 259 new versions in round one, 7,370 in round two, the
  /// variants of those took more than ten minutes): the second round would link other quotations
  /// through them, not versions of this one, and is not run. (`total witch hunt`: 17 in round one.)
  public static let maximumSecondFrontier = 64

  /// Every version of the seeds' quotation, fullest first.
  public static func trace(_ seeds: [QuoteRef], corpus: Corpus, words: CorpusWords) -> Trace {
    var found = Set(seeds)
    var frontier = seeds
    var cache: [QuoteRef: ArticleWords] = [:]
    var memo = ArticleWords.Memo()
    func quoteWords(_ r: QuoteRef) -> ArticleWords {
      if let w = cache[r] { return w }
      let w = ArticleWords(text: corpus.articles[r.article].quotes[r.index].text, memo: &memo)
      cache[r] = w
      return w
    }
    var unfollowed = 0
    for round in 0..<2 where !frontier.isEmpty {
      if round == 1 && frontier.count > maximumSecondFrontier {
        unfollowed = frontier.count
        break
      }
      // every seed's candidates are checked in parallel against what was found before this round,
      // then joined in seed order: the same versions, in the same order, as one seed after another
      // (a phrase that hundreds of quotes carry made this minutes on one core)
      let seedWords = frontier.map(quoteWords)
      let known = found
      let candidates = parallelMap(frontier.count) { k -> [QuoteRef] in
        candidateArticles(seedWords[k], words: words, minimumShared: 2).flatMap { a in
          corpus.articles[a].quotes.indices.map { QuoteRef(article: a, index: $0) }.filter { !known.contains($0) }
        }
      }
      for r in Set(candidates.joined()) where cache[r] == nil { _ = quoteWords(r) }
      let texts = cache
      let carried = parallelMap(frontier.count) { k in candidates[k].filter { carries(seedWords[k], texts[$0]!) } }
      var next: [QuoteRef] = []
      for list in carried {
        for r in list where found.insert(r).inserted { next.append(r) }
      }
      frontier = next
    }
    return Trace(versions: variants(found.sorted(), corpus: corpus), unfollowed: unfollowed)
  }

  static func carries(_ x: ArticleWords, _ y: ArticleWords) -> Bool {
    // a reworded quote keeps its skeleton: most words, function words too, in the same order
    // (eight words at least, and a third of its content words among them unless ten words or more
    // stand in the same order: short quotes share `to`, `get`, `this` with anything)
    let (common, commonContent, spread) = lcs(x, y)
    let shorterWords = min(x.count, y.count)
    let shorterContent = min(x.content.filter { $0 }.count, y.content.filter { $0 }.count)
    // (and the shared words close together in the longer one: a cut keeps a stretch of the
    // original; `to`, `the`, `have` and two nouns strewn over a 200-word quotation made every short
    // quote a version of it, and a trace of `total witch hunt` ended at a market strategist's
    // remarks)
    if shorterWords >= 8 && Double(common) >= 0.55 * Double(shorterWords) && commonContent >= 2
      && (Double(commonContent) >= 0.3 * Double(shorterContent) || common >= 10) && spread <= 2 * shorterWords + 4
    {
      return true
    }
    guard let al = WordAlignment.align(x, 0..<x.count, y, 0..<y.count) else { return false }
    var same = 0, content = 0
    for step in al.steps {
      if case .same(let i, _) = step {
        same += 1
        if x.content[i] { content += 1 }
      }
    }
    let shorter = Double(min(x.count, y.count))
    guard same >= 3, content >= 3 else { return false }
    let span = Double(min(al.rangeA.count, al.rangeB.count))
    return Double(same) / shorter >= 0.5 || span / shorter >= 0.5 && Double(same) / span >= 0.4
  }

  /// The longest common subsequence of two word lists: its length, its content words, and how
  /// many words it spans in the longer list.
  static func lcs(_ x: ArticleWords, _ y: ArticleWords) -> (Int, Int, Int) {
    let matched = LongestCommonSubsequence.pairs(x.key, y.key)
    guard let first = matched.first, let last = matched.last else { return (0, 0, 0) }
    let spread = x.count >= y.count ? last.0 - first.0 + 1 : last.1 - first.1 + 1
    return (matched.count, matched.filter { x.content[$0.0] }.count, spread)
  }

  /// Articles with a sentence holding at least `minimumShared` of the text's rarer content stems.
  static func candidateArticles(_ text: ArticleWords, words: CorpusWords, minimumShared: Int) -> [Int] {
    let stems = Set(text.stem.indices.filter { text.content[$0] }.map { text.stem[$0] })
    // the rarest stems say the most; common ones would list half the corpus
    let rare = stems.sorted { (words.postings[$0]?.count ?? 0, $0) < (words.postings[$1]?.count ?? 0, $1) }.prefix(8)
    var hits: [UInt32: Int] = [:]
    for s in rare { for g in words.postings[s] ?? [] { hits[g, default: 0] += 1 } }
    let need = min(minimumShared, rare.count)
    var articles = Set<Int>()
    for (g, n) in hits where n >= need { articles.insert(words.locate(g).article) }
    return articles.sorted()
  }

  static func variants(_ quotes: [QuoteRef], corpus: Corpus) -> [Version] {
    func tokens(_ r: QuoteRef) -> [WordToken] {
      WordTokenizer.tokens(corpus.articles[r.article].quotes[r.index].text).filter { $0.kind != .punctuation }
    }
    let toks = Dictionary(uniqueKeysWithValues: quotes.map { ($0, tokens($0)) })
    let signature = { (r: QuoteRef) in toks[r]!.map(\.baseKey).joined(separator: " ") }
    // variants by their words; the fullest is the one that holds most of the others' words (a
    // longer machine rewording is not fuller than the original it rewords), then the longest
    var groups: [String: [QuoteRef]] = [:]
    for q in quotes { groups[signature(q), default: []].append(q) }
    let members = groups.values.map { $0.sorted() }
    // (each group's words once, as integers: this is groups × groups common subsequences, and
    // comparing strings in them was most of a trace's time)
    var ids: [String: Int] = [:]
    let keys = members.map { group in
      toks[group[0]]!.map { t in
        if let id = ids[t.baseKey] { return id }
        ids[t.baseKey] = ids.count
        return ids.count - 1
      }
    }
    let holds = parallelMap(members.count) { g in
      members.indices.reduce(0) { sum, other in sum + members[other].count * LongestCommonSubsequence.length(keys[g], keys[other]) }
    }
    let ordered = members.indices.sorted { x, y in
      let (cx, cy) = (toks[members[x][0]]!.count, toks[members[y][0]]!.count)
      if holds[x] != holds[y] { return holds[x] > holds[y] }
      return cx != cy ? cx > cy : members[x][0] < members[y][0]
    }.map { members[$0] }
    guard let fullest = ordered.first?.first else { return [] }
    let fullTokens = toks[fullest]!
    let fullSpeaker = corpus.articles[fullest.article].quotes[fullest.index].speaker
    var out: [Version] = []
    for (v, group) in ordered.enumerated() {
      for q in group {
        let (diff, deleted, inserted) = WordDiff.render(from: fullTokens, to: toks[q]!)
        var change = v == 0 ? "fullest" : inserted == 0 && deleted == 0 ? "same" : inserted == 0 ? "cut" : deleted == 0 ? "extended" : "reworded"
        let speaker = corpus.articles[q.article].quotes[q.index].speaker
        if !speaker.isEmpty && !fullSpeaker.isEmpty && speaker != fullSpeaker {
          change += ", attributed to \(speaker)"
        }
        out.append(Version(quote: q, variant: v + 1, change: change, diff: v == 0 ? toks[q]!.map(\.text).joined(separator: " ") : diff))
      }
    }
    return out
  }
}

/// A word diff by longest common subsequence, rendered the way `git diff --word-diff` does.
enum WordDiff {
  /// The words of `to` with the words of `from` it lacks as `[-…-]` and its own as `{+…+}`, and
  /// how many words were deleted and inserted.
  static func render(from a: [WordToken], to b: [WordToken]) -> (String, Int, Int) {
    let x = a.map(\.baseKey), y = b.map(\.baseKey)
    let n = x.count, m = y.count
    let lcs = LongestCommonSubsequence.table(x, y)
    var parts: [String] = []
    var gone: [String] = [], new: [String] = []
    var deleted = 0, inserted = 0
    func flush() {
      if !gone.isEmpty { parts.append("[-" + gone.joined(separator: " ") + "-]") }
      if !new.isEmpty { parts.append("{+" + new.joined(separator: " ") + "+}") }
      gone.removeAll()
      new.removeAll()
    }
    var i = 0, j = 0
    while i < n || j < m {
      if i < n && j < m && x[i] == y[j] {
        flush()
        parts.append(b[j].text)
        i += 1
        j += 1
      } else if j < m && (i == n || lcs[i, j + 1] >= lcs[i + 1, j]) {
        new.append(b[j].text)
        inserted += 1
        j += 1
      } else {
        gone.append(a[i].text)
        deleted += 1
        i += 1
      }
    }
    flush()
    return (parts.joined(separator: " "), deleted, inserted)
  }
}
