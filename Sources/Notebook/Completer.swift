import Foundation
import Interpreter
import QueryLanguage

/// Tab completion that knows where it is in a query: commands at the start of a line, kinds after
/// `find`, field names after `where`, speakers, outlets and article ids after `=`, `in (` or
/// `compare`, `reuse`, `similar` and `unique`, file paths after `.run` and `.save`.
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
      case ".help": return match(argument, in: Help.topics.keys.sorted())
      case ".timer": return match(argument, in: ["on", "off"])
      default: return Completion(replacing: 0, candidates: [])
      }
    }
    // the word being typed, and the tokens before it
    var typed = ""
    var head = trimmed
    var inString = false
    if trimmed.filter({ $0 == "\"" }).count % 2 == 1, let open = trimmed.lastIndex(of: "\"") {
      typed = String(trimmed[trimmed.index(after: open)...])
      head = String(trimmed[..<open])
      inString = true
    } else {
      let separators: Set<Character> = [" ", "(", ",", "=", "!", "~", "<", ">", ")"]
      let word = trimmed.reversed().prefix(while: { !separators.contains($0) })
      typed = String(word.reversed())
      head = String(trimmed.dropLast(typed.count))
    }
    guard var tokens = try? Lexer.tokens(head) else { return Completion(replacing: 0, candidates: []) }
    tokens.removeLast()  // end of line
    let c = complete(tokens: tokens, typed: typed)
    if inString { return Completion(replacing: typed.count + 1, candidates: c.candidates.map { $0.hasPrefix("\"") ? $0 : "\"\($0)\"" }) }
    return c
  }

  func complete(tokens: [Token], typed: String) -> Completion {
    guard let first = tokens.first else { return match(typed, in: Parser.commands + results) }
    if tokens.count >= 2, first.kind == .word, tokens[1].kind == .symbol, tokens[1].text == "=" {
      return complete(tokens: Array(tokens.dropFirst(2)), typed: typed)  // Q = find …
    }
    let last = tokens[tokens.count - 1]
    switch first.keyword {
    case "list":
      return tokens.count == 1 ? match(typed, in: ["articles", "speakers", "people", "outlets"]) : none
    case "show":
      return tokens.count == 1 ? match(typed, in: ids + ["quote"] + results) : match(typed, in: ["paragraph", "raw"])
    case "compare":
      if last.keyword == "on" || last.kind == .string { return none }
      return match(typed, in: ids + (tokens.count == 1 ? ["all"] : ["on"]))
    case "reuse":
      return tokens.count == 1 ? match(typed, in: ids + ["all"]) : tokens.count == 2 && first.keyword != "all" ? match(typed, in: ids) : none
    case "similar":
      return tokens.count == 1 ? match(typed, in: ids) : tokens.count == 2 ? match(typed, in: ["limit"]) : none
    case "unique":
      return tokens.count == 1 ? match(typed, in: ids) : none
    case "trace":
      return tokens.count == 1 ? match(typed, in: ["quote"]) : none
    case "kwic":
      if last.keyword == "sort" { return match(typed, in: ["left", "right"]) }
      if last.keyword == "width" { return none }
      return tokens.count >= 2 ? match(typed, in: ["width", "sort"]) : none
    case "find", "count":
      if tokens.count == 1 { return match(typed, in: EntityKind.allCases.map(\.rawValue) + results) }
      var kind = tokens[1].keyword
      if kind.hasSuffix("s") { kind.removeLast() }
      if kind == "people" { kind = "person" }
      let kindFields = fields[kind] ?? Array(Set(fields.values.flatMap { $0 })).sorted()
      let inList = tokens.lastIndex(where: { $0.keyword == "in" }).map { i in
        !tokens[i...].contains(where: { $0.kind == .symbol && $0.text == ")" })
      } ?? false
      if last.kind == .symbol && ["=", "!="].contains(last.text) || inList && last.kind == .symbol && (last.text == "(" || last.text == ",") {
        let opIndex = inList ? tokens.lastIndex(where: { $0.keyword == "in" })! : tokens.count - 1
        let field = opIndex > 0 ? tokens[opIndex - 1].keyword : ""
        return values(for: field, typed: typed)
      }
      if ["where", "and", "or", "not", "by"].contains(last.keyword) || last.kind == .symbol && (last.text == "(" || last.text == ",") {
        return match(typed, in: kindFields)
      }
      if last.keyword == "order" { return match(typed, in: ["by"]) }
      if last.kind == .word && kindFields.contains(last.keyword) && !tokens.contains(where: { $0.keyword == "by" }) {
        return match(typed, in: ["=", "!=", "~", "contains", "in"])
      }
      let hasWhere = tokens.contains { $0.keyword == "where" }
      var next = hasWhere ? ["and", "or", "order", "limit"] : ["where", "order", "limit"]
      if first.keyword == "count" { next = hasWhere ? ["and", "or", "by"] : ["where", "by"] }
      return match(typed, in: next)
    default:
      return none
    }
  }

  var none: Completion { Completion(replacing: 0, candidates: []) }

  /// Values for a field, matched by the start of any word (`Ea` finds "Josh Earnest"), quoted.
  func values(for field: String, typed: String) -> Completion {
    let pool: [String]
    switch field {
    case "speaker", "speaker_as_written", "who": pool = speakers
    case "person", "name": pool = people
    case "outlet": pool = outlets
    case "article", "id": pool = ids
    default: pool = []
    }
    let t = typed.lowercased()
    let found = pool.filter { name in
      t.isEmpty || name.lowercased().hasPrefix(t) || name.lowercased().split(separator: " ").contains { $0.hasPrefix(t) }
    }
    return Completion(replacing: typed.count, candidates: found.map { field == "article" || field == "id" ? $0 : "\"\($0)\"" })
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
