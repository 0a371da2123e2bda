import Testing

@testable import ArticleModel

@Suite struct LineClassifierTests {
  func kinds(_ id: String) -> [Int: LineClass] {
    Dictionary(uniqueKeysWithValues: Seeds.article(id).lines.map { ($0.number, $0.kind) })
  }

  @Test func seed000FurnitureAndFooter() {
    let k = kinds("000")
    #expect(k[1] == .boilerplate)  // COVID-19 Latest
    #expect(k[2] == .dateline)  // World|politics|July 15, 2016 / 11:28 AM
    #expect(k[3] == .title)
    for body in [5, 7, 9, 11, 13, 15, 17, 19] { #expect(k[body] == .body, "line \(body)") }
    for furniture in [21, 23, 25, 27, 29, 31, 33, 35, 37, 40, 42, 44, 46, 48, 50] {
      #expect(k[furniture] == .boilerplate, "line \(furniture)")
    }
  }

  @Test func seed001RepeatedTitleAndTeasers() {
    let k = kinds("001")
    #expect(k[1] == .title)
    #expect(k[3] == .boilerplate)  // the title printed twice
    for body in [5, 7, 9, 11, 13, 15] { #expect(k[body] == .body, "line \(body)") }
    for teaser in 17...23 { #expect(k[teaser] == .boilerplate, "line \(teaser)") }
  }

  @Test func seed002ReadTeasersAndWordPressFooter() {
    let k = kinds("002")
    #expect(k[1] == .title)
    #expect(k[15] == .boilerplate)  // READ  Witnesses …
    #expect(k[32] == .boilerplate)  // READ  Hockey family …
    #expect(k[42] == .boilerplate)  // Leave a Comment
    #expect(k[44] == .boilerplate)  // Optimization WordPress Plugins …
    #expect(Seeds.article("002").paragraphs.count == 17)
  }

  @Test func seed003ShareAdvertisementAndTrailingHeadline() {
    let k = kinds("003")
    #expect(k[1] == .boilerplate)
    #expect(k[3] == .title)
    #expect(k[7] == .boilerplate && k[33] == .boilerplate)
    #expect(k[37] == .boilerplate)  // Russian help fighting IS welcome …
    #expect(Seeds.article("003").paragraphs.count == 14)
  }

  @Test func seed004CaptionCreditAndRFEFooter() {
    let k = kinds("004")
    #expect(k[1] == .boilerplate && k[3] == .boilerplate)
    #expect(k[5] == .title)
    #expect(k[7] == .caption && k[8] == .boilerplate)
    #expect(k[56] == .credit)
    for footer in [57, 60, 62, 64, 66] { #expect(k[footer] == .boilerplate, "line \(footer)") }
    #expect(Seeds.article("004").paragraphs.count == 23)
  }

  @Test func everyLineHasAReason() {
    for a in Seeds.corpus.articles {
      for l in a.lines { #expect(!l.reason.isEmpty, "\(a.id) line \(l.number)") }
    }
  }

  @Test func unsureLinesStayBody() {
    let lines = LineClassifier.classify([
      "A headline about the talks", "", "The talks went on for hours, officials said.", "",
      "They did not agree on a date.", "",
    ])
    #expect(lines.map(\.kind) == [.title, .blank, .body, .blank, .body, .blank])
  }
}
