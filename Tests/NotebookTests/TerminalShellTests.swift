import Foundation
import Testing

/// Drives the real `dossier` binary on a terminal (tmux gives it one): tab completion, history
/// across two runs, Ctrl-C at the prompt, Ctrl-D to leave, and the transcript and history files.
@Suite(.serialized) struct TerminalShellTests {
  /// The built executable sits beside the test bundle.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["DOSSIER_BINARY"] { return path }
    let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return testBundle.appendingPathComponent("dossier").path
  }

  /// One tmux server of its own, so the test touches no other session.
  final class Terminal {
    let socket = "dossier-test-\(UUID().uuidString.prefix(8))"
    let folder: String

    init(folder: String) { self.folder = folder }

    /// Runs a tmux command on this terminal's own server and returns what it printed.
    @discardableResult
    func tmux(_ args: [String], output: Bool = true) throws -> String {
      let quoted = args.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
      return TerminalShellTests.shell("tmux -L \(socket) \(quoted)" + (output ? " 2>/dev/null" : " >/dev/null 2>&1"))
    }

    func start() throws {
      let env = "HOME=\(folder) DOSSIER_HISTORY=\(folder)/history XDG_DATA_HOME=\(folder)/data"
      try tmux(["new-session", "-d", "-x", "120", "-y", "40", "-c", folder, "env \(env) \(TerminalShellTests.binary); sleep 30"], output: false)
    }

    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys, output: false) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

    /// Waits until the screen shows `text` (up to 10 seconds) and returns the screen.
    @discardableResult
    func wait(for text: String, count: Int = 1) throws -> String {
      let deadline = Date().addingTimeInterval(10)
      var s = ""
      while Date() < deadline {
        s = try screen()
        if s.components(separatedBy: text).count - 1 >= count { return s }
        Thread.sleep(forTimeInterval: 0.05)
      }
      Issue.record("the screen never showed \(text.debugDescription):\n\(s)")
      return s
    }

    func stop() { _ = try? tmux(["kill-server"], output: false) }
  }

  /// Runs a shell command and returns what it printed. (popen and pclose, not Foundation's
  /// Process, whose wait hangs inside the test runner's threads on Linux.)
  static func shell(_ command: String) -> String {
    guard let pipe = popen(command, "r") else { return "" }
    var data = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = fread(&buffer, 1, buffer.count, pipe)
      if n <= 0 { break }
      data += buffer[0..<n]
    }
    pclose(pipe)
    return String(decoding: data, as: UTF8.self)
  }

  @Test func completionHistoryAndInterrupts() throws {
    #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "build dossier first: \(Self.binary)")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tty-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }

    // first run: completion, a query, Ctrl-C at the prompt, Ctrl-D
    let first = Terminal(folder: folder)
    defer { first.stop() }
    try first.start()
    try first.wait(for: "dossier>")
    try first.keys("fi", "Tab")
    try first.wait(for: "dossier> find")
    try first.keys("quote where spe", "Tab")
    try first.wait(for: "dossier> find quote where speaker")
    try first.keys(" = \"Ea", "Tab")
    try first.wait(for: #"dossier> find quote where speaker = "Josh Earnest""#)
    try first.keys("Enter")
    let results = try first.wait(for: "4 quotes")
    #expect(results.contains("Our case is you can’t do both"))
    // several candidates are listed
    try first.keys("show 00", "Tab")
    let listing = try first.wait(for: "000  001  002  003  004")
    #expect(listing.contains("dossier> show 00"))
    // Ctrl-C clears the line without running it and without leaving
    try first.keys("C-c")
    try first.wait(for: "^C")
    try first.keys("list outlets", "Enter")
    let after = try first.wait(for: "4 outlets")
    #expect(!after.contains("000  PanARMENIAN"))  // the interrupted `show 00` did not run
    try first.keys("C-d")
    Thread.sleep(forTimeInterval: 0.3)

    let history = try String(contentsOfFile: folder + "/history", encoding: .utf8)
    #expect(history == "find quote where speaker = \"Josh Earnest\"\nlist outlets\n")
    let mode = try FileManager.default.attributesOfItem(atPath: folder + "/history")[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let sessions = try FileManager.default.contentsOfDirectory(atPath: folder + "/data/dossier/sessions")
    #expect(sessions.count == 1)
    let transcript = try String(contentsOfFile: folder + "/data/dossier/sessions/" + sessions[0], encoding: .utf8)
    #expect(transcript.contains("dossier> find quote where speaker = \"Josh Earnest\"\n#  article  speaker"))
    #expect(transcript.contains("dossier> list outlets\n"))
    first.stop()

    // second run: the history of the first is there (Up, Up), and Ctrl-R searches it
    let second = Terminal(folder: folder)
    defer { second.stop() }
    try second.start()
    try second.wait(for: "dossier>")
    try second.keys("Up", "Up")
    try second.wait(for: #"dossier> find quote where speaker = "Josh Earnest""#)
    try second.keys("Enter")
    try second.wait(for: "4 quotes")
    try second.keys("C-r", "outl")
    try second.wait(for: "dossier> list outlets")
    try second.keys("Enter")
    try second.wait(for: "4 outlets")
    // commands a script runs stay out of the history
    try "count quote by speaker\n".write(toFile: folder + "/script.dq", atomically: true, encoding: .utf8)
    try second.keys(".run script.dq", "Enter")
    try second.wait(for: "14 groups")
    try second.keys(".quit", "Enter")
    Thread.sleep(forTimeInterval: 0.3)
    let history2 = try String(contentsOfFile: folder + "/history", encoding: .utf8)
    #expect(history2.hasSuffix("list outlets\n.run script.dq\n.quit\n"))
    #expect(!history2.contains("count quote by speaker"))
  }

  /// A shell killed with SIGKILL keeps every command it completed in its transcript.
  @Test func killedShellKeepsItsTranscript() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-kill-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: folder + "/sessions", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let terminal = Terminal(folder: folder)
    defer { terminal.stop() }
    try terminal.start()
    try terminal.wait(for: "dossier>")
    try terminal.keys("list outlets", "Enter")
    try terminal.wait(for: "4 outlets")
    try terminal.keys("find quote where speaker = \"Earnest\"", "Enter")
    try terminal.wait(for: "4 quotes")
    let pane = try terminal.tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    let killed = Self.shell("pkill -KILL -P \(pane) dossier; echo $?")
    #expect(killed.hasPrefix("0"), "pkill: \(killed)")
    Thread.sleep(forTimeInterval: 0.3)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/sessions")
    #expect(files.count == 1)
    let text = try String(contentsOfFile: folder + "/sessions/" + (files.first ?? ""), encoding: .utf8)
    #expect(text.contains("dossier> list outlets\noutlet"))
    #expect(text.hasSuffix("4 quotes\n"))
  }
}
