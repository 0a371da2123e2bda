import ArgumentParser
import Foundation
import Interpreter
import Notebook
import ArticleModel
import QueryLanguage

/// The `dossier` executable: argument parsing and wiring only.
@main
struct Dossier: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier",
    abstract: "A research notebook shell for news coverage.",
    discussion: """
      With no arguments, opens the shell on the five seed articles built into the binary.
      Type .help at the prompt for the query language.
      """,
    version: "0.1",
    subcommands: [Open.self, Run.self, Check.self, Extract.self],
    defaultSubcommand: Open.self
  )
}

/// Options every subcommand that loads a corpus shares.
struct CorpusOptions: ParsableArguments {
  @Option(name: .customLong("corpus"), help: ArgumentHelp("A folder of .txt articles (repeatable); MANIFEST.tsv there adds metadata.", valueName: "dir"))
  var folders: [String] = []

  var choice: CorpusChoice? { folders.isEmpty ? nil : .folders(folders) }
}

struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell", abstract: "Open the shell (the default), or run -c commands and exit.")

  @OptionGroup var corpus: CorpusOptions

  @Option(name: .customLong("format"), help: "Output format: table, json, jsonl, csv, tsv or markdown.")
  var format: String = "table"

  @Option(name: [.customShort("c"), .customLong("command")], help: ArgumentHelp("Run a query and exit (repeatable).", valueName: "query"))
  var commands: [String] = []

  func validate() throws {
    guard OutputFormat(rawValue: format.lowercased()) != nil else {
      throw ValidationError("unknown format '\(format)': use one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
    }
  }

  func run() throws {
    let choice = corpus.choice ?? .seeds
    let loaded = try Loading.corpus(choice)
    let session = Session(
      corpus: loaded, corpusLabel: choice.label, format: OutputFormat(rawValue: format.lowercased()) ?? .table,
      screenWidth: Shell.screenWidth)
    for w in loaded.warnings { Loading.warn(w) }
    let status: Int32
    if !commands.isEmpty {
      status = Shell.runCommands(commands, session: session)
    } else if Shell.stdinIsTerminal {
      let n = loaded.articles.count
      let banner = "dossier 0.1 · \(choice == .seeds ? "default corpus" : choice.label): \(n) article\(n == 1 ? "" : "s") · .help for help, Ctrl-D to leave"
      status = Shell.runInteractive(session: session, banner: banner)
    } else {
      status = Shell.runPiped(session: session)
    }
    if status != 0 { throw ExitCode(status) }
  }
}

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Replay a script or transcript and print a fresh transcript.")

  @Argument(help: "A .dq transcript, or a file with one query per line.")
  var file: String

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ValidationError("cannot read '\(file)': no such file")
    }
    var runner = ScriptRunner(corpus: corpus.choice)
    let (transcript, failed) = try runner.replay(Transcript(parsing: String(decoding: data, as: UTF8.self)))
    print(transcript.text, terminator: "")
    if failed { throw ExitCode(1) }
  }
}

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Replay transcripts and compare them with their recorded output (exit 1 on any difference).")

  @Argument(help: "Transcripts, or folders searched for .dq files.")
  var paths: [String]

  @Flag(help: "Rewrite the recorded output with the replayed one.")
  var bless = false

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    var runner = ScriptRunner(corpus: corpus.choice)
    let report = runner.check(paths, bless: bless)
    for m in report.messages { print(m) }
    print("\(report.checked - report.failed.count) passed, \(report.failed.count) failed")
    if !report.failed.isEmpty { throw ExitCode(1) }
  }
}

/// The map step of a batch job: one shard of articles in, one file of rows out.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Load a corpus (or one shard of it) and write its quotes, mentions, articles or sentences to a file.",
    discussion: """
      The file's extension picks the format (.jsonl, .json, .csv, .tsv); the fields are those of
      `find KIND` in the shell. Run it once per shard and concatenate the .jsonl files.
      """)

  @OptionGroup var corpus: CorpusOptions

  @Option(help: ArgumentHelp("Where to write the rows.", valueName: "file"))
  var out: String

  @Option(help: "What to write: quotes, mentions, articles, sentences, paragraphs or people.")
  var kind: String = "quotes"

  func validate() throws {
    guard !corpus.folders.isEmpty else { throw ValidationError("name the articles to extract from with --corpus DIR") }
    guard Exporter.format(of: out) != nil else {
      throw ValidationError("cannot tell the format of '\(out)': end it in .jsonl, .json, .csv or .tsv")
    }
    // the parser's own reading of `find KIND` (plurals, `people`), so the two never disagree
    guard case .query(.find(.kind, _, _, _))? = try? Parser.parse("find \(kind)") else {
      throw ValidationError("unknown kind '\(kind)': use one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
    }
  }

  func run() throws {
    let loaded = try Loading.corpus(corpus.choice!)
    for w in loaded.warnings { Loading.warn(w) }
    var interpreter = Interpreter(corpus: loaded)
    do {
      guard case .text(let summary) = try interpreter.execute(line: "export \(kind) to \(out)") else { return }
      FileHandle.standardError.write(Data((summary + "\n").utf8))
    } catch {
      FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
      throw ExitCode(1)
    }
  }
}

/// Loading with a progress line on a terminal when it takes a while.
enum Loading {
  static func corpus(_ choice: CorpusChoice) throws -> Corpus {
    let start = Date()
    let showProgress = Shell.stderrIsTerminal
    let corpus = try choice.load { p in
      let seconds = Date().timeIntervalSince(start)
      guard showProgress, seconds > 1 else { return }
      let rate = String(format: "%.1f", Double(p.bytes) / 1_000_000 / seconds)
      let what = p.pass == .reading ? "reading" : "analysing"
      FileHandle.standardError.write(Data("\r\(what) \(p.done)/\(p.total) files · \(rate) MB/s   ".utf8))
      if p.done == p.total && p.pass == .analysing { FileHandle.standardError.write(Data("\n".utf8)) }
    }
    return corpus
  }

  static func warn(_ message: String) {
    FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
  }
}
