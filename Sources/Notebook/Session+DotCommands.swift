import Foundation
import Interpreter
import QueryLanguage

extension Session {
  /// Scripts may run scripts, up to this depth (a script that runs itself stops here).
  static let maximumRunDepth = 8

  func dot(_ command: DotCommand, line: String) -> Result {
    switch command {
    case .quit:
      var r = Result(screen: "", record: "")
      r.quit = true
      return r
    case .help(let topic):
      guard let text = Help.text(topic) else {
        let topics = Help.topics.keys.sorted()
        return failure("error: no help on '\(topic ?? "")'\n" + (Suggestions.note(for: topic ?? "", in: topics).first.map { $0 + "\n" } ?? "") + "topics: " + topics.joined(separator: ", "))
      }
      return Result(screen: text, record: text)
    case .format(let name):
      guard let name, let f = OutputFormat(rawValue: name) else {
        let text = "format: \(format.rawValue) (one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
        return Result(screen: text, record: text)
      }
      format = f
      return Result(screen: "", record: "")
    case .timer(let on):
      timer = on ?? !timer
      return Result(screen: "", record: "", aside: "timer \(timer ? "on" : "off")")
    case .note:
      return Result(screen: "", record: "")
    case .history:
      let lines = historyProvider().enumerated().map { "\($0.offset + 1)  \($0.element)" }
      return Result(screen: "", record: "", aside: lines.isEmpty ? "(no history)" : lines.joined(separator: "\n"))
    case .save(let name, let force):
      return save(name: name, force: force)
    case .run(let path):
      return runScript(path)
    }
  }

  func save(name: String?, force: Bool) -> Result {
    guard let transcript else {
      return Result(screen: "", record: "", aside: "this session is not being recorded (replays and piped input are not); nothing to save")
    }
    guard let name else {
      return Result(screen: "", record: "", aside: "this session is saved as it goes: \(transcript.path)")
    }
    do {
      let path = try transcript.rename(to: name, force: force)
      return Result(screen: "", record: "", aside: "saved as \(path)")
    } catch {
      return Result(screen: "", record: "", aside: "not saved: \(error.localizedDescription)", failed: false)
    }
  }

  /// Runs each command of a script (a transcript or one query per line); its commands and their
  /// output become the output of `.run`.
  func runScript(_ path: String) -> Result {
    guard runDepth < Self.maximumRunDepth else {
      return failure("error: scripts run scripts more than \(Self.maximumRunDepth) deep; does \(path) run itself?")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return failure("error: cannot read '\(path)': no such file (a relative path starts from the folder the shell was started in)")
    }
    let script = Transcript(parsing: String(decoding: data, as: UTF8.self))
    runDepth += 1
    defer { runDepth -= 1 }
    var screen: [String] = []
    var record: [String] = []
    var failed = false
    for entry in script.entries {
      if cancellation() { break }
      let r = run(entry.command)
      screen.append("> " + entry.command)
      record.append("> " + entry.command)
      if !r.screen.isEmpty { screen.append(r.screen) }
      if !r.record.isEmpty { record.append(r.record) }
      failed = failed || r.failed
      if r.quit { break }
    }
    return Result(screen: screen.joined(separator: "\n"), record: record.joined(separator: "\n"), failed: failed)
  }
}
