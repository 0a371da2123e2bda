import Foundation

/// ripgrep and SQLite FTS5 run on the same files, so the text-search numbers have a yardstick.
/// A tool that is not installed is skipped with a message.
enum ExternalTools {
  static func path(of tool: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let p = "\(dir)/\(tool)"
      if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
  }

  /// Runs a program, returns its standard output and the wall time in milliseconds.
  @discardableResult
  static func run(_ program: String, _ arguments: [String], input: String? = nil) -> (String, Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    let inPipe = Pipe()
    if input != nil { process.standardInput = inPipe }
    let clock = ContinuousClock()
    let start = clock.now
    do { try process.run() } catch { return ("", 0) }
    if let input {
      inPipe.fileHandleForWriting.write(Data(input.utf8))
      try? inPipe.fileHandleForWriting.close()
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let elapsed = clock.now - start
    return (String(decoding: data, as: UTF8.self), Bench.milliseconds(elapsed))
  }

  /// `rg -c -i -F phrase` over the folder: median wall time of `runs` runs (a process each).
  static func ripgrep(_ phrase: String, folder: String, runs: Int) -> Double? {
    guard let rg = path(of: "rg") else { return nil }
    let times = (0..<runs).map { _ in run(rg, ["-c", "-i", "-F", phrase, folder]).1 }
    return Bench.percentile(times, 0.5)
  }

  /// An FTS5 index of the folder's files (built once, timed), then the phrase query: median of the
  /// CPU time (user + sys) SQLite reports for the query itself, which it gives to the microsecond
  /// (its wall time only to the millisecond).
  static func sqlite(_ phrase: String, folder: String, runs: Int) -> (build: Double, query: Double)? {
    guard let sqlite = path(of: "sqlite3") else { return nil }
    let db = NSTemporaryDirectory() + "dossier-bench-\(getpid()).db"
    defer { try? FileManager.default.removeItem(atPath: db) }
    let build = run(sqlite, [db], input: """
      CREATE VIRTUAL TABLE docs USING fts5(body);
      INSERT INTO docs SELECT data FROM fsdir('\(folder.replacingOccurrences(of: "'", with: "''"))') WHERE name LIKE '%.txt';
      """).1
    let quotedPhrase = "\"" + phrase.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    let script = ".timer on\n" + String(repeating: "SELECT count(*) FROM docs WHERE docs MATCH '\(quotedPhrase.replacingOccurrences(of: "'", with: "''"))';\n", count: runs)
    let (output, _) = run(sqlite, [db], input: script)
    // "Run Time: real 0.002 user …"
    let times = output.split(separator: "\n").compactMap { line -> Double? in
      guard line.hasPrefix("Run Time: real ") else { return nil }
      let f = line.split(separator: " ")
      guard let user = f.firstIndex(of: "user"), let sys = f.firstIndex(of: "sys"), user + 1 < f.count, sys + 1 < f.count,
        let u = Double(f[user + 1]), let s = Double(f[sys + 1]) else { return nil }
      return (u + s) * 1000
    }
    guard !times.isEmpty else { return nil }
    return (build, Bench.percentile(times, 0.5))
  }
}
