import ArticleModel
import Foundation
import QueryLanguage
import SeedCorpus
import Testing

@testable import Interpreter

/// Random and mutated queries through the lexer, parser and interpreter: every one must give a
/// result or a diagnostic, never a crash or a hang. Deterministic (a fixed seed); set
/// DOSSIER_FUZZ_ITERATIONS for a longer run.
@Suite struct FuzzTests {
  static let corpus = CorpusLoader.load(name: "default", files: SeedCorpus.files)
  static let iterations = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3000

  typealias Random = SplitMix

  static let seeds = [
    #"find quote where speaker = "Earnest""#, #"count quote by article, speaker"#, #"compare 001 004 on "joint center""#,
    #"find sentence where text ~ "joint (military|operation)" order by article desc limit 3"#, "list people",
    #"Q = find quote where partial and (article in ("001", 3) or not speaker = "Kerry")"#, "show 004 paragraph 2..3",
    "show quote 2", "count Q by speaker", "find line where class != \"body\"", ".format jsonl", ".help where",
    #"find mention where kind = "role" and person contains "Put""#, "show 003 raw", "last",
    "reuse 000 002", "reuse all", "similar 002 limit 2", #"trace "near-term steps""#, "trace quote 1",
    #"kwic "Nusra" width 20 sort left"#, "unique 004",
  ]
  // (no `export`: a mutated one could write files where the tests run)
  static let pieces = [
    "find", "count", "show", "list", "compare", "where", "and", "or", "not", "(", ")", "=", "!=", "~", "contains", "in",
    "by", "order", "desc", "limit", ",", "..", "quote", "sentence", "article", "person", "mention", "line", "speaker",
    "text", "partial", "001", "004", "42", "\"Earnest\"", "\"\"", "'x'", "“joint”", "on", "all", "Q", "last", "raw",
    "paragraph", ".format", ".help", "\"(a+)+$\"", "\u{0}", "\u{7F}", "é", "日本", "\\", "\"", "<", ">=", "|",
    "reuse", "similar", "trace", "kwic", "unique", "width", "sort", "left", "right", "000", "002",
  ]

  /// Runs one line; returns the kind of outcome. Any crash ends the test process, which fails.
  static func run(_ line: String, _ interpreter: inout Interpreter) -> String {
    do {
      let statement = try Parser.parse(line)
      if case .dot = statement { return "dot" }
      let output = try interpreter.execute(statement)
      _ = Renderer.render(output, format: .table)
      _ = Renderer.render(output, format: .jsonl)
      return "result"
    } catch {
      #expect(!error.message.isEmpty, "empty diagnostic for \(line.debugDescription)")
      #expect(error.rendered(line: line).hasPrefix("error: "))
      return "diagnostic"
    }
  }

  @Test func randomTokenSequences() {
    var r = Random(seed: 1)
    var interpreter = Interpreter(corpus: Self.corpus)
    var outcomes: [String: Int] = [:]
    for _ in 0..<Self.iterations {
      let line = (0..<(1 + r.below(12))).map { _ in r.pick(Self.pieces) }.joined(separator: r.below(4) == 0 ? "" : " ")
      outcomes[Self.run(line, &interpreter), default: 0] += 1
    }
    #expect(outcomes.values.reduce(0, +) == Self.iterations)
    #expect(outcomes["diagnostic", default: 0] > 0)
  }

  @Test func mutatedQueries() {
    var r = Random(seed: 2)
    var interpreter = Interpreter(corpus: Self.corpus)
    var outcomes: [String: Int] = [:]
    for _ in 0..<Self.iterations {
      var bytes = Array(r.pick(Self.seeds).utf8)
      for _ in 0..<(1 + r.below(4)) {
        let at = r.below(bytes.count + 1)
        switch r.below(4) {
        case 0: bytes.insert(UInt8(truncatingIfNeeded: r.next()), at: at)  // any byte, invalid UTF-8 too
        case 1: if at < bytes.count { bytes.remove(at: at) }
        case 2: if at < bytes.count { bytes[at] = r.pick(Array("()\"'=,.~ \u{0}".utf8)) }
        default: bytes.insert(contentsOf: Array(r.pick(Self.pieces).utf8), at: at)
        }
      }
      // what the shell does with a line read from a pipe: invalid UTF-8 becomes U+FFFD
      outcomes[Self.run(String(decoding: bytes, as: UTF8.self), &interpreter), default: 0] += 1
    }
    #expect(outcomes["result", default: 0] > 0 && outcomes["diagnostic", default: 0] > 0)
  }

  @Test func hugeAndHostileLines() {
    var interpreter = Interpreter(corpus: Self.corpus)
    let megabyte = #"find sentence where text contains ""# + String(repeating: "x", count: 1 << 20) + "\""
    #expect(Self.run(megabyte, &interpreter) == "result")
    let manyTerms = "find quote where " + Array(repeating: #"speaker = "x""#, count: 5000).joined(separator: " or ")
    #expect(Self.run(manyTerms, &interpreter) == "diagnostic")
    let parens = "find quote where " + String(repeating: "(", count: 10_000) + "partial" + String(repeating: ")", count: 10_000)
    #expect(Self.run(parens, &interpreter) == "diagnostic")
    #expect(Self.run("find quote where text = \"a\u{0}b\"", &interpreter) == "result")
    #expect(Self.run("find\u{0} quote", &interpreter) == "diagnostic")
  }

  @Test func backtrackingRegexIsStopped() {
    var interpreter = Interpreter(corpus: Self.corpus)
    do {
      _ = try interpreter.execute(line: #"find paragraph where text ~ "(\w+\s?)+$x""#)
      Issue.record("a pattern that backtracks for ever finished")
    } catch {
      #expect(error.message.hasPrefix("the regular expression took more than"))
    }
  }
}
