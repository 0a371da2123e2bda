import Foundation
import Testing

@testable import ArticleModel

/// The Porter2 stemmer against the reference implementation's output (Snowball's `english`
/// stemmer, through Python's snowballstemmer) for 3,000 words drawn from real news and the words
/// each rule of the algorithm exists for.
@Suite struct StemmerTests {
  @Test func matchesTheReferenceStemmer() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/porter2.tsv")
    let pairs = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
    #expect(pairs.count > 3000)
    var wrong: [String] = []
    for p in pairs where Stemmer.stem(p[0]) != p[1] { wrong.append("\(p[0]): \(Stemmer.stem(p[0])) != \(p[1])") }
    #expect(wrong.isEmpty, "\(wrong.count) differ: \(wrong.prefix(30).joined(separator: "; "))")
  }

  @Test func leavesOtherWordsAlone() {
    #expect(Stemmer.stem("al-assad") == "al-assad")
    #expect(Stemmer.stem("élysée") == "élysée")
    #expect(Stemmer.stem("u.s.") == "u.s.")
    #expect(Stemmer.stem("at") == "at")
  }
}
