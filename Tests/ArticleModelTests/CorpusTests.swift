import Foundation
import Testing

@testable import ArticleModel

@Suite struct CorpusTests {
  @Test func seedMetadata() {
    let a = Seeds.article("000")
    #expect(a.metadata.title == "Kerry's Syria plan greeted with concern over Russian intentions")
    #expect(a.metadata.outlet == "AKIPRESS.COM")
    #expect(a.metadata.date == "2016-07-15")
    #expect(Seeds.article("001").metadata.outlet == "PanARMENIAN.Net")
    #expect(Seeds.article("002").metadata.dateline == "Moscow")
    // the outlet from the page's own footer, the organisations credited, dates resolved
    #expect(Seeds.article("004").metadata.outlet == "RFE/RL")
    #expect(Seeds.article("004").metadata.sources == ["AP", "Reuters", "Associated Press"])
    #expect(Seeds.article("000").metadata.sources == ["Reuters"])
    #expect(Seeds.article("001").metadata.sources == ["The New York Times", "NYT"])
    #expect(Seeds.article("003").metadata.sources == ["Washington Post"])
    #expect(Seeds.article("000").metadata.mentionedDates == ["2016-07-14 (Thursday)"])
    #expect(Seeds.article("001").metadata.mentionedDates.first == "Thursday, July 14")
    #expect(Seeds.corpus.ids == ["000", "001", "002", "003", "004"])
  }

  @Test func weekdaysResolveToTheLatestOnOrBeforePublication() {
    let friday = MentionedDates.Day(iso: "2016-07-15")!
    #expect(friday.weekday == 5)
    #expect(friday.latest(weekday: 4).iso == "2016-07-14")
    #expect(friday.latest(weekday: 5).iso == "2016-07-15")
    #expect(friday.latest(weekday: 6).iso == "2016-07-09")
    #expect(MentionedDates.Day(iso: "2020-03-01")!.latest(weekday: 6).iso == "2020-02-29")
  }

  @Test func seedRolesAndRoleMentions() {
    #expect(Seeds.corpus.roles["Josh Earnest"] == ["White House press secretary"])
    #expect(Seeds.corpus.roles["Peter Cook"] == ["Pentagon spokesman"])
    #expect(Seeds.corpus.roles["Sergei Lavrov"] == ["Russian Foreign Minister"])
    let roleMentions = Seeds.corpus.writtenMentions.filter { $0.kind == .role }
    #expect(roleMentions.contains { $0.article == "004" && $0.text == "the Russian leader" && $0.person == "Vladimir Putin" })
    #expect(roleMentions.contains { $0.article == "003" && $0.text == "The Syrian president" && $0.person == "Bashar al-Assad" })
    #expect(roleMentions.contains { $0.article == "000" && $0.text == "the secretary" && $0.person == "Ash Carter" })
    let pronouns = Seeds.corpus.writtenMentions.filter { $0.kind == .pronoun }
    #expect(pronouns.contains { $0.article == "000" && $0.text == "he" && $0.person == "Peter Cook" })
  }

