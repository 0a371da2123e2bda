import ArticleModel
import QueryLanguage
import SeedCorpus
import Testing

@testable import Interpreter

/// The indexes only narrow the rows a condition is checked on, so every query must give exactly
/// what a scan of all rows gives: names whole and in part, substrings cut anywhere in a word,
/// across words, with curly apostrophes, diacritics and case changed, and in and/or/not.
@Suite struct TableIndexTests {
  static let corpus = CorpusLoader.load(name: "default", files: SeedCorpus.files)

  func scan(_ kind: String, _ condition: String) throws -> [[Value]] {
    let base: ResultTable
    switch kind {
    case "quote": base = EntityTables.quotes(Self.corpus)
    case "sentence": base = EntityTables.sentences(Self.corpus)
    case "paragraph": base = EntityTables.paragraphs(Self.corpus)
    default: base = EntityTables.mentions(Self.corpus)
    }
    guard case .query(.find(_, let filter?, _, _)) = try Parser.parse("find \(kind) where \(condition)") else { return [] }
    let c = try Condition(filter, table: base)
    return base.rows.filter { c.matches($0, filter) }
  }

  func indexed(_ kind: String, _ condition: String, _ interpreter: inout Interpreter) throws -> [[Value]] {
    guard case .table(let t) = try interpreter.execute(line: "find \(kind) where \(condition)") else { return [] }
    return t.droppingRowNumbers().rows
  }

  @Test func indexedFindsEqualScans() throws {
    var interpreter = Interpreter(corpus: Self.corpus)
    var conditions = [
      #"speaker = "Earnest""#, #"speaker = "Mr. Kerry""#, #"speaker = "josh earnest""#, #"speaker = "Assad""#,
      #"speaker = "Nobody Atall""#, #"text contains "near-term steps""#, #"text contains "TERM STEP""#,
      #"text contains "we’ve""#, #"text contains "ear""#, #"text contains "e""#, #"text contains "Assad regime""#,
      #"text contains "ssad reg""#, #"text contains ", near""#, #"text contains "U.S. and""#,
      #"speaker = "Kerry" and text contains "progress""#, #"speaker = "Putin" or speaker = "Lavrov""#,
      #"speaker = "Kerry" and not text contains "Syria""#, #"text contains "Syria" or article = "001""#,
      #"text contains "régime""#, #"text contains "280,0""#,
    ]
    // substrings cut at random places out of the seeds' sentences
    var rng = SplitMix(seed: 11)
    let sentences = Self.corpus.articles.flatMap { a in a.sentences.map(a.text(of:)) }
    for _ in 0..<150 {
      let s = Array(sentences[Int(rng.next() % UInt64(sentences.count))])
      guard s.count > 4 else { continue }
      let start = Int(rng.next() % UInt64(s.count - 3))
      let length = 1 + Int(rng.next() % UInt64(min(25, s.count - start)))
      let piece = String(s[start..<(start + length)]).replacingOccurrences(of: "\"", with: "")
      guard !piece.isEmpty else { continue }
      conditions.append("text contains \"\(piece)\"")
    }
    for condition in conditions {
      for kind in ["quote", "sentence", "paragraph"] where !(kind != "quote" && condition.hasPrefix("speaker")) {
        let expected = try scan(kind, condition)
        let got = try indexed(kind, condition, &interpreter)
        #expect(got == expected, "find \(kind) where \(condition): \(got.count) rows, a scan finds \(expected.count)")
      }
    }
    // rows a one-word name gives are taken without a check: each column `=` reads, and only those
    for (kind, condition) in [
      ("mention", #"person = "Kerry""#), ("mention", #"entity = "Russia""#), ("mention", #"person = "John""#),
      ("quote", #"speaker_as_written = "he""#), ("quote", #"speaker = "he""#), ("quote", #"speaker = "Kerry" or speaker = "Earnest""#),
      ("quote", #"speaker = "Kerry" and speaker_as_written = "Mr. Kerry""#), ("quote", #"speaker = "President""#),
    ] {
      let expected = try scan(kind, condition)
      #expect(try indexed(kind, condition, &interpreter) == expected, "find \(kind) where \(condition)")
      #expect(!expected.isEmpty || condition.contains("President"), "find \(kind) where \(condition) finds nothing: the check proves nothing")
    }
  }
}

extension TableIndexTests {
  /// `count KIND by F` without a filter adds up cached column codes; with a filter that keeps
  /// every row it groups the rows themselves: both must give the same table, twice over.
  @Test func countFromCodesEqualsCountFromRows() throws {
    var i = Interpreter(corpus: Self.corpus)
    for (kind, field) in [("quote", "speaker"), ("quote", "article"), ("mention", "kind"), ("sentence", "paragraph")] {
      guard case .table(let fast) = try i.execute(line: "count \(kind) by \(field)"),
        case .table(let again) = try i.execute(line: "count \(kind) by \(field)"),
        case .table(let slow) = try i.execute(line: "count \(kind) where paragraph > 0 by \(field)")
      else { return }
      #expect(fast.rows == slow.rows && again.rows == fast.rows, "count \(kind) by \(field)")
    }
  }
}
