import Foundation
import QueryLanguage

/// Tab completion that knows where it is in a query: commands at the start of a line, kinds after
/// `find`, field names after `where`, speakers, outlets and article ids after `=`, `in (` or
/// `compare`, file paths after `.run` and `.save`.
public struct Completer: Sendable {
  /// What to complete: how many characters before the cursor the candidates replace, and the
  /// candidates (each the whole replacement text).
  public struct Completion: Sendable, Equatable {
    public var replacing: Int
    public var candidates: [String]
  }

  public var ids: [String] = []
  public var speakers: [String] = []
  public var people: [String] = []
  public var outlets: [String] = []
  public var results: [String] = []
  /// Field names by kind (`quote` → article, speaker, text, …).
  public var fields: [String: [String]] = [:]

  public init() {}

  public func complete(_ prefix: String) -> Completion {
    let trimmed = String(prefix.drop(while: { $0 == " " }))
    // dot commands and their arguments
    if trimmed.hasPrefix(".") {
      guard let space = trimmed.firstIndex(of: " ") else { return match(trimmed, in: DotCommand.names) }
      let command = trimmed[..<space].lowercased()
      let argument = String(trimmed[trimmed.index(after: space)...].drop(while: { $0 == " " }))
      switch command {
      case ".run", ".save": return paths(argument, onlyTranscripts: command == ".run")
      case ".format": return match(argument, in: DotCommand.formats)
      case ".help": return match(argument, in: ["find", "count", "show", "list", "compare", "where", "fields", "results", "formats", "session"])
      case ".timer": return match(argument, in: ["on", "off"])
      default: return Completion(replacing: 0, candidates: [])
      }
    }
    // inside an open string: complete a value
    let quoteCount = trimmed.filter { $0 == "\"" }.count
    if quoteCount % 2 == 1, let open = trimmed.lastIndex(of: "\"") {
      let typed = String(trimmed[trimmed.index(after: open)...])
      let before = String(trimmed[..<open])
      let c = values(for: fieldBefore(before), typed: typed)
      return Completion(replacing: typed.count + 1, candidates: c.map { "\"\($0)\"" })
    }
    let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == "," }).map { $0.lowercased() }
    let endsWithSeparator = trimmed.isEmpty || trimmed.last == " " || trimmed.last == "(" || trimmed.last == ","
    let typed = endsWithSeparator ? "" : String(trimmed.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == "," }).last ?? "")
    let previous = endsWithSeparator ? words : Array(words.dropLast())
    guard let first = previous.first else {
      return match(typed, in: Parser.commands + results)
    }
    let last = previous.last ?? ""
    let kind = previous.count >= 2 ? previous[1].hasSuffix("s") ? String(previous[1].dropLast()) : previous[1] : ""
    let kindFields = fields[kind] ?? fields.values.flatMap { $0 }.uniqued()
    switch first {
    case "list" where previous.count == 1:
      return match(typed, in: ["articles", "speakers", "people", "outlets"])
    case "find", "count":
      if previous.count == 1 { return match(typed, in: EntityKind.allCases.map(\.rawValue) + results) }
      if ["where", "and", "or", "not", "by", "order"].contains(last) || previous.last == "by" {
        return match(typed, in: last == "order" ? ["by"] : kindFields)
      }
      if ["=", "!=", "in"].contains(last) || trimmed.last == "," && previous.contains("in") {
        let field = fieldBefore(trimmed)
        return quoted(values(for: field, typed: typed.trimmingCharacters(in: "\"")), replacing: typed.count)
      }
      if kindFields.contains(last) { return match(typed, in: ["=", "!=", "~", "contains", "in"]) }
      return match(typed, in: previous.contains("where") ? ["and", "or", "not", "order", "limit", "by"] : ["where", "order", "limit", "by"])
    case "show":
      if previous.count == 1 { return match(typed, in: ids + ["quote"] + results) }
      return match(typed, in: ["paragraph", "raw"])
    case "compare":
      if last == "on" { return Completion(replacing: 0, candidates: []) }
      return match(typed, in: ids + (previous.count == 1 ? ["all"] : ["on"]))
    default:
      if previous.count == 1 && last != "=" && results.contains(first) == false && words.count >= 1 && trimmed.contains("=") {
        return match(typed, in: Parser.commands)
      }
      if previous.count >= 2 && previous[1] == "=" {
        return complete(String(trimmed[trimmed.index(after: trimmed.firstIndex(of: "=")!)...]))
      }
      return Completion(replacing: 0, candidates: [])
    }
  }

  /// The field a value is being typed for: `speaker` in `where speaker = "Ea`.
  func fieldBefore(_ text: String) -> String {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == "," }).map { $0.lowercased() }
    var i = words.count - 1
    while i >= 0 {
      if ["=", "!=", "in", "~", "contains"].contains(words[i]) && i > 0 { return words[i - 1] }
      if words[i] == "compare" { return "article" }
      i -= 1
    }
    return ""
  }

  func values(for field: String, typed: String) -> [String] {
    let pool: [String]
    switch field {
    case "speaker", "speaker_as_written", "who": pool = speakers
    case "person", "name": pool = people
    case "outlet": pool = outlets
    case "article", "id": pool = ids
    default: pool = []
    }
    let t = typed.lowercased()
    return pool.filter { name in
      t.isEmpty || name.lowercased().hasPrefix(t) || name.lowercased().split(separator: " ").contains { $0.hasPrefix(t) }
    }
  }

  func quoted(_ values: [String], replacing: Int) -> Completion {
    Completion(replacing: replacing, candidates: values.map { "\"\($0)\"" })
  }

  func match(_ typed: String, in options: [String]) -> Completion {
    let t = typed.lowercased()
    return Completion(replacing: typed.count, candidates: options.filter { $0.lowercased().hasPrefix(t) }.uniqued())
  }

  func paths(_ typed: String, onlyTranscripts: Bool) -> Completion {
    let expanded = typed.hasPrefix("~/") ? Paths.home + typed.dropFirst(1) : typed
    let folder: String
    let stem: String
    if let slash = expanded.lastIndex(of: "/") {
      folder = String(expanded[...slash])
      stem = String(expanded[expanded.index(after: slash)...])
    } else {
      folder = ""
      stem = expanded
    }
    let fm = FileManager.default
    let entries = (try? fm.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
    var out: [String] = []
    for e in entries.sorted() where e.hasPrefix(stem) && (!e.hasPrefix(".") || stem.hasPrefix(".")) {
      var isDir: ObjCBool = false
      _ = fm.fileExists(atPath: folder + e, isDirectory: &isDir)
      if isDir.boolValue {
        out.append(typedFolder(typed) + e + "/")
      } else if !onlyTranscripts || e.hasSuffix(".dq") || e.hasSuffix(".txt") {
        out.append(typedFolder(typed) + e)
      }
    }
    return Completion(replacing: typed.count, candidates: out)
  }

  func typedFolder(_ typed: String) -> String {
    guard let slash = typed.lastIndex(of: "/") else { return "" }
    return String(typed[...slash])
  }
}

extension Array where Element: Hashable {
  func uniqued() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
