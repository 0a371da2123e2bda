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

  /// The class of every non-blank raw line of the five seeds, read and checked by hand.
  static let seedClasses: [String: String] = [
    "000": "1:boilerplate 2:dateline 3:title 5:body 7:body 9:body 11:body 13:body 15:body 17:body 19:body 21:boilerplate 23:boilerplate 25:boilerplate 27:boilerplate 29:boilerplate 31:boilerplate 33:boilerplate 35:boilerplate 37:boilerplate 40:boilerplate 42:boilerplate 44:boilerplate 46:boilerplate 48:boilerplate 50:boilerplate",
    "001": "1:title 3:boilerplate 5:body 7:body 9:body 11:body 13:body 15:body 17:boilerplate 18:boilerplate 19:boilerplate 20:boilerplate 21:boilerplate 22:boilerplate 23:boilerplate",
    "002": "1:title 3:body 5:body 7:body 9:body 11:body 13:body 15:boilerplate 17:body 19:body 22:body 24:body 26:body 28:body 30:body 32:boilerplate 34:body 36:body 38:body 40:body 42:boilerplate 44:boilerplate",
    "003": "1:boilerplate 3:title 5:body 7:boilerplate 9:body 11:body 13:body 15:body 17:body 19:body 21:body 23:body 25:body 27:body 29:body 31:body 33:boilerplate 35:body 37:boilerplate",
    "004": "1:boilerplate 3:boilerplate 5:title 7:caption 8:boilerplate 10:body 12:body 14:body 16:body 18:body 20:body 22:body 24:body 26:body 28:body 30:body 32:body 34:body 36:body 38:body 40:body 42:body 44:body 46:body 48:body 50:body 52:body 54:body 56:credit 57:boilerplate 60:boilerplate 62:boilerplate 64:boilerplate 66:boilerplate",
  ]

  @Test(arguments: ["000", "001", "002", "003", "004"])
  func everySeedLineHasItsClass(_ id: String) {
    let actual = Seeds.article(id).lines.filter { $0.kind != .blank }.map { "\($0.number):\($0.kind.rawValue)" }
    #expect(actual.joined(separator: " ") == Self.seedClasses[id])
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

  /// `(R)` alone is a party, not the right of a photo: a lede that names a governor with it is body.
  @Test func aPartyTagIsNoCaptionMark() {
    #expect(LineClassifier.classifyAlone("Maine Gov. Paul LePage (R) said Wednesday that he has no plans to resign.").0 == .body)
    #expect(LineClassifier.classifyAlone("Sen. Ann Doe (L) and Rep. Bo Roe (R) arrive at the Capitol on Tuesday.").0 == .caption)
  }
}

