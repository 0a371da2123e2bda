import Foundation
import Testing

@testable import Notebook

/// Every transcript in queries/ and sessions/ is a golden test: replayed, its output must be the
/// recorded output line for line.
@Suite struct GoldenTranscriptTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var transcripts: [String] {
    ["queries", "sessions"].flatMap { folder -> [String] in
      let dir = root.appendingPathComponent(folder).path
      let files = (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String]) ?? []
      return files.filter { $0.hasSuffix(".dq") }.sorted().map { "\(folder)/\($0)" }
    }
  }

  @Test func thereAreGoldenFilesInBothFolders() {
    #expect(Self.transcripts.contains { $0.hasPrefix("queries/") })
    #expect(Self.transcripts.contains { $0.hasPrefix("sessions/") })
  }

  @Test(arguments: transcripts)
  func replayMatchesTheRecording(_ file: String) {
    var runner = ScriptRunner(corpus: nil)
    let report = runner.check([Self.root.appendingPathComponent(file).path], bless: false)
    #expect(report.checked == 1)
    #expect(report.failed.isEmpty, "\(report.messages.joined(separator: "\n"))")
  }
}
