import Testing

@testable import ArticleModel

@Suite struct TextTests {
  @Test func normalizerUnifiesSpacesAndLineEndings() {
    let bytes = Array("  Kerry\u{00A0}met\u{2009}Putin \t in Moscow.\r\nSecond\u{200B} line\r\n\r\n".utf8)
    let r = TextNormalizer.lines(from: bytes)
    #expect(r.lines == ["Kerry met Putin in Moscow.", "Second line", ""])
    #expect(!r.hadInvalidUTF8)
  }

  @Test func invalidUTF8IsReplacedAndReported() {
    let r = TextNormalizer.lines(from: [0x41, 0xFF, 0x42])
    #expect(r.lines == ["A\u{FFFD}B"])
    #expect(r.hadInvalidUTF8)
  }

  @Test func tokenizerKeepsAbbreviationsApostrophesAndHyphens() {
    let words = WordTokenizer.tokens("U.S. officials said al-Assad’s forces we’ve seen 280,000 dead, a.m. today.").map(\.text)
    #expect(words == ["U.S.", "officials", "said", "al-Assad’s", "forces", "we’ve", "seen", "280,000", "dead", ",", "a.m.", "today", "."])
  }

  @Test func tokenizerRangesAreUTF8Offsets() {
    let text = "“No”, Peskov said"
    let tokens = WordTokenizer.tokens(text)
    #expect(tokens.map(\.text) == ["“", "No", "”", ",", "Peskov", "said"])
    #expect(tokens[1].range == 3..<5)
    #expect(tokens[4].range == 10..<16)
  }

  @Test(arguments: [
    ("Mr. Kerry met Putin. He left.", ["Mr. Kerry met Putin.", "He left."]),
    ("The U.S. Army left at 1 a.m. on Friday. Then it rained.", ["The U.S. Army left at 1 a.m. on Friday.", "Then it rained."]),
    ("It was sent to the U.S. The talks went on.", ["It was sent to the U.S.", "The talks went on."]),
    ("“We will go,” he said. “Now.”", ["“We will go,” he said.", "“Now.”"]),
    ("Sen. John F. Kennedy spoke on Jan. 5. Nobody listened!", ["Sen. John F. Kennedy spoke on Jan. 5.", "Nobody listened!"]),
    ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
    ("Was it over? “No,” she said.", ["Was it over?", "“No,” she said."]),
  ])
  func sentences(text: String, expected: [String]) {
    let ranges = SentenceSplitter.split(text)
    let u = Array(text.utf8)
    #expect(ranges.map { String(decoding: u[$0], as: UTF8.self) } == expected)
  }

  @Test(arguments: [
    ("World|politics|July 15, 2016 / 11:28 AM", "2016-07-15"),
    ("Published 15 July 2016", "2016-07-15"),
    ("Updated: Jan. 3, 2020", "2020-01-03"),
    ("2019-11-02T10:00", "2019-11-02"),
  ])
  func dates(text: String, iso: String) {
    #expect(DateFinder.firstDate(in: text) == iso)
  }

  @Test func noDateInPlainProse() {
    #expect(DateFinder.firstDate(in: "Kerry met Putin on Thursday in May") == nil)
  }

  @Test func stemmerMeetsWordForms() {
    #expect(Stemmer.stem("operations") == Stemmer.stem("operation"))
    #expect(Stemmer.stem("centers") == Stemmer.stem("center"))
    #expect(Stemmer.stem("stopped") == Stemmer.stem("stop"))
    #expect(Stemmer.stem("policies") == Stemmer.stem("policy"))
  }

  @Test func manifestOverridesAndNormalisesDates() {
    let m = Manifest(tsv: "file\toutlet\ttitle\tdate\tcluster_id\n001_x.txt\tReuters\tA title\tJuly 15, 2016\t7\n")
    let meta = m.byFile["001_x.txt"]
    #expect(meta?.outlet == "Reuters")
    #expect(meta?.title == "A title")
    #expect(meta?.date == "2016-07-15")
    #expect(meta?.cluster == "7")
  }

  /// Rows written on Windows (`\r\n`), blank rows, padded cells, short rows and non-ASCII text.
  @Test func manifestReadsCRLFRowsAndPaddedCells() {
    let tsv = "File\tOutlet\tTitle\r\n\r\n a/002_y.txt \t Le Monde \tL’été à Paris\r\n003_z.txt\r\n\n004_w.txt\tAP\t\t\r\n"
    let m = Manifest(tsv: tsv)
    #expect(m.byFile.count == 3)
    #expect(m.byFile["002_y.txt"]?.outlet == "Le Monde")
    #expect(m.byFile["002_y.txt"]?.title == "L’été à Paris")
    #expect(m.byFile["003_z.txt"]?.outlet == "")
    #expect(m.byFile["004_w.txt"]?.outlet == "AP")
    #expect(m.byFile["004_w.txt"]?.title == "")
  }

  @Test func articleIDs() {
    #expect(CorpusLoader.articleIDs(["000_8f.txt", "001_ab.txt"], paths: ["a", "b"]) == ["000", "001"])
    #expect(CorpusLoader.articleIDs(["000_8f.txt", "notes.txt"], paths: ["a", "b"]) == ["000_8f", "notes"])
    #expect(CorpusLoader.articleIDs(["a.txt", "a.txt"], paths: ["x/a.txt", "y/a.txt"]) == ["x/a.txt", "y/a.txt"])
  }
}
