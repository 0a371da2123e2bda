import ArticleModel
import Foundation
import Interpreter
import QueryLanguage

/// One analyst's session: the interpreter with its kept results, the output format, and the
/// transcript being written. Runs a line at a time and says what to print where; it never touches
/// the terminal itself.
public final class Session {
  /// What one line produced.
  public struct Result: Sendable {
    /// Output as the screen shows it (rendered at the screen's width).
    public var screen: String
    /// Output as the transcript records it (fixed width, nothing that changes between runs).
    public var record: String
    /// Messages for the person only: timings, "saved as …". Never recorded.
    public var aside: String = ""
    public var failed = false
    public var quit = false
  }

  /// Table width used for transcripts and whenever output is not a terminal.
  public static let fixedWidth = 120

  public private(set) var interpreter: Interpreter
  public var format: OutputFormat
  /// Width of the screen's tables; `fixedWidth` when not on a terminal.
  public var screenWidth: Int
  public var timer = false
  /// The corpus as the transcript header names it: `default` or a folder.
  public let corpusLabel: String
  var transcript: TranscriptWriter?
  /// Commands entered before, for `.history`.
  public var historyProvider: () -> [String] = { [] }
  /// Set while a script runs, so its commands stay out of the history.
  public internal(set) var runDepth = 0

  public init(corpus: Corpus, corpusLabel: String, format: OutputFormat = .table, screenWidth: Int = Session.fixedWidth) {
    self.interpreter = Interpreter(corpus: corpus)
    self.corpusLabel = corpusLabel
    self.format = format
    self.screenWidth = screenWidth
  }

  public var cancellation: @Sendable () -> Bool {
    get { interpreter.isCancelled }
    set { interpreter.isCancelled = newValue }
  }

  /// The transcript header for this session, dated now.
  public func headerLine() -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
    return Transcript.headerLine(corpus: corpusLabel, articles: interpreter.corpus.articles.count, date: f.string(from: Date()))
  }

  /// Starts writing the transcript into `folder`. Returns a warning when that cannot be done; the
  /// session then goes on without one.
  public func startTranscript(folder: String) -> String? {
    do {
      transcript = try TranscriptWriter(folder: folder, header: headerLine())
      return nil
    } catch {
      return "warning: this session is not being recorded: \(error.localizedDescription)"
    }
  }

  public var transcriptPath: String? { transcript?.path }

  /// Runs one line and appends it with its output to the transcript.
  public func execute(_ line: String) -> Result {
    // completion leaves a space after the last word; the transcript should not keep it
    var line = line
    while line.last == " " || line.last == "\t" || line.last == "\r" { line.removeLast() }
    var result = run(line)
    if let transcript, runDepth == 0 {
      do {
        try transcript.append(command: line, output: result.record)
      } catch {
        self.transcript = nil
        result.aside += (result.aside.isEmpty ? "" : "\n") + "warning: transcript no longer written: \(error.localizedDescription)"
      }
    }
    return result
  }

  func run(_ line: String) -> Result {
    let statement: Statement
    do {
      statement = try Parser.parse(line)
    } catch {
      return failure(error.rendered(line: line))
    }
    if case .dot(let command) = statement { return dot(command, line: line) }
    let start = ContinuousClock.now
    do {
      let output = try interpreter.execute(statement)
      var r = Result(
        screen: Renderer.render(output, format: format, width: screenWidth),
        record: Renderer.render(output, format: format, width: Self.fixedWidth))
      if timer { r.aside = "time: \(Self.milliseconds(ContinuousClock.now - start))" }
      return r
    } catch {
      return failure(error.rendered(line: line))
    }
  }

  func failure(_ text: String) -> Result {
    Result(screen: text, record: text, failed: true)
  }

  static func milliseconds(_ d: Duration) -> String {
    let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    return ms < 10 ? String(format: "%.2f ms", ms) : String(format: "%.0f ms", ms)
  }
}
