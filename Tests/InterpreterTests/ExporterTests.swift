import ArticleModel
import Foundation
import QueryLanguage
import SeedCorpus
import Testing

@testable import Interpreter

/// `export … to FILE` writes the rows `find` gives, every field, in the format the extension names,
/// and never leaves a half-written file.
@Suite struct ExporterTests {
  static let corpus = CorpusLoader.load(name: "default", files: SeedCorpus.files)

  func folder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func exportsWhatFindGives() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    var i = Interpreter(corpus: Self.corpus)
    let path = dir.appendingPathComponent("kerry.jsonl").path
    guard case .text(let summary) = try i.execute(line: "export quotes where speaker = \"Kerry\" to \(path)") else {
      Issue.record("no summary")
      return
    }
    guard case .table(let found) = try i.execute(line: "find quote where speaker = \"Kerry\"") else { return }
    #expect(summary == "exported \(found.rows.count) quotes to \(path)")
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == found.rows.count)
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(first?["speaker"] as? String == "John Kerry")
    #expect(Set(first?.keys.map { $0 } ?? []) == Set(found.droppingRowNumbers().columns.map(\.key)))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["kerry.jsonl"])  // no temporary left
  }

  @Test func csvAndJsonAndQuotedPaths() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    var i = Interpreter(corpus: Self.corpus)
    let csv = dir.appendingPathComponent("with space.csv").path
    _ = try i.execute(line: "export articles to \"\(csv)\"")
    let text = try String(contentsOfFile: csv, encoding: .utf8)
    #expect(text.hasPrefix("article,outlet,date,title"))
    #expect(text.components(separatedBy: "\r\n").count == Self.corpus.articles.count + 2)
    let json = dir.appendingPathComponent("m.json").path
    _ = try i.execute(line: "export mentions where kind = \"place\" to \(json)")
    let array = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [[String: Any]]
    #expect((array?.count ?? 0) > 0 && array!.allSatisfy { $0["kind"] as? String == "place" })
  }

  @Test func refusals() throws {
    var i = Interpreter(corpus: Self.corpus)
    #expect(throws: QueryError.self) { try i.execute(line: "export quotes to quotes.txt") }
    #expect(throws: QueryError.self) { try i.execute(line: "export quotes to /nonexistent-folder/q.jsonl") }
    #expect(throws: QueryError.self) { try i.execute(line: "export quotes limit 2 to q.jsonl") }
    #expect(throws: QueryError.self) { try i.execute(line: "export quotes") }
    #expect(throws: QueryError.self) { try i.execute(line: "export to q.jsonl") }
  }

  @Test func parsesTheRestOfTheLineAsThePath() throws {
    let s = try Parser.parse(#"export quote where text contains "to go to war" to out/war quotes.csv"#)
    guard case .query(.export(let source, let filter, let path)) = s else {
      Issue.record("not an export: \(s)")
      return
    }
    #expect(source == .kind(Located(.quote, SourceRange(column: 8, length: 5))))
    #expect(filter != nil)
    #expect(path.value == "out/war quotes.csv")
  }
}
