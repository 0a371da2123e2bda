import Testing

@testable import ArticleModel

/// Reuse, similarity, quote tracing, concordance and unique sentences on the seeds, where the
/// answers are known: 002 is a machine paraphrase of a Reuters report, 001 and 004 print Putin's
/// and Kerry's words verbatim, and Kirby's "concrete, near-term steps" travels through three outlets.
@Suite struct ReadingTests {
  static let corpus = Seeds.corpus
  static let words = CorpusWords(corpus: corpus)
  func position(_ id: String) -> Int { Self.corpus.position(of: id)! }

  func text(_ id: String, _ range: Range<Int>) -> String {
    let w = Self.words.articles[position(id)]
    return range.map { i in
      let p = Self.corpus[id]!.text(ofParagraph: Int(w.paragraph[i]))
      return String(decoding: Array(p.utf8)[w.range[i]], as: UTF8.self)
    }.joined(separator: " ")
  }

  @Test func alignmentOfACopyIsIdentical() {
    let a = ArticleWords(text: "Kerry met Putin for three hours at the Kremlin on Thursday")
    let al = WordAlignment.align(a, 0..<a.count, a, 0..<a.count)
    #expect(al?.identical == 1)
    #expect(al?.rangeA == 0..<a.count)
    let b = ArticleWords(text: "The weather in Lisbon stayed mild all week, the forecast said")
    #expect((WordAlignment.align(a, 0..<a.count, b, 0..<b.count)?.sameCount ?? 0) <= 1)
  }

  @Test func reuseFindsTheRewordedQuote() {
    let pair = ReuseFinder.pair(position("000"), position("002"), words: Self.words)
    let reworded = pair.passages.first { text("002", $0.rangeB).contains("truant") }
    #expect(reworded != nil)
    if let reworded {
      #expect(text("000", reworded.rangeA).contains("absent concrete"))
      #expect(reworded.alignment.steps.contains(.reworded(reworded.rangeA.lowerBound + 3, reworded.rangeB.lowerBound + 3)))
      #expect(reworded.alignment.identical < 0.8)
    }
    #expect(pair.shareA > 0 && pair.shareA < 0.3)
  }

  @Test func reuseFindsTheVerbatimQuotes() {
    let pair = ReuseFinder.pair(position("001"), position("004"), words: Self.words)
    let putin = pair.passages.first { text("001", $0.rangeA).contains("headway") }
    #expect(putin != nil)
    #expect((putin?.alignment.identical ?? 0) > 0.7)
    #expect(pair.shareA > pair.shareB)  // 004 is twice as long
    // unrelated passages are not reuse: every passage has words in common
    #expect(pair.passages.allSatisfy { $0.alignment.sameCount >= 4 })
  }

  @Test func minHashProposesThePairThatSharesMost() {
    let candidates = MinHashIndex.candidates(words: Self.words)
    #expect(candidates.contains { $0.a == position("001") && $0.b == position("004") })
    #expect(candidates.allSatisfy { $0.a < $0.b })
  }

  @Test func similarRanksOthersNeverItself() {
    let similar = SimilarArticles(words: Self.words)
    for a in 0..<Self.corpus.articles.count {
      let ranked = similar.ranked(a, limit: 10)
      #expect(ranked.count == 4)
      #expect(!ranked.contains { $0.article == a })
      #expect(ranked.allSatisfy { $0.score > 0 && $0.score <= 1 })
      #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.score >= $1.score })
    }
  }

  @Test func traceFollowsNearTermStepsThroughThreeOutlets() {
    let seeds = QuoteTracer.seeds(phrase: "near-term steps", corpus: Self.corpus, words: Self.words)
    let versions = QuoteTracer.trace(seeds, corpus: Self.corpus, words: Self.words).versions
    let ids = Set(versions.map { Self.corpus.articles[$0.quote.article].id })
    #expect(ids == ["000", "002", "004"])
    #expect(versions.first?.change == "fullest")
    #expect(versions.contains { $0.change.hasPrefix("reworded") && $0.diff.contains("{+truant+}") })
    #expect(versions.contains { $0.change.hasPrefix("cut") })
  }

  @Test func traceOfPutinsWordsFindsTheParaphrase() {
    let a = position("001")
    let i = Self.corpus.articles[a].quotes.firstIndex { $0.text.contains("headway") }!
    let versions = QuoteTracer.trace([.init(article: a, index: i)], corpus: Self.corpus, words: Self.words).versions
    let byArticle = Dictionary(versions.map { (Self.corpus.articles[$0.quote.article].id, $0) }, uniquingKeysWith: { x, _ in x })
    #expect(Set(byArticle.keys) == ["001", "002", "004"])
    #expect(byArticle["001"]?.variant == 1 && byArticle["004"]?.variant == 1)
    #expect(byArticle["002"]?.change == "reworded")
    #expect(byArticle["002"]?.diff.contains("[-hope-] {+trust+}") == true)
  }

  @Test func wordDiffMarksWhatChanged() {
    let a = WordTokenizer.tokens("diplomatic efforts could not continue").filter { $0.kind != .punctuation }
    let b = WordTokenizer.tokens("political efforts could not go on").filter { $0.kind != .punctuation }
    let (diff, deleted, inserted) = WordDiff.render(from: a, to: b)
    #expect(diff == "[-diplomatic-] {+political+} efforts could not [-continue-] {+go on+}")
    #expect(deleted == 2 && inserted == 3)
  }

  @Test func concordanceFindsEveryNusra() {
    let lines = Concordance.lines("Nusra", width: 20, corpus: Self.corpus, words: Self.words)
    let total = Self.corpus.articles.reduce(0) { n, a in
      n + a.paragraphs.reduce(0) { (k: Int, p: Paragraph) in k + a.text(of: p).components(separatedBy: "Nusra").count - 1 }
    }
    #expect(lines.count == total)
    #expect(lines.allSatisfy { $0.match == "Nusra" && $0.left.count <= 20 && $0.right.count <= 20 })
    #expect(Concordance.lines("joint operation", width: 20, corpus: Self.corpus, words: Self.words).map(\.match) == ["Joint Operation"])
  }

  @Test func uniqueSentencesAreThoseNobodyElseCarries() {
    let a = position("004")
    let others = Set(Self.corpus.articles.indices).subtracting([a])
    let unique = UniqueSentences.find(a, cluster: others, words: Self.words)
    #expect(!unique.isEmpty)
    #expect(unique.allSatisfy { $0.overlap < 0.5 })
    // Putin's quote is printed in 001 too, so it is not unique to 004
    let article = Self.corpus.articles[a]
    let putin = article.sentences.firstIndex { article.text(of: $0).contains("headway") }!
    #expect(!unique.contains { $0.sentence == putin })
    // against no other article, every sentence long enough is unique
    #expect(UniqueSentences.find(a, cluster: [], words: Self.words).count > unique.count)
  }
}
