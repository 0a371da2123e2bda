import ArticleModel
import Foundation
import Interpreter

/// Replays scripts and transcripts: `dossier run` prints a fresh transcript, `dossier check`
/// compares one with what was recorded.
public struct ScriptRunner {
  public struct CheckReport: Sendable {
    public var checked = 0
    public var failed: [String] = []
    /// Unified diffs and errors, ready to print.
    public var messages: [String] = []
  }

  /// Corpus for scripts that do not name one, and for all when set by `--corpus`.
  let override: CorpusChoice?
  private var cache: [String: Corpus] = [:]

  public init(corpus override: CorpusChoice?) {
    self.override = override
  }

  /// The corpus a transcript was made on (or the override).
  mutating func corpus(for transcript: Transcript) throws -> (Corpus, CorpusChoice) {
    let choice = override ?? transcript.corpusName.map(CorpusChoice.init(label:)) ?? .seeds
    if let c = cache[choice.label] { return (c, choice) }
    let c = try choice.load()
    cache[choice.label] = c
    return (c, choice)
  }

  /// Replays every command of a transcript in a fresh session; returns the new transcript and
  /// whether any command failed.
  public mutating func replay(_ script: Transcript, header: [String]? = nil) throws -> (Transcript, Bool) {
    let (corpus, choice) = try corpus(for: script)
    let session = Session(corpus: corpus, corpusLabel: choice.label)
    var entries: [Transcript.Entry] = []
    var failed = false
    for entry in script.entries {
      let r = session.execute(entry.command)
      failed = failed || r.failed
      var output = r.record.isEmpty ? [] : Transcript.lines(r.record)
      while output.last == "" { output.removeLast() }
      entries.append(Transcript.Entry(command: entry.command, output: output))
      if r.quit { break }
    }
    let newHeader = header ?? [session.headerLine()]
    return (Transcript(header: newHeader, entries: entries), failed)
  }

  /// Checks transcripts (files, or folders searched for `.dq` files) against a replay.
  public mutating func check(_ paths: [String], bless: Bool) -> CheckReport {
    var report = CheckReport()
    for file in Self.transcriptFiles(paths, report: &report) {
      report.checked += 1
      guard let data = FileManager.default.contents(atPath: file) else {
        report.failed.append(file)
        report.messages.append("error: cannot read \(file)")
        continue
      }
      let recorded = Transcript(parsing: String(decoding: data, as: UTF8.self))
      do {
        let (fresh, _) = try replay(recorded, header: recorded.header)
        let expected = Transcript(header: [], entries: recorded.entries).text.transcriptLines
        let actual = Transcript(header: [], entries: fresh.entries).text.transcriptLines
        if expected != actual {
          if bless {
            try Paths.writeAtomically(fresh.text, to: file)
            report.messages.append("blessed \(file)")
          } else {
            report.failed.append(file)
            report.messages.append(UnifiedDiff.diff(expected: expected, actual: actual, fromName: "\(file) (recorded)", toName: "\(file) (replayed)"))
          }
        }
      } catch {
        report.failed.append(file)
        report.messages.append("error: \(file): \(error)")
      }
    }
    return report
  }

  static func transcriptFiles(_ paths: [String], report: inout CheckReport) -> [String] {
    var files: [String] = []
    let fm = FileManager.default
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
        report.failed.append(path)
        report.messages.append("error: no file or folder at '\(path)'")
        continue
      }
      if isDir.boolValue {
        let found = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".dq") }.sorted()
        if found.isEmpty { report.messages.append("warning: no .dq transcripts under '\(path)'") }
        files += found.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
      } else {
        files.append(path)
      }
    }
    return files
  }
}
