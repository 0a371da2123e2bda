/// The one plain-text format (`.dq`) that is a saved session, a script and a golden file.
///
/// `#` lines before the first command are the header (ignored when comparing); lines that start
/// with `dossier> ` are commands; every other line is output of the command above it.
public struct Transcript: Sendable, Equatable {
  public static let prompt = "dossier> "
  public static let version = "0.1"

  public struct Entry: Sendable, Equatable {
    public var command: String
    public var output: [String]
    public init(command: String, output: [String]) {
      self.command = command
      self.output = output
    }
  }

  public var header: [String]
  public var entries: [Entry]

  public init(header: [String], entries: [Entry]) {
    self.header = header
    self.entries = entries
  }

  /// Reads a transcript, or a plain script with one command per line (no prompts at all).
  public init(parsing text: String) {
    var header: [String] = []
    var entries: [Entry] = []
    let lines = Transcript.lines(text)
    let hasPrompts = lines.contains { $0.hasPrefix(Self.prompt) || $0 == "dossier>" }
    for line in lines {
      if line.hasPrefix(Self.prompt) || line == "dossier>" {
        entries.append(Entry(command: String(line.dropFirst(min(line.count, Self.prompt.count))), output: []))
      } else if entries.isEmpty && (line.hasPrefix("#") || !hasPrompts && line.isEmpty) {
        header.append(line)
      } else if !hasPrompts {
        let trimmed = line.drop(while: { $0 == " " })
        if !trimmed.isEmpty && !trimmed.hasPrefix("#") { entries.append(Entry(command: line, output: [])) }
      } else if entries.isEmpty {
        header.append(line)
      } else {
        entries[entries.count - 1].output.append(line)
      }
    }
    for i in entries.indices {
      while entries[i].output.last == "" { entries[i].output.removeLast() }
    }
    self.header = header
    self.entries = entries
  }

  /// Splits at line feeds only. (Splitting a String by Character would keep CSV's CR LF, one
  /// grapheme in Swift, together, and lose the line break.)
  public static func lines(_ text: String) -> [String] {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
  }

  /// The corpus the header names: `default`, or a folder path as recorded.
  public var corpusName: String? {
    for line in header {
      guard let r = line.range(of: "corpus: ") else { continue }
      let rest = line[r.upperBound...]
      guard let end = rest.range(of: " (") else { continue }
      return String(rest[..<end.lowerBound])
    }
    return nil
  }

  public var text: String {
    var out = header.map { $0 + "\n" }.joined()
    for e in entries {
      out += Self.prompt + e.command + "\n"
      for l in e.output { out += l + "\n" }
    }
    return out
  }

  /// `# dossier 0.1 · corpus: default (5 articles) · 2026-11-22 10:15 UTC`
  public static func headerLine(corpus: String, articles: Int, date: String) -> String {
    "# dossier \(version) · corpus: \(corpus) (\(articles) article\(articles == 1 ? "" : "s")) · \(date)"
  }
}

extension String {
  var transcriptLines: [String] { Transcript.lines(self) }
}
