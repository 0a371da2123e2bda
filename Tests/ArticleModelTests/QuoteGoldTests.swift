import Foundation
import Testing

@testable import ArticleModel

/// The quote extractor against a hand-made gold file of every quotation in the seeds: span
/// precision and recall, and the share of found quotes whose speaker is right. The floors are what
/// the extractor reaches today; a change that loses quotes or speakers fails here.
@Suite struct QuoteGoldTests {
  struct Gold {
    let article: String
    let paragraph: Int
    let text: String
    let speakers: [String]
    let optional: Bool
  }

  static let gold: [Gold] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seed-quotes.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("article\t") }.map { line in
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Gold(
        article: f[0], paragraph: Int(f[1]) ?? 0, text: f[2], speakers: f[3].split(separator: "|").map(String.init),
        optional: f.count > 5 && f[5] == "optional")
    }
  }()

  /// Spans match when their words match, whatever the punctuation at the ends.
  static func key(_ s: String) -> String {
    WordTokenizer.tokens(s).filter { $0.kind != .punctuation }.map(\.key).joined(separator: " ")
  }

  struct Score {
    var found = 0, matched = 0, wrongSpans = 0, speakersRight = 0, goldCount = 0
    var missed: [String] = []
    var wrongSpeakers: [String] = []
    var precision: Double { Double(matched) / Double(max(matched + wrongSpans, 1)) }
    var recall: Double { Double(matched) / Double(max(goldCount, 1)) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var speakerAccuracy: Double { Double(speakersRight) / Double(max(matched, 1)) }
  }

  static func score() -> Score {
    var s = Score()
    let quotes = Seeds.corpus.quotesIn
    s.goldCount = gold.filter { !$0.optional }.count
    var used = Set<Int>()
    for q in quotes {
      s.found += 1
      guard let g = gold.indices.first(where: { !used.contains($0) && gold[$0].article == q.article && gold[$0].paragraph == q.paragraph
        && key(gold[$0].text) == key(q.text) })
      else {
        s.wrongSpans += 1
        continue
      }
      used.insert(g)
      if gold[g].optional { continue }
      s.matched += 1
      if gold[g].speakers.contains(where: { $0.caseInsensitiveEquals(q.speaker) }) {
        s.speakersRight += 1
      } else {
        s.wrongSpeakers.append("\(q.article) ¶\(q.paragraph) \(q.text.prefix(30))…: \(q.speaker.isEmpty ? "(none)" : q.speaker), gold \(gold[g].speakers.joined(separator: "|"))")
      }
    }
    s.missed = gold.indices.filter { !used.contains($0) && !gold[$0].optional }.map { "\(gold[$0].article) ¶\(gold[$0].paragraph) \(gold[$0].text.prefix(40))" }
    return s
  }

  @Test func goldFileIsComplete() {
    #expect(Self.gold.count == 36)
    #expect(Self.gold.allSatisfy { !$0.speakers.isEmpty || $0.optional })
  }

  @Test func spansAndSpeakersOnTheSeeds() {
    let s = Self.score()
    // printed so a run shows the numbers, not only pass or fail
    print("seed quotes: precision \(s.precision), recall \(s.recall), F1 \(s.f1), speakers right \(s.speakerAccuracy)")
    print("missed: \(s.missed)")
    print("wrong speakers: \(s.wrongSpeakers)")
    #expect(s.precision >= 0.99, "spans found that are no quotation")
    #expect(s.recall >= 0.97, "missed: \(s.missed)")
    #expect(s.speakerAccuracy >= 0.94, "\(s.wrongSpeakers)")
  }
}
