import ArticleModel
import QueryLanguage

/// Reading across articles: who copied or reworded whom (reuse), which articles tell the same
/// story (similar), how a quotation changed on its way (trace), a word in its contexts (kwic) and
/// what only one outlet reported (unique).
extension Interpreter {
  mutating func reuse(_ target: ReuseTarget) throws(QueryError) -> ResultTable {
    switch target {
    case .pair(let x, let y):
      let a = try article(x), b = try article(y)
      guard a.id != b.id else { throw QueryError("an article shares everything with itself: name two different articles", at: y.range) }
      let w = try words()
      let pair = ReuseFinder.pair(corpus.position(of: a.id)!, corpus.position(of: b.id)!, words: w)
      return reuseTable(pair, words: w)
    case .all:
      return try reuseAll()
    }
  }

  /// One row per shared passage, both sides with the words that differ marked.
  func reuseTable(_ pair: ReuseFinder.Pair, words w: CorpusWords) -> ResultTable {
    let (a, b) = (corpus.articles[pair.a], corpus.articles[pair.b])
    var t = ResultTable(
      kind: "shared passage",
      columns: [
        .init("article_a"), .init("paragraph_a"), .init("words_a"), .init("article_b"), .init("paragraph_b"),
        .init("words_b"), .init("identical"), .init("text_a", inTable: false), .init("text_b", inTable: false),
        .init("marked_a", header: a.id), .init("marked_b", header: b.id),
      ],
      layout: .pairs)
    for p in pair.passages {
      var differA: Set<Int> = [], differB: Set<Int> = []
      for step in p.alignment.steps {
        switch step {
        case .same: break
        case .reworded(let i, let j): differA.insert(i); differB.insert(j)
        case .onlyA(let i): differA.insert(i)
        case .onlyB(let j): differB.insert(j)
        }
      }
      let sa = Self.span(a, w.articles[pair.a], p.rangeA, marking: differA)
      let sb = Self.span(b, w.articles[pair.b], p.rangeB, marking: differB)
      t.rows.append([
        .string(a.id), .string(sa.paragraphs), .int(p.rangeA.count), .string(b.id), .string(sb.paragraphs),
        .int(p.rangeB.count), .double((p.alignment.identical * 100).rounded() / 100), .string(sa.text),
        .string(sb.text), .string(sa.marked), .string(sb.marked),
      ])
    }
    if pair.passages.isEmpty {
      t.notes.append("\(a.id) and \(b.id) share no passage of \(ReuseFinder.minimumWords) words or more")
    } else {
      t.notes.append("shared passages cover \(Self.percent(pair.shareA)) of \(a.id) and \(Self.percent(pair.shareB)) of \(b.id); *marked* words differ")
    }
    return t
  }

  /// The text of word positions `range` of an article, paragraphs joined with ¶, and the same with
  /// the words at `marking` marked.
  static func span(_ article: Article, _ aw: ArticleWords, _ range: Range<Int>, marking: Set<Int>) -> (text: String, marked: String, paragraphs: String) {
    var pieces: [(String, String)] = []
    var numbers: [Int] = []
    var k = range.lowerBound
    while k < range.upperBound {
      let p = aw.paragraph[k]
      var end = k
      while end + 1 < range.upperBound && aw.paragraph[end + 1] == p { end += 1 }
      let text = article.text(ofParagraph: Int(p))
      let from = aw.range[k].lowerBound, to = aw.range[end].upperBound
      let piece = String(decoding: Array(text.utf8)[from..<to], as: UTF8.self)
      let marks = (k...end).filter { marking.contains($0) }.map { (aw.range[$0].lowerBound - from)..<(aw.range[$0].upperBound - from) }
      pieces.append((piece, Marking.mark(piece, marks)))
      numbers.append(Int(p))
      k = end + 1
    }
    let label = numbers.count > 1 ? "\(numbers.first!)–\(numbers.last!)" : numbers.first.map(String.init) ?? ""
    return (pieces.map(\.0).joined(separator: " ¶ "), pieces.map(\.1).joined(separator: " ¶ "), label)
  }

