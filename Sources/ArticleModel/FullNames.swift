/// What an article's full names vouch for in a one-word mention: `Johnson` after `Sen. Ron
/// Johnson` is a person; so is `Wael` after `Wael Ghonim`, a given name no list holds, except at a
/// sentence's start, where `Hemp` after the title-case `Hemp Hearts` is a word.
struct FullNames: Sendable {
  var surnames: Set<String> = []
  var givenNames: Set<String> = []

  init(surnames: Set<String> = [], givenNames: Set<String> = []) {
    self.surnames = surnames
    self.givenNames = givenNames
  }

  /// From the people the person finder found in one article.
  init(_ people: [PersonFinder.Candidate]) {
    for p in people where p.name.count >= 2 {
      surnames.insert(p.name[p.name.count - 1])
      // (not `Harvard` of `Harvard College`, nor a place's or an organisation's word)
      let first = WordTokenizer.foldCase(p.name[0])
      if !FirstNames.all.contains(first), !EntityFinder.places.contains(first), !EntityFinder.organisations.contains(first),
        !EntityFinder.organisationHeads.contains(WordTokenizer.foldCase(p.name[p.name.count - 1]))
      {
        givenNames.insert(p.name[0])
      }
    }
  }

  /// Whether a one-word mention is a person the article names in full.
  func vouch(_ p: PersonFinder.Candidate) -> Bool {
    p.name.count == 1 && (surnames.contains(p.name[0]) || !p.opensSentence && givenNames.contains(p.name[0]))
  }
}
