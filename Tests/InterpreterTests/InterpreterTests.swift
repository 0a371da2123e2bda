import ArticleModel
import QueryLanguage
import SeedCorpus
import Testing

@testable import Interpreter

@Suite struct InterpreterTests {
  static let corpus = CorpusLoader.load(name: "default", files: SeedCorpus.files)

  func table(_ line: String, _ interpreter: inout Interpreter) throws -> ResultTable {
    guard case .table(let t) = try interpreter.execute(line: line) else {
      Issue.record("no table for \(line)")
      return ResultTable(kind: "", columns: [])
    }
    return t
  }

  /// A column as output shows it (row numbers included).
  func column(_ t: ResultTable, _ key: String) -> [String] {
    let shown = t.materialized()
    return shown.rows.map { shown.value($0, key).description }
  }

  @Test func speakerMatchesLoosely() throws {
    var i = Interpreter(corpus: Self.corpus)
    for name in ["Earnest", "Mr. Earnest", "josh earnest", "Josh Earnest"] {
      let t = try table("find quote where speaker = \"\(name)\"", &i)
      #expect(column(t, "speaker") == Array(repeating: "Josh Earnest", count: 4), "\(name)")
      #expect(column(t, "article") == ["001", "001", "003", "003"])
      #expect(column(t, "n") == ["1", "2", "3", "4"])
    }
    #expect(try table(#"find quote where speaker = "Earn""#, &i).rows.isEmpty)  // whole words only
  }

  @Test func conditionsCombine() throws {
    var i = Interpreter(corpus: Self.corpus)
    let t = try table(#"find quote where (speaker = "Kerry" or speaker = "Putin") and not partial and article in ("001", 4)"#, &i)
    #expect(Set(column(t, "article")) == ["001", "004"])
    #expect(t.rows.allSatisfy { t.value($0, "partial") == .bool(false) })
    #expect(Set(column(t, "speaker")) == ["John Kerry", "Vladimir Putin"])
    let regex = try table(#"find sentence where text ~ "^Kerry (met|meets)""#, &i)
    #expect(column(regex, "article") == ["002"])
    let ordered = try table("find article where words > 400 order by words desc limit 2", &i)
    #expect(column(ordered, "article") == ["002", "004"])
  }

  @Test func countGroupsAndSortsByCount() throws {
    var i = Interpreter(corpus: Self.corpus)
    let t = try table("count quote by speaker", &i)
    #expect(t.columns.map(\.key) == ["speaker", "count"])
    #expect(t.rows.first == [.string("John Kerry"), .int(6)])
    let total = t.rows.reduce(0) { if case .int(let n) = $1[1] { return $0 + n } else { return $0 } }
    #expect(total == Self.corpus.articles.reduce(0) { $0 + $1.quotes.count })
  }

  @Test func keptResultsAndLast() throws {
    var i = Interpreter(corpus: Self.corpus)
    guard case .text(let message) = try i.execute(line: #"Q = find quote where speaker = "Kerry""#) else {
      Issue.record("assignment prints a line")
      return
    }
    #expect(message == "Q: 6 quotes")
    let byArticle = try table("count Q by article", &i)
    #expect(byArticle.rows.first == [.string("004"), .int(4)])
    let partial = try table("find Q where partial", &i)
    #expect(partial.rows.count == 4)
    let last = try table("show last", &i)
    #expect(last.rows.count == 4)
    #expect(throws: QueryError.self) { try i.execute(line: "show Nope") }
  }

  @Test func compareFindsTheHeadquartersParagraph() throws {
    var i = Interpreter(corpus: Self.corpus)
    let t = try table(#"compare 001 004 on "joint center""#, &i)
    let best = t.rows.filter { t.value($0, "rank") == .int(1) }
    #expect(best.map { t.value($0, "article").description } == ["001", "004"])
    #expect(best.map { t.value($0, "paragraph") } == [.int(3), .int(15)])
    #expect(t.layout == .sideBySide)
    // only 004 names Aleppo: with one article to learn from, the topic is not widened
    let absent = try table(#"compare 001 004 on "Aleppo""#, &i)
    #expect(absent.notes.first == #"001: no passage on "Aleppo""#)
    #expect(column(absent, "article") == ["004"])
  }

  @Test func semanticErrors() {
    var i = Interpreter(corpus: Self.corpus)
    do {
      _ = try i.execute(line: #"find quote where speakr = "x""#)
      Issue.record("no error")
    } catch {
      #expect(error.message == "quote has no field 'speakr'")
      #expect(error.notes.first == "did you mean 'speaker'?")
      #expect(error.range?.column == 18)
    }
    do {
      _ = try i.execute(line: "show 009")
      Issue.record("no error")
    } catch {
      #expect(error.message == "no article with id '009'")
      #expect(error.notes.last == "articles: 000, 001, 002, 003, 004")
    }
  }

  @Test func cancellationStopsALongQuery() {
    var i = Interpreter(corpus: Self.corpus)
    i.isCancelled = { true }
    #expect(throws: QueryError("interrupted")) { try i.execute(line: #"find sentence where text contains "x""#) }
  }

  @Test func emptyResultSuggestsTheName() throws {
    var i = Interpreter(corpus: Self.corpus)
    let t = try table(#"find quote where speaker = "Earnst""#, &i)
    #expect(t.rows.isEmpty)
    #expect(t.notes == [#"no speaker matches "Earnst"; did you mean 'Earnest'?"#])
  }
}
