import Testing

@testable import ArticleModel

/// `WordSet` must answer exactly as the `Set<String>` it replaced: the extractors' output is the
/// same either way, only faster.
@Suite struct WordSetTests {
  @Test func answersAsASetOfStrings() {
    let members = ["said", "told", "according", "josé", "", "a", "jean-luc", "o'neill"]
    let words = WordSet(members)
    let plain = Set(members)
    // misses share first letters, lengths and hash slots with members
    let asked = members + ["sai", "saidd", "Said", "tol", "b", "jose", "jean", "o’neill", "x", "according to"]
    for word in asked {
      #expect(words.contains(word) == plain.contains(word), "\(word)")
    }
    #expect(words.count == plain.count)
    #expect(Set(words) == plain)
  }

  @Test func nonASCIIWordsKeepUnicodeEquality() {
    // `é` precomposed and decomposed are one String: a set of them must find either form
    let words = WordSet(["jos\u{E9}"])
    #expect(words.contains("jos\u{E9}"))
    #expect(words.contains("jose\u{301}"))
    #expect(!words.contains("jose"))
  }

  @Test func setAlgebraKeepsMembers() {
    let a: WordSet = ["in", "on", "at"]
    let b = a.union(["by", "in"]).subtracting(["on"]).filter { $0 != "at" }
    #expect(Set(b) == ["in", "by"])
    #expect(!b.contains("on") && !b.contains("at"))
    #expect(b.contains("by"))
    // a table many times larger than its first size still finds every member
    let many = WordSet((0..<5000).map { "w\($0)" })
    #expect((0..<5000).allSatisfy { many.contains("w\($0)") })
    #expect(!many.contains("w5000"))
  }
}
