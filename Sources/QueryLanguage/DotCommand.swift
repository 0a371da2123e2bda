/// The shell's own commands, written with a leading dot.
public enum DotCommand: Sendable, Equatable {
  case help(topic: String?)
  case format(String?)
  case timer(Bool?)
  case note(String)
  case save(name: String?, force: Bool)
  case run(path: String)
  case history
  case quit

  /// Every dot command's name, for completion and "did you mean".
  public static let names = [".help", ".format", ".timer", ".note", ".save", ".run", ".history", ".quit", ".exit"]

  /// Output formats `.format` and `--format` accept.
  public static let formats = ["table", "json", "jsonl", "csv", "tsv", "markdown"]

  /// Parses a line that starts with a dot. Arguments are taken as written (paths, free text).
  static func parse(_ line: String) throws(QueryError) -> DotCommand {
    let trimmed = line.drop(while: { $0 == " " })
    let name = String(trimmed.prefix(while: { $0 != " " }))
    let argument = trimmed.dropFirst(name.count).trimmingSpaces()
    let nameRange = SourceRange(column: line.count - trimmed.count + 1, length: name.count)
    let argColumn = line.count - argument.count + 1
    switch name.lowercased() {
    case ".help": return .help(topic: argument.isEmpty ? nil : argument)
    case ".format":
      guard !argument.isEmpty else { return .format(nil) }
      guard formats.contains(argument.lowercased()) else {
        throw QueryError(
          "unknown format '\(argument)'", at: SourceRange(column: argColumn, length: argument.count),
          notes: Suggestions.note(for: argument, in: formats) + ["formats: " + formats.joined(separator: ", ")])
      }
      return .format(argument.lowercased())
    case ".timer":
      switch argument.lowercased() {
      case "": return .timer(nil)
      case "on": return .timer(true)
      case "off": return .timer(false)
      default:
        throw QueryError("'.timer' takes 'on' or 'off'", at: SourceRange(column: argColumn, length: argument.count))
      }
    case ".note":
      guard !argument.isEmpty else { throw QueryError("'.note' needs text: .note what you found", at: nameRange) }
      return .note(argument)
    case ".save":
      var words = argument.split(separator: " ").map(String.init)
      let force = words.contains("--force")
      words.removeAll { $0 == "--force" }
      return .save(name: words.isEmpty ? nil : words.joined(separator: " "), force: force)
    case ".run":
      guard !argument.isEmpty else { throw QueryError("'.run' needs a file: .run queries/example.dq", at: nameRange) }
      return .run(path: argument)
    case ".history": return .history
    case ".quit", ".exit", ".q": return .quit
    default:
      throw QueryError("unknown command '\(name)'", at: nameRange, notes: Suggestions.note(for: name, in: names) + ["type .help for the list of commands"])
    }
  }
}

extension Substring {
  func trimmingSpaces() -> String {
    var s = self
    while s.first == " " || s.first == "\t" { s = s.dropFirst() }
    while s.last == " " || s.last == "\t" { s = s.dropLast() }
    return String(s)
  }
}