  @Test func seedOrganisationsAndPlaces() {
    let mentions = Seeds.corpus.articles.flatMap(\.mentions)
    let organisations = Set(mentions.filter { $0.kind == .organisation }.map(\.person))
    let places = Set(mentions.filter { $0.kind == .place }.map(\.person))
    for name in ["Islamic State", "Nusra Front", "State Department", "Pentagon", "Kremlin", "Washington Post", "White House"] {
      #expect(organisations.contains(name), "\(name)")
    }
    for name in ["Syria", "Russia", "Moscow", "United States"] { #expect(places.contains(name), "\(name)") }
    #expect(places.isDisjoint(with: ["MOSCOW", "U.S.", "US"]))
    #expect(organisations.isDisjoint(with: ["John Kerry", "Vladimir Putin"]))
  }

  @Test func seedPeople() {
    let people = Set(Seeds.corpus.articles.flatMap { $0.mentions.filter(\.kind.isPerson).map(\.person) })
    for name in ["John Kerry", "Vladimir Putin", "Josh Earnest", "John Kirby", "Peter Cook", "Sergei Lavrov", "Dmitry Peskov",
      "Bashar al-Assad", "Barack Obama", "Ash Carter"]
    {
      #expect(people.contains(name), "\(name)")
    }
    #expect(!people.contains("Islamic State") && !people.contains("Nusra Front") && !people.contains("Washington Post"))
    let kerry = Seeds.corpus.writtenMentions.filter { $0.person == "John Kerry" }.map(\.text)
    #expect(kerry.contains("Mr. Kerry") && kerry.contains("Kerry") && kerry.contains("John Kerry"))
  }

  @Test func badFilesGiveWarningsAndTheRestLoads() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("Title\n\nA good article about the talks in Moscow.\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
    try Data().write(to: dir.appendingPathComponent("b.txt"))
    try Data([0x00, 0x01, 0x02, 0xFF]).write(to: dir.appendingPathComponent("c.txt"))
    try Data([0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x0A, 0x41, 0xC3, 0x28, 0x2E, 0x0D, 0x0A]).write(to: dir.appendingPathComponent("d.txt"))
    let corpus = CorpusLoader.load(name: "bad", sources: try CorpusLoader.sources(in: [dir.path]))
    #expect(corpus.ids == ["a", "d"])
    #expect(corpus.warnings.count == 3)
    #expect(corpus.warnings.contains { $0.contains("b.txt") && $0.contains("empty") })
    #expect(corpus.warnings.contains { $0.contains("c.txt") && $0.contains("binary") })
    #expect(corpus.warnings.contains { $0.contains("d.txt") && $0.contains("invalid UTF-8") })
  }

  @Test func hostileFilesAreSkippedOrSurvived() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-hostile-\(UUID().uuidString)")
    let fm = FileManager.default
    try fm.createDirectory(at: dir.appendingPathComponent("loop"), withIntermediateDirectories: true)
    defer { try? fm.removeItem(at: dir) }
    var seed: UInt64 = 7
    func byte() -> UInt8 {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return UInt8(truncatingIfNeeded: seed >> 33)
    }
    // random bytes without NUL, which decode with replacement characters
    try Data((0..<20_000).map { _ in max(byte(), 1) }).write(to: dir.appendingPathComponent("random.txt"))
    // UTF-8 cut in the middle of a character
    try Data(Array("Title\n\nKerry met “Putin".utf8).dropLast(2)).write(to: dir.appendingPathComponent("truncated.txt"))
    // one line of a megabyte (a 5 MB line loads in about 2 s in a release build; the debug build the
    // tests use is ten times slower, so the test keeps to one)
    let sentence = String(repeating: "The talks went on for hours in Moscow. ", count: 99) + "“It went on,” Anna Berg said. "
    try Data(("Title\n\n" + String(repeating: sentence, count: 260)).utf8).write(to: dir.appendingPathComponent("long.txt"))
    // ten thousand empty files
    let made = (0..<10_000).filter { fm.createFile(atPath: dir.appendingPathComponent("empty-\($0).txt").path, contents: nil) }.count
    #expect(made == 10_000)
    // a symbolic-link loop and a FIFO
    try fm.createSymbolicLink(atPath: dir.appendingPathComponent("loop/self").path, withDestinationPath: "..")
    #expect(mkfifo(dir.appendingPathComponent("fifo.txt").path, 0o644) == 0)
    let corpus = CorpusLoader.load(name: "hostile", sources: try CorpusLoader.sources(in: [dir.path]))
    #expect(Set(corpus.ids) == ["random", "truncated", "long"])
    #expect(corpus.warnings.filter { $0.contains("the file is empty") }.count == 10_000)
    #expect(corpus.warnings.contains { $0.contains("fifo.txt") && $0.contains("not a regular file") })
    #expect(corpus.warnings.contains { $0.contains("random.txt") && $0.contains("invalid UTF-8") })
    #expect((corpus["long"].map { $0.text(ofParagraph: 1).utf8.count } ?? 0) > 1_000_000)
    #expect(corpus["long"]?.quotes.count == 260)
    #expect(corpus["long"]?.quotes.allSatisfy { $0.speaker == "Anna Berg" } == true)
  }

