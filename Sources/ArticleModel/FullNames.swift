/// What an article's full names vouch for in a one-word mention: `Johnson` after `Sen. Ron
/// Johnson` is a person; so is `Wael` after `Wael Ghonim`, a given name no list holds, except at a
/// sentence's start, where `Hemp` after the title-case `Hemp Hearts` is a word.
struct FullNames: Sendable {
  var surnames: Set<String> = []
  var givenNames: Set<String> = []

  /// None: an article whose people are not known.
  init() {}

  /// From the people the person finder found in one article.
  init(_ people: [PersonFinder.Candidate]) {
    for p in people where p.name.count >= 2 { surnames.insert(p.name[p.name.count - 1]) }
    // (and a surname the article gave with a title, `President Obama` in a column that never
    // writes `Barack`: its bare `Obama` later is the same person; set 49: or one that speaks,
    // `“…,” Kugelmass says`, in a profile that never gives his first name: its mentions before
    // that line are the same man, whom `he` stands for)
    for p in people where p.name.count == 1 && p.vouched
      && (p.written.utf8.count > p.name[0].utf8.count || p.speechSubject && !p.afterDeterminer && !p.opensSentence)
    {
      surnames.insert(p.name[0])
    }
    // a given name only from a plain two-word name, `Wael Ghonim`: not `Obama Doctrine` (a surname
    // of the article), `Customs Enforcement`, `Harvard College` or `Trump A. Bills`
    func plain(_ word: String) -> Bool {
      guard let f = word.unicodeScalars.first, f.properties.isUppercase, word.unicodeScalars.count >= 2 else { return false }
      return word.unicodeScalars.dropFirst().allSatisfy { $0.properties.isLowercase }
    }
    for p in people where p.name.count == 2 && !p.afterDeterminer && plain(p.name[0]) && plain(p.name[1]) {
      let first = WordTokenizer.foldCase(p.name[0]), last = WordTokenizer.foldCase(p.name[1])
      guard !FirstNames.all.contains(first), !surnames.contains(p.name[0]), !EntityFinder.places.contains(first),
        !EntityFinder.organisations.contains(first), !EntityFinder.organisationHeads.contains(last), !Lexicon.nonPersonWords.contains(last),
        !Lexicon.sentenceWords.contains(first)
      else { continue }
      givenNames.insert(p.name[0])
    }
  }

  /// Whether a one-word mention is a person the article names in full.
  func vouch(_ p: PersonFinder.Candidate) -> Bool {
    p.name.count == 1 && (surnames.contains(p.name[0]) || !p.opensSentence && givenNames.contains(p.name[0]))
  }
}
