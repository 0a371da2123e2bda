/// Finds the roles an article gives a named person: before the name (`Secretary of State John
/// Kerry`, `Kremlin spokesman Dmitry Peskov`) or in an appositive after it (`Josh Earnest, the
/// White House press secretary,`).
enum RoleFinder {
  /// Honorifics say nothing of a role.
  static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr.", "rev", "rev."]
  static let determiners: WordSet = ["the", "a", "an", "his", "her", "its", "their"]

  /// Abbreviated titles, written out so `Sen. Warren` and `Senator Warren` share a role.
  static let abbreviations: [String: String] = [
    "sen": "Senator", "gov": "Governor", "rep": "Representative", "gen": "General", "lt": "Lieutenant",
    "col": "Colonel", "sgt": "Sergeant", "capt": "Captain", "adm": "Admiral", "atty": "Attorney", "amb": "Ambassador",
  ]
  /// Lower-case words a role may hold besides role nouns and titles.
  static let roleFiller: WordSet = [
    "of", "for", "the", "and", "on", "in", "senior", "top", "former", "chief", "deputy", "assistant", "acting", "press",
    "national", "security", "foreign", "defense", "defence", "state", "house", "majority", "minority", "general",
    "white", "presidential", "executive", "special", "intelligence", "policy", "campaign", "party", "longtime",
    "veteran", "political", "economic", "military", "legal", "communications", "civil", "rights", "health", "news",
  ]

  /// The role words written before the name. `qualifiers` are the capitalised words of the run
  /// that came off the front of the name; `before` are the tokens before the run.
  static func prefixRole(qualifiers: [WordToken], before: ArraySlice<WordToken>) -> String? {
    var words = qualifiers.filter { $0.kind == .word && !honorifics.contains($0) }
    while let f = words.first, Lexicon.sentenceWords.contains(f) { words.removeFirst() }
    // words before the run: `Secretary of State`, `Pentagon spokesman`, `U.S. Defense Secretary`
    var i = before.endIndex - 1
    var taken = 0
    while i >= before.startIndex, taken < 6 {
      let t = before[i]
      guard t.kind == .word else { break }
      let k = t.key
      let isRole = Lexicon.roleNouns.contains(k) || Lexicon.titles.contains(k) && !honorifics.contains(k)
      let joiner = (k == "of" || k == "for") && i > before.startIndex && !words.isEmpty
      guard !honorifics.contains(k), isRole || t.isCapitalized && !Lexicon.sentenceWords.contains(k) || joiner else { break }
      words.insert(t, at: 0)
      taken += 1
      i -= 1
    }
    while let f = words.first, f.key == "of" || f.key == "for" { words.removeFirst() }
    guard words.contains(where: { Lexicon.roleNouns.contains($0) || Lexicon.titles.contains($0) && !nationality($0.key) }) else {
      return nil
    }
    if words.count == 1, let full = abbreviations[words[0].key] { return full }
    guard !words.contains(where: { MentionedDates.weekdays.contains($0.key) || DateFinder.months[$0.key] != nil }) else { return nil }
    return QuoteFinder.join(words)
  }

  /// `, the White House press secretary,` or `, a United Nations envoy.` after the name. Without a
  /// determiner the phrase must end in a role noun (`, White House press secretary,`), and it must
  /// end within eight words at a comma, a period or a speech verb; a phrase with a person's name in
  /// it is the next person, not a role (`with Putin, State Department spokesman John Kirby told`).
  static func appositiveRole(after: ArraySlice<WordToken>) -> String? {
    guard let comma = after.first, comma.text == "," else { return nil }
    var words: [WordToken] = []
    var i = after.startIndex + 1
    let hasDeterminer = i < after.endIndex && determiners.contains(after[i])
    if hasDeterminer { i += 1 }
    var closed = false
    while i < after.endIndex, words.count < 8 {
      let t = after[i]
      if t.kind == .punctuation {
        guard t.text == "," || t.text == "." || t.text == ";" || t.text == ")" else { return nil }
        closed = true
        break
      }
      if t.isLowercase && Lexicon.cueVerbs.contains(t) {
        closed = true
        break
      }
      if ["who", "which", "that", "and", "but"].contains(t.key) { return nil }
      words.append(t)
      i += 1
    }
    guard closed || i == after.endIndex, let last = words.last else { return nil }
    let isRole: (WordToken) -> Bool = { Lexicon.roleNouns.contains($0) || Lexicon.titles.contains($0) && !nationality($0.key) }
    guard words.contains(where: isRole), !words.contains(where: { FirstNames.all.contains($0) && $0.isCapitalized }) else { return nil }
    guard hasDeterminer || isRole(last) else { return nil }
    // a role is made of role words, names and a few fillers: `according to a senior aide`,
    // `filed at the same time as Mr` are clauses, not roles
    guard words.allSatisfy({ $0.isCapitalized || isRole($0) || roleFiller.contains($0) || $0.key.hasSuffix("-based") }),
      words.first.map({ !["according", "as", "who"].contains($0.key) }) ?? false
    else { return nil }
    return QuoteFinder.join(words)
  }

  static func nationality(_ key: String) -> Bool { qualifiers.contains(key) }

  static let qualifiers: WordSet = [
    "u.s.", "us", "russian", "american", "british", "french", "german", "chinese", "israeli", "iranian", "syrian",
    "turkish", "ukrainian", "former", "acting", "deputy", "vice", "state", "foreign", "democratic", "republican",
  ]

  /// The noun a role is named by (`spokesman` in `Kremlin spokesman`), for "the spokesman".
  static func head(of role: String) -> String? {
    let words = role.split(separator: " ").map { WordTokenizer.foldCase(String($0)) }
    if let of = words.firstIndex(where: { $0 == "of" || $0 == "for" }), of > 0,
      Lexicon.roleNouns.contains(words[of - 1]) || Lexicon.titles.contains(words[of - 1])
    {
      return words[of - 1]  // Secretary of State -> secretary
    }
    return words.last(where: { Lexicon.roleNouns.contains($0) || Lexicon.titles.contains($0) && !nationality($0) })
  }
}