  @Test func folderWithoutArticlesIsAnError() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(throws: CorpusLoader.LoadError.self) { try CorpusLoader.sources(in: [dir.path]) }
    #expect(throws: CorpusLoader.LoadError.self) { try CorpusLoader.sources(in: [dir.path + "/missing"]) }
  }

  @Test func manifestIsReadFromTheFolder() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-manifest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("Some title\n\nBody text of the article goes here.\n".utf8).write(to: dir.appendingPathComponent("017_x.txt"))
    try Data("file\toutlet\tcluster_id\tdate\n017_x.txt\tFox News\t3\t2019-05-01\n".utf8).write(to: dir.appendingPathComponent("MANIFEST.tsv"))
    let corpus = CorpusLoader.load(name: "m", sources: try CorpusLoader.sources(in: [dir.path]))
    #expect(corpus["017"]?.metadata.outlet == "Fox News")
    #expect(corpus["017"]?.metadata.cluster == "3")
    #expect(corpus["017"]?.metadata.date == "2019-05-01")
  }

  /// The example: every seed tells of the joint center in its own words, and 003's
  /// "joint news conference" must not beat its Joint Operation Center.
  @Test func passagesFindTheSameFactInOtherWords() {
    let corpus = Seeds.corpus
    let matcher = PassageMatcher(corpus: corpus, words: CorpusWords(corpus: corpus))
    let passages = matcher.passages(topic: "joint center", articles: [0, 1, 2, 3, 4])
    let best = Dictionary(passages.filter { $0.rank == 1 }.map { ($0.article, $0.text) }, uniquingKeysWith: { a, _ in a })
    #expect(best["000"]?.contains("new center where U.S. and Russian militaries would share intelligence") == true)
    #expect(best["001"]?.contains("joint military command center") == true)
    #expect(best["002"]?.contains("Joint Implementation Group") == true)
    #expect(best["003"]?.contains("Joint Operation Center") == true)
    #expect(best["004"]?.contains("new military command-and-control headquarters") == true)
    let marked = passages.first { $0.article == "001" && $0.rank == 1 }
    #expect(marked?.matched.contains("joint") == true && marked?.matched.contains("center") == true)
    #expect(passages.allSatisfy { !($0.article == "003" && $0.rank == 1 && $0.text.contains("news conference")) })
  }

  @Test func aTopicNobodyCoversFindsNothing() {
    let corpus = Seeds.corpus
    let matcher = PassageMatcher(corpus: corpus, words: CorpusWords(corpus: corpus))
    #expect(matcher.passages(topic: "zebra", articles: [0, 1, 2, 3, 4]).isEmpty)
  }
}

/// A surname written alone before the article names anyone in full with it is the corpus's far
/// better known bearer, not the relative the article names later.
@Suite struct LateIntroductionTests {
  @Test func aSurnameBeforeARelativesFullNameIsTheCorpussPerson() {
    let known = (0..<6).map { i in
      // (lines that differ: the same line in every article of an outlet is its furniture)
      ("\(i).txt", Array("Headline \(i)\n\nPresident Donald Trump spoke on Monday about trade number \(i).\n\nDonald Trump said more on day \(i).\n".utf8))
    }
    let story = (
      "9.txt",
      Array("""
        State of the Union highlights

        President Trump gave his address on Tuesday.

        “Almost every American family knows the pain,” Trump said.

        First lady Melania Trump then stood up and draped the medal on him.

        """.utf8)
    )
    let corpus = CorpusLoader.load(name: "t", files: known + [story])
    let quote = corpus["9"]!.quotes.first { $0.text.hasPrefix("Almost every") }
    #expect(quote?.speaker == "Donald Trump")
    #expect(corpus.writtenMentions.contains { $0.article == "9" && $0.text == "Melania Trump" && $0.person == "Melania Trump" })
    // a name the article introduces first keeps its bare surname (the usual order of a story)
    let local = (
      "8.txt",
      Array("Local news\n\nMelania Trump visited the school on Monday.\n\n“We love it here,” Trump said.\n".utf8)
    )
    let corpus2 = CorpusLoader.load(name: "t", files: known + [local])
    #expect(corpus2["8"]!.quotes.first?.speaker == "Melania Trump")
  }
}

/// An epithet after a quotation names the person the sentences before it are about.
@Suite struct EpithetTests {
  @Test func anEpithetWithNoSpeakerBeforeIsThePersonJustNamed() {
    let text = """
      Cuba talks

      The White House announced new talks on Wednesday.

      But Speaker John Boehner said he would not allow any change to be voted on in the House.

      “Relations with the Castro regime should not be revisited,” the Ohio Republican said.

      “The senators will not budge,” the senior White House official said.

      """
    let corpus = CorpusLoader.load(name: "t", files: [("t.txt", Array(text.utf8))])
    let quotes = corpus.articles[0].quotes
    #expect(quotes.first { $0.text.hasPrefix("Relations") }?.speaker == "John Boehner")
    // (an unnamed source talks of the person named; it is not that person)
    #expect(quotes.first { $0.text.hasPrefix("The senators") }?.speaker != "John Boehner")
  }
}

