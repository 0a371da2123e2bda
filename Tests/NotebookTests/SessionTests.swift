import ArticleModel
import Foundation
import SeedCorpus
import Testing

@testable import Notebook

@Suite struct SessionTests {
  static let corpus = CorpusLoader.load(name: "default", files: SeedCorpus.files)

  func temporaryFolder() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-session-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func transcriptIsWrittenAsItGoes() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let session = Session(corpus: Self.corpus, corpusLabel: "default")
    #expect(session.startTranscript(folder: dir) == nil)
    _ = session.execute(#"find quote where speaker = "Earnest"   "#)
    // read back before the session ends: the command is already on disk
    let path = try #require(session.transcriptPath)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let t = Transcript(parsing: text)
    #expect(t.corpusName == "default")
    #expect(t.entries.first?.command == #"find quote where speaker = "Earnest""#)
    #expect(t.entries.first?.output.last == "4 quotes")
  }

  @Test func saveRenamesAndNeverOverwritesWithoutForce() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Data("someone else's".utf8).write(to: URL(fileURLWithPath: dir + "/taken.dq"))
    let session = Session(corpus: Self.corpus, corpusLabel: "default")
    _ = session.startTranscript(folder: dir)
    let refused = session.execute(".save taken")
    #expect(refused.aside.contains("already exists"))
    #expect(try String(contentsOfFile: dir + "/taken.dq", encoding: .utf8) == "someone else's")
    let saved = session.execute(".save mine")
    #expect(saved.aside == "saved as \(dir)/mine.dq")
    #expect(FileManager.default.fileExists(atPath: dir + "/mine.dq"))
    _ = session.execute(".save taken --force")
    #expect(try String(contentsOfFile: dir + "/taken.dq", encoding: .utf8).contains("dossier> .save mine"))
  }

  @Test func unwritableFolderWarnsOnceAndTheSessionGoesOn() throws {
    let session = Session(corpus: Self.corpus, corpusLabel: "default")
    let warning = session.startTranscript(folder: "/proc/dossier-cannot-write-here")
    #expect(warning?.hasPrefix("warning: this session is not being recorded") == true)
    #expect(session.execute("list outlets").failed == false)
  }

  @Test func runExecutesAScriptAndRefusesToRecurseForever() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let script = dir + "/s.dq"
    try Data("list outlets\n.run \(script)\n".utf8).write(to: URL(fileURLWithPath: script))
    let session = Session(corpus: Self.corpus, corpusLabel: "default")
    let r = session.execute(".run \(script)")
    #expect(r.failed)
    #expect(r.record.hasPrefix("> list outlets\noutlet"))
    #expect(r.record.contains("scripts run scripts more than 8 deep"))
  }

  @Test func formatAndHelp() {
    let session = Session(corpus: Self.corpus, corpusLabel: "default")
    _ = session.execute(".format jsonl")
    let r = session.execute(#"find quote where speaker = "Earnest" limit 1"#)
    #expect(r.record.hasPrefix(#"{"n": 1, "article": "001", "speaker": "Josh Earnest", "text": "We’ve always made clear"#))
    #expect(r.record.contains(#""partial": false, "paragraph": 5"#))
    #expect(session.execute(".help").record.contains("Topics:"))
    #expect(session.execute(".quit").quit)
  }
}
