import ArticleModel
import CEditLine
import Foundation
import Interpreter
import QueryLanguage

/// The shell's loops: the interactive prompt (libedit) when standard input is a terminal, line by
/// line reading otherwise, and `-c` commands.
public enum Shell {
  public static var stdinIsTerminal: Bool { isatty(0) == 1 }
  public static var stdoutIsTerminal: Bool { isatty(1) == 1 }
  public static var stderrIsTerminal: Bool { isatty(2) == 1 }

  /// Width for the screen's tables: the terminal's, or the fixed width when output is piped.
  public static var screenWidth: Int {
    stdoutIsTerminal ? Int(dossier_terminal_width(1)).nonZero ?? Session.fixedWidth : Session.fixedWidth
  }

  /// Runs commands given on the command line; returns the exit status (1 when any failed).
  public static func runCommands(_ commands: [String], session: Session) -> Int32 {
    var status: Int32 = 0
    for c in commands {
      if !show(session.execute(c)) { status = 1 }
      if session.runDepth == 0 && Interrupts.pending { break }
    }
    return status
  }

  /// Reads commands from standard input, one per line, without a prompt.
  public static func runPiped(session: Session) -> Int32 {
    var status: Int32 = 0
    while let line = readLine(strippingNewline: true) {
      let r = session.execute(line)
      if !show(r) { status = 1 }
      if r.quit { break }
    }
    return status
  }

  /// The interactive prompt. Returns when the user leaves (`.quit` or Ctrl-D).
  public static func runInteractive(session: Session, banner: String) -> Int32 {
    setlocale(LC_ALL, "")
    Interrupts.install()
    session.cancellation = { Interrupts.pending }
    let history = HistoryFile(path: Paths.historyFile)
    session.historyProvider = { history.entries }
    var completer = Completer()
    refresh(&completer, session: session)
    let editor = LineEditor(history: history.entries) { completer }
    printErr(banner)
    if let warning = session.startTranscript(folder: Paths.sessionsFolder) { printErr(warning) }
    while true {
      Interrupts.clear()
      switch editor.read() {
      case .end:
        print("")
        return 0
      case .interrupted:
        continue
      case .line(let typed):
        // completion leaves a space after the last word; neither history nor transcript keeps it
        let line = String(typed.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
        if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        editor.remember(line)
        if let warning = history.add(line) { printErr(warning) }
        let r = session.execute(line)
        if Interrupts.pending { print("") }  // end the line the terminal echoed ^C on
        _ = show(r)
        if r.quit { return 0 }
        refresh(&completer, session: session)
      }
    }
  }

  /// Prints a result: output on stdout (errors on stderr), asides on stderr. Returns false when
  /// the command failed.
  @discardableResult
  static func show(_ r: Session.Result) -> Bool {
    if !r.screen.isEmpty {
      if r.failed { printErr(r.screen) } else { print(r.screen) }
    }
    if !r.aside.isEmpty { printErr(r.aside) }
    fflush(nil)
    return !r.failed
  }

  static func printErr(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
  }

  /// Completion candidates from the corpus and the kept results.
  static func refresh(_ completer: inout Completer, session: Session) {
    let corpus = session.interpreter.corpus
    if completer.ids.isEmpty {
      completer.ids = corpus.ids
      completer.speakers = Array(Set(corpus.articles.flatMap { $0.quotes.map(\.speaker) }.filter { !$0.isEmpty })).sorted()
      completer.people = Array(Set(corpus.articles.flatMap { $0.mentions.filter(\.kind.isPerson).map(\.person) })).sorted()
      completer.outlets = Array(Set(corpus.articles.map(\.metadata.outlet).filter { !$0.isEmpty })).sorted()
      completer.fields = Help.fieldsByKind
    }
    completer.results = session.interpreter.results.keys.sorted()
  }
}