  static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded())) %" }

  /// `reuse all` lists the pairs whose shared passages cover this share of either article.
  static let listedShare = 0.2

  /// Every pair of articles with substantial reuse: MinHash/LSH proposes, the alignment decides.
  mutating func reuseAll() throws(QueryError) -> ResultTable {
    let w = try words()
    let proposed = MinHashIndex.candidates(words: w, stop: isCancelled)
    if isCancelled() { throw QueryError("interrupted") }
    // a pair whose shared passages cover a fifth of the shorter article shares about a fifth of its
    // sentences; fewer than a tenth meeting in the buckets is formula, not worth an alignment
    let sentences = { (a: Int) in w.articles[a].sentenceStart.count - 1 }
    let candidates = proposed.filter { Double($0.hits) >= 0.1 * Double(max(min(sentences($0.a), sentences($0.b)), 1)) }
    var t = ResultTable(
      kind: "reuse pair",
      columns: [
        .init("article_a"), .init("article_b"), .init("passages"), .init("share_a"), .init("share_b"),
        .init("identical"), .init("outlet_a"), .init("outlet_b"), .init("hits", inTable: false),
      ])
    var rows: [(Double, [Value])] = []
    let stop = isCancelled
    let pairs = parallelMap(candidates.count) { k in
      stop() ? nil : ReuseFinder.pair(candidates[k].a, candidates[k].b, words: w, minimumShare: Self.listedShare, stop: stop)
    }
    if isCancelled() { throw QueryError("interrupted") }
    for (pair, candidate) in zip(pairs, candidates) {
      guard let pair, max(pair.shareA, pair.shareB) >= Self.listedShare else { continue }
      let (a, b) = (pair.a, pair.b)
      let words = pair.passages.reduce(0) { $0 + $1.rangeA.count + $1.rangeB.count }
      let same = pair.passages.reduce(0) { $0 + 2 * $1.alignment.sameCount }
      let (x, y) = (corpus.articles[a], corpus.articles[b])
      rows.append((max(pair.shareA, pair.shareB), [
        .string(x.id), .string(y.id), .int(pair.passages.count), .double((pair.shareA * 100).rounded() / 100),
        .double((pair.shareB * 100).rounded() / 100), .double(words == 0 ? 0 : (Double(same) / Double(words) * 100).rounded() / 100),
        .string(x.metadata.outlet), .string(y.metadata.outlet), .int(candidate.hits),
      ]))
    }
    t.rows = rows.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1[0].description + $0.1[1].description < $1.1[0].description + $1.1[1].description }.map(\.1)
    let n = corpus.articles.count
    t.notes.append("\(n * (n - 1) / 2) pairs of articles, \(proposed.count) proposed by MinHash/LSH, \(pairs.count { $0 != nil }) aligned; listed: pairs whose shared passages cover \(Self.percent(Self.listedShare)) of either article; reuse A B shows the passages")
    return t
  }

  mutating func similar(_ id: Located<String>, limit: Int?) throws(QueryError) -> ResultTable {
    let a = try article(id)
    let ranked = try similarity().ranked(corpus.position(of: a.id)!, limit: limit ?? 10)
    var t = ResultTable(kind: "similar article", columns: [.init("article"), .init("score"), .init("outlet"), .init("date"), .init("title")])
    for (other, score) in ranked {
      let o = corpus.articles[other]
      t.rows.append([.string(o.id), .double((score * 1000).rounded() / 1000), .string(o.metadata.outlet), .string(o.metadata.date), .string(o.metadata.title)])
    }
    if ranked.isEmpty { t.notes.append("no other article shares content words with \(a.id)") }
    return t
  }

  mutating func trace(_ target: TraceTarget) throws(QueryError) -> ResultTable {
    let w = try words()
    var seeds: [QuoteTracer.QuoteRef] = []
    var what = ""
    switch target {
    case .quote(let n):
      let last = try numberedQuotes()
      guard n.value >= 1 && n.value <= last.rows.count else {
        throw QueryError("there is no quote \(n.value): the quotes of the last quote result are numbered 1 to \(last.rows.count)", at: n.range,
          notes: ["find quote where speaker = \"Putin\" numbers a speaker's quotes; trace quote 1 follows the first"])
      }
      let row = last.rows[n.value - 1]
      guard let ref = quoteRef(row, in: last) else { throw QueryError("quote \(n.value) is not in the corpus any more", at: n.range) }
      seeds = [ref]
      what = "quote \(n.value)"
    case .phrase(let phrase):
      guard !PassageMatcher.stems(phrase.value).isEmpty else {
        throw QueryError("the phrase has no content words to trace: add a noun or a verb", at: phrase.range)
      }
      seeds = QuoteTracer.seeds(phrase: phrase.value, corpus: corpus, words: w)
      what = "\"\(phrase.value)\""
    }
    let traced = QuoteTracer.trace(seeds, corpus: corpus, words: w)
    let versions = traced.versions
    var t = ResultTable(
      kind: "version",
      columns: [
        .init("variant"), .init("article"), .init("paragraph"), .init("outlet"), .init("speaker", matching: .name),
        .init("change"), .init("text", inTable: false), .init("diff", header: "quote"),
      ])
    for v in versions {
      let a = corpus.articles[v.quote.article]
      let q = a.quotes[v.quote.index]
      t.rows.append([
        .int(v.variant), .string(a.id), .int(q.paragraph), .string(a.metadata.outlet), .string(q.speaker),
        .string(v.change), .string(q.text), .string(v.diff),
      ])
    }
    if versions.isEmpty {
      t.notes.append("no quotation contains \(what); find sentence where text contains \(what) looks outside quotes")
    } else {
      t.notes.append("variant 1 is the fullest; [-words-] are in it and not here, {+words+} are here and not in it")
    }
    if traced.unfollowed > 0 {
      t.notes.append(
        "\(what) is in many quotations: the \(traced.unfollowed) versions the first round found were not followed further (over \(QuoteTracer.maximumSecondFrontier)); trace a longer phrase of the one quotation to find its versions through other versions")
    }
    return t
  }

  /// The quote a row of a quote result stands for.
  func quoteRef(_ row: [Value], in table: ResultTable) -> QuoteTracer.QuoteRef? {
    guard let a = corpus.position(of: table.value(row, "article").description) else { return nil }
    let text = table.value(row, "text").description
    let paragraph = table.value(row, "paragraph")
    let quotes = corpus.articles[a].quotes
    guard let i = quotes.firstIndex(where: { $0.text == text && (paragraph == .null || .int($0.paragraph) == paragraph) }) else { return nil }
    return QuoteTracer.QuoteRef(article: a, index: i)
  }

  mutating func kwic(_ term: Located<String>, width: Int?, sort: ContextSide?) throws(QueryError) -> ResultTable {
    guard ArticleWords(text: term.value).count > 0 else {
      throw QueryError("kwic needs a word to look for", at: term.range)
    }
    var lines = Concordance.lines(term.value, width: width ?? 40, corpus: corpus, words: try words(), stop: isCancelled)
    if isCancelled() { throw QueryError("interrupted") }
    switch sort {
    case .left?:
      // by the word nearest the match, then the one before it (reading the left context backwards)
      let keys = lines.map { l in WordTokenizer.tokens(l.left).filter { $0.kind != .punctuation }.reversed().map(\.key) }
      lines = zip(lines, keys).sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
    case .right?:
      let keys = lines.map { l in WordTokenizer.tokens(l.right).filter { $0.kind != .punctuation }.map(\.key) }
      lines = zip(lines, keys).sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
    case nil: break
    }
    var t = ResultTable(
      kind: "line", columns: [.init("article"), .init("paragraph"), .init("left"), .init("match"), .init("right")],
      layout: .concordance)
    for l in lines {
      t.rows.append([.string(corpus.articles[l.article].id), .int(l.paragraph), .string(l.left), .string(l.match), .string(l.right)])
    }
    return t
  }

  mutating func unique(_ id: Located<String>) throws(QueryError) -> ResultTable {
    let a = try article(id)
    let position = corpus.position(of: a.id)!
    var cluster = Set(corpus.articles.indices)
    var scope = "every other article (the corpus has no clusters: a MANIFEST.tsv with a cluster_id column gives them)"
    let c = a.metadata.cluster
    if !c.isEmpty {
      cluster = Set(corpus.articles.indices.filter { corpus.articles[$0].metadata.cluster == c })
      scope = "the other \(cluster.count - 1) articles of its cluster, \(c)"
    }
    cluster.remove(position)
    let w = try words()
    var t = ResultTable(
      kind: "sentence",
      columns: [.init("article"), .init("paragraph"), .init("closest"), .init("overlap"), .init("text", header: "sentence")])
    for f in UniqueSentences.find(position, cluster: cluster, words: w) {
      let s = a.sentences[f.sentence]
      t.rows.append([
        .string(a.id), .int(s.paragraph), .string(f.closest.map { corpus.articles[$0.article].id } ?? ""),
        .double(f.overlap), .string(a.text(of: s)),
      ])
    }
    t.notes.append("sentences of \(a.id) found nowhere else, compared with \(scope); overlap: the share of the sentence's content words that its closest sentence elsewhere holds")
    return t
  }
}
