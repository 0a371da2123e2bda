import Testing

@testable import ArticleModel

/// "she" goes to the woman the passage is about, never to a man named nearer.
@Suite struct GenderTests {
  @Test func sheIsNeverAManTheArticleNamed() {
    let text = "A headline for the test\n\nTara Reade said she had filed a complaint about Joe Biden years ago.\n\nShe said of Biden: \u{201C}I was not scared of him, and that was never the point of what I told them.\u{201D}\n\nJoe Biden denied it. \u{201C}It never happened,\u{201D} he said."
    let corpus = CorpusLoader.load(name: "t", files: [("t.txt", Array(text.utf8))])
    let q = corpus.articles[0].quotes
    #expect(q.first { $0.text.hasPrefix("I was not scared") }?.speaker == "Tara Reade")
    #expect(q.first { $0.text.hasPrefix("It never happened") }?.speaker == "Joe Biden")
  }

  @Test func honorificsRolesAndGivenNames() {
    #expect(Gender.of(name: ["Trump"], written: "Mrs. Trump", in: []) == .female)
    #expect(Gender.of(name: ["Kerry"], written: "Mr. Kerry", in: []) == .male)
    #expect(Gender.of(name: ["Nadia", "Okafor"], written: "spokeswoman Nadia Okafor", in: []) == .female)
    #expect(Gender.of(name: ["Sam", "Lee"], written: "Sam Lee", in: []) == .male)
    #expect(Gender.of(name: ["Lindsey", "Graham"], written: "Lindsey Graham", in: []) == nil)
    #expect(Gender.of(name: ["Quennell"], written: "Quennell", in: []) == nil)
    #expect(Gender.of(name: ["Ruth", "Feldman"], written: "Ruth Feldman", in: []) == .female)
  }
}
