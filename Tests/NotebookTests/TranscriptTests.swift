import Foundation
import Testing

@testable import Notebook

@Suite struct TranscriptTests {
  @Test func parsesHeaderCommandsAndOutput() {
    let t = Transcript(parsing: "# dossier 0.1 · corpus: default (5 articles) · 2026-11-22 10:15 UTC\ndossier> list outlets\noutlet  articles\nx  1\n\ndossier> .note hello\n")
    #expect(t.header.count == 1)
    #expect(t.corpusName == "default")
    #expect(t.entries == [
      .init(command: "list outlets", output: ["outlet  articles", "x  1"]),
      .init(command: ".note hello", output: []),
    ])
  }

  @Test func plainScriptIsOneCommandPerLine() {
    let t = Transcript(parsing: "# my script\nlist articles\n\n-- a comment line is a command the parser skips\nfind quote limit 1\n")
    #expect(t.entries.map(\.command) == ["list articles", "-- a comment line is a command the parser skips", "find quote limit 1"])
  }

  @Test func crlfInOutputSurvivesTheRoundTrip() {
    let text = "# h\ndossier> .format csv\ndossier> x\na,b\r\n1,2\r\n"
    let t = Transcript(parsing: text)
    #expect(t.entries[1].output == ["a,b\r", "1,2\r"])
    #expect(t.text == text)
  }

  @Test func unifiedDiff() {
    let d = UnifiedDiff.diff(expected: ["a", "b", "c"], actual: ["a", "x", "c"], fromName: "old", toName: "new")
    #expect(d == "--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+x\n c")
  }

  @Test func checkReportsADifferenceAndBlessRewrites() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("t.dq").path
    try Data("# header kept\ndossier> list outlets\nwrong output\n".utf8).write(to: URL(fileURLWithPath: file))
    var runner = ScriptRunner(corpus: nil)
    let failed = runner.check([file], bless: false)
    #expect(failed.failed == [file])
    #expect(failed.messages.first?.contains("-wrong output") == true)
    #expect(failed.messages.first?.contains("+PanARMENIAN.Net") == true)
    let blessed = runner.check([file], bless: true)
    #expect(blessed.failed.isEmpty)
    let again = runner.check([file], bless: false)
    #expect(again.failed.isEmpty)
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.hasPrefix("# header kept\ndossier> list outlets\noutlet"))
  }
}
