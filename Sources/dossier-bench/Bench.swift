import ArgumentParser
import ArticleModel
import Foundation
import Interpreter

/// `swift run -c release dossier-bench [--articles N | --corpus DIR]`: loads a corpus the way the
/// shell does, runs a fixed mix of queries, and prints one table — articles, MB, load time, MB/s,
/// peak memory, and the median and 99th percentile of each query — with ripgrep and SQLite FTS5
/// timed on the same files for the text search. Numbers, not assertions: the tests never time.
@main
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier-bench", abstract: "Measure loading and query latency on a synthetic or real corpus.")

  @Option(help: "Generate this many synthetic articles (deterministic) when no --corpus is given.")
  var articles: Int = 1000

  @Option(help: ArgumentHelp("Measure a folder of real articles instead.", valueName: "dir"))
  var corpus: String?

  @Option(help: "Runs of each query after its first (the first builds the tables and indexes it needs).")
  var runs: Int = 30

  @Option(help: "The phrase the text-search queries look for (default: one taken from the corpus).")
  var phrase: String?

  @Flag(help: "Measure loading only: the load table and its phases, no queries.")
  var loadOnly = false

  @Option(help: ArgumentHelp("Run only the queries whose label contains this (`compare`), to profile one.", valueName: "label"))
  var only: String?

  func run() throws {
    var folder = corpus ?? ""
    if corpus == nil {
      folder = NSTemporaryDirectory() + "dossier-bench-\(articles)"
      if !FileManager.default.fileExists(atPath: folder) {
        FileHandle.standardError.write(Data("generating \(articles) synthetic articles in \(folder)…\n".utf8))
        _ = try SyntheticCorpus.write(count: articles, to: folder)
      }
    }
    // listing the folder and reading its manifest is part of loading, as the shell does it
    let clock = ContinuousClock()
    let start = clock.now
    let sources = try CorpusLoader.sources(in: [folder])
    let listed = clock.now - start
    var loaded = CorpusLoader.load(name: folder, sources: sources)
    let loadSeconds = Self.milliseconds(clock.now - start) / 1000
    loaded.timings.insert(("list files, read manifest", listed), at: 0)
    // stat follows symbolic links (a corpus of links to files measures the files)
    let bytes = sources.reduce(0) { total, source in
      var info = stat()
      return total + (stat(source.path, &info) == 0 ? Int(info.st_size) : 0)
    }
    let megabytes = Double(bytes) / 1_000_000

    if loadOnly {
      printLoad(loaded, megabytes: megabytes, seconds: loadSeconds)
      if ProcessInfo.processInfo.environment["MALLOC_STATS"] != nil, let f = dlsym(nil, "malloc_stats") {
        unsafeBitCast(f, to: (@convention(c) () -> Void).self)()
      }
      return
    }
    var interpreter = Interpreter(corpus: loaded)
    let speaker = Self.frequentSpeaker(&interpreter)
    let phrase = self.phrase ?? Self.samplePhrase(loaded)
    let ids = loaded.articles.map(\.id)
    let (a, b) = (ids[ids.count / 3], ids[(2 * ids.count) / 3])
    let mix: [(String, String)] = [
      ("find quote by speaker", "find quote where speaker = \"\(speaker)\""),
      ("find sentence contains", "find sentence where text contains \"\(phrase)\""),
      ("count quote by speaker", "count quote by speaker"),
      ("count quote by outlet", "count quote by outlet"),
      ("compare two articles", "compare \(a) \(b) on \"\(phrase)\""),
      ("similar", "similar \(a)"),
      ("kwic", "kwic \"\(phrase)\""),
    ]
    var rows: [[String]] = []
    for (label, query) in mix where only.map({ label.contains($0) }) ?? true {
      let first = time(query, &interpreter)
      let times = (0..<runs).map { _ in time(query, &interpreter) }
      rows.append([label, Self.format(first), Self.format(Self.percentile(times, 0.5)), Self.format(Self.percentile(times, 0.99))])
    }

    print("dossier-bench · \(Self.machine())")
    print("corpus: \(corpus ?? "synthetic, \(articles) articles") · phrase: \"\(phrase)\" · speaker: \"\(speaker)\"")
    print("")
    printLoad(loaded, megabytes: megabytes, seconds: loadSeconds)
    print("")
    Self.table(["query", "first ms", "median ms", "p99 ms"], rows)
    // A profile of one query does not need ripgrep and SQLite's index built beside it.
    guard only == nil else { return }
    print("")
    let ours = Self.percentile((0..<runs).map { _ in time("find sentence where text contains \"\(phrase)\"", &interpreter) }, 0.5)
    var tools: [[String]] = [["dossier (index, in memory)", Self.format(ours), "1"]]
    if let rg = ExternalTools.ripgrep(phrase, folder: folder, runs: max(3, runs / 6)) {
      tools.append(["ripgrep rg -c -i -F (files)", Self.format(rg), String(format: "%.1f", rg / max(ours, 0.001))])
    } else {
      print("ripgrep (rg) is not installed: skipped (apt-get install ripgrep)")
    }
    if let fts = ExternalTools.sqlite(phrase, folder: folder, runs: runs) {
      tools.append(["SQLite FTS5 phrase (index built in \(Self.format(fts.build)) ms)", Self.format(fts.query), String(format: "%.1f", fts.query / max(ours, 0.001))])
    } else {
      print("sqlite3 with FTS5 is not installed: skipped (apt-get install sqlite3)")
    }
    Self.table(["text search for the phrase", "median ms", "× dossier"], tools)
  }

  func printLoad(_ loaded: Corpus, megabytes: Double, seconds: Double) {
    Self.table(
      ["articles", "MB", "load s", "MB/s", "peak RSS MB", "RSS after MB", "peak / text"],
      [[String(loaded.articles.count), String(format: "%.1f", megabytes), String(format: "%.2f", seconds),
        String(format: "%.1f", megabytes / max(seconds, 0.001)), String(format: "%.0f", Self.megabytes("VmHWM:")),
        String(format: "%.0f", Self.megabytes("VmRSS:")), String(format: "%.2f", Self.megabytes("VmHWM:") / max(megabytes, 0.001))]])
    print("")
    Self.table(["load phase", "s"], loaded.timings.map { [$0.phase, String(format: "%.2f", Self.milliseconds($0.duration) / 1000)] })
  }

  func time(_ query: String, _ interpreter: inout Interpreter) -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    _ = try? interpreter.execute(line: query)
    return Self.milliseconds(clock.now - start)
  }

  static func frequentSpeaker(_ interpreter: inout Interpreter) -> String {
    guard case .table(let t)? = try? interpreter.execute(line: "count quote by speaker") else { return "Kerry" }
    for row in t.rows {
      let name = row[0].description
      if name != "(unknown)", name.first?.isUppercase == true, let last = name.split(separator: " ").last { return String(last) }
    }
    return "Kerry"
  }

  /// Two neighbouring words from the middle of the corpus: a phrase that occurs, chosen the same
  /// way each run.
  static func samplePhrase(_ corpus: Corpus) -> String {
    let article = corpus.articles[corpus.articles.count / 2]
    let sentences = article.sentences
    for s in sentences[(sentences.count / 2)...] + sentences {
      let words = WordTokenizer.tokens(article.text(of: s)).filter { $0.kind == .word }
      for (x, y) in zip(words, words.dropFirst()) where x.text.count > 3 && y.text.count > 3 && y.range.lowerBound == x.range.upperBound + 1 {
        return x.key + " " + y.key
      }
    }
    return "the"
  }

  static func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
  }

  static func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
  }

  static func format(_ ms: Double) -> String { ms >= 100 ? String(format: "%.0f", ms) : String(format: "%.2f", ms) }

  /// A memory figure of /proc/self/status in MB of a million bytes, the unit the text's size is
  /// given in (the table printed MiB beside decimal MB until 2026-12-07: 5 % low against the text).
  static func megabytes(_ field: String) -> Double { Double(memory(field)) * 1024 / 1_000_000 }

  /// A memory figure of /proc/self/status in KiB: `VmHWM:` (peak resident), `VmRSS:` (resident now).
  static func memory(_ field: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field) {
      return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
  }

  static func machine() -> String {
    let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
      .first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    let memory = ProcessInfo.processInfo.physicalMemory / 1_073_741_824
    return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory) GiB"
  }

  static func table(_ header: [String], _ rows: [[String]]) {
    let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(\.count).max()! }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, c in i == 0 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0) : String(repeating: " ", count: widths[i] - c.count) + c }
        .joined(separator: "  ")
    }
    print(line(header))
    for r in rows { print(line(r)) }
  }
}