@Suite struct FamilyNameFirstTests {
  @Test func aRomanisedGivenNameIsPartOfTheNameAndTheFamilyNameStandsAlone() {
    let text = """
      Truce talks

      In a meeting with the prime minister, U.N. chief Ban Ki-moon urged Israel to show “maximum restraint.”

      “Further escalation benefits no one,” Ban said.

      North Korean leader Kim Jong-un met the delegation, and Blue House spokesman Kim Eui-kyeom briefed reporters.

      “The summit will go ahead,” Kim Eui-kyeom said.

      """
    let corpus = CorpusLoader.load(name: "t", files: [("t.txt", Array(text.utf8))])
    let quotes = corpus.articles[0].quotes
    #expect(quotes.first { $0.text.hasPrefix("Further") }?.speaker == "Ban Ki-moon")
    #expect(quotes.first { $0.text.hasPrefix("The summit") }?.speaker == "Kim Eui-kyeom")
    #expect(corpus.articles[0].mentions.contains { $0.person == "Kim Jong-un" })
  }

  @Test func spellingsThatDifferInHyphensAndCaseAreOnePerson() {
    let a = """
      Summit

      North Korean leader Kim Jong Un arrived in Singapore. Officials said Kim Jong Un would stay two days.

      “We will meet again,” Kim said.

      """
    let b = """
      Letter

      North Korean leader Kim Jong-un wrote to the president.

      “The letter is on my desk,” Kim Jong-un said.

      """
    let corpus = CorpusLoader.load(name: "t", files: [("a.txt", Array(a.utf8)), ("b.txt", Array(b.utf8))])
    let speakers = corpus.articles.flatMap(\.quotes).map(\.speaker)
    #expect(speakers == ["Kim Jong Un", "Kim Jong Un"])
  }

  @Test func englishCompoundsOfTheSameShapeAreNoGivenNames() {
    #expect(PersonFinder.isRomanizedGivenName("Ki-moon"))
    #expect(PersonFinder.isRomanizedGivenName("Jong-un’s"))
    #expect(PersonFinder.isRomanizedGivenName("Kai-shek"))
    for word in ["York-based", "War-era", "Obama-era", "Sign-up", "Ben-Ghiat", "Iran-backed", "Ocasio-Cortez"] {
      #expect(!PersonFinder.isRomanizedGivenName(word), "\(word)")
    }
  }
}

/// The Hill's name links, flattened into the text with their teaser headlines (set 62).
@Suite struct LinkTeaserTests {
  @Test func teasersAfterANameAreCutAndTheirHeadlinesAreNoQuotations() {
    let text = """
      Hearing

      Senator Maria Delgado Maria Elena DelgadoDelgado: 'We were not consulted' on the deal Senate panel advances budget 'in a rush' MORE (D-N.M.) opened the hearing.

      “We will get answers today,” Delgado said of Hillary Clinton Hillary Diane Rodham Clinton2020 hopefuls court voters MORE's emails.

      Senate Majority Whip John Thune John Randolph ThuneGOP senators meet on budget MORE said: “The votes are there.”

      """
    let corpus = CorpusLoader.load(name: "t", files: [("t.txt", Array(text.utf8))])
    let article = corpus.articles[0]
    #expect(article.text(ofParagraph: 1) == "Senator Maria Delgado (D-N.M.) opened the hearing.")
    #expect(article.text(ofParagraph: 2) == "“We will get answers today,” Delgado said of Hillary Clinton's emails.")
    // the teasers' single-quoted headlines are gone with them
    #expect(article.quotes.map(\.text) == ["We will get answers today", "The votes are there."])
    #expect(article.quotes.map(\.speaker) == ["Maria Delgado", "John Thune"])
  }

  @Test func capitalMoreInProseStays() {
    #expect(LinkTeaser.removed(from: "Voters want MORE jobs, Senator Jane Smith SmithSaid told the McDonald rally.") == nil)
    #expect(LinkTeaser.removed(from: "The sign read ONE MORE TIME in red letters.") == nil)
  }
}
