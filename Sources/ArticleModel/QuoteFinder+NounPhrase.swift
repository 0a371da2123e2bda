/// The speaker phrase itself: where a noun phrase beside a cue begins and ends, and what it names
/// (a person, a role, an organisation).
extension QuoteFinder {
  enum Direction { case whole, leftOfCue, rightOfCue }

  /// `from` or `by` after a document (`the letter from Pinterest`, `a statement by U.S. Forces
  /// Korea`): the words after it name the document's sender, who speaks.
  static func namesSender(_ t: WordToken, after document: WordToken) -> Bool {
    (t.key == "from" || t.key == "by") && documentNouns.contains(document)
  }

  /// `PG&E`, `AT&T`: an ampersand between capitals is part of a company's name.
  static func companyAmpersand(_ before: WordToken, _ t: WordToken, before after: WordToken) -> Bool {
    t.text == "&" && before.isCapitalized && after.isCapitalized
  }

  /// `The State Department Correspondents’ Association`, `the … Studies’ Glaser`: a mark right
  /// after a capitalised plural and before a capitalised word is a plural possessive inside the
  /// phrase, not punctuation that ends it; so is one before a noun of people who speak (`the
  /// plaintiffs’ lawyers wrote`).
  static func pluralPossessive(_ word: WordToken, _ mark: WordToken, before next: WordToken) -> Bool {
    (mark.text == "’" || mark.text == "'") && word.key.hasSuffix("s") && word.range.upperBound == mark.range.lowerBound
      && (next.isCapitalized && word.isCapitalized || isHeadNoun(next))
  }

  /// A lower-case word that may qualify a speaker's head noun in a phrase already bounded by a
  /// cue and a mark (`the Syrian opposition group said`, `said former NSA director Michael
  /// Hayden`, `House minority leader Nancy Pelosi`): no function word, verb or adverb in -ly.
  static func isModifier(_ t: WordToken) -> Bool {
    let k = t.key
    return t.kind == .word && t.isLowercase && !prepositions.contains(k) && !clauseConjunctions.contains(k) && !subordinators.contains(k)
      && !Lexicon.isCueForm(k) && !Lexicon.pronouns.contains(k) && !Lexicon.verbsInTitles.contains(k) && !notModifiers.contains(k)
      // (verbs: `CBS issued a statement`, `The audience began laughing, and Kelly`)
      && !k.hasSuffix("ly") && !k.hasSuffix("ed") && !k.hasSuffix("ing") && !pastVerbs.contains(k)
  }

  static let pastVerbs: WordSet = [
    "began", "went", "came", "took", "made", "got", "gave", "left", "felt", "kept", "thought", "knew", "saw", "ran",
    "sat", "stood", "heard", "spoke", "became", "held", "brought", "meant", "met", "paid", "put", "set", "won",
    "lost", "sent", "built", "read", "led", "fell", "grew", "drew", "chose", "broke", "caught", "taught",
  ]

  /// (what the other tests of `isModifier` already refuse — cue verbs, conjunctions, -ly and -ing
  /// words — is not repeated here)
  static let notModifiers: WordSet = [
    "which", "whose", "then", "also", "not", "now", "later", "again", "still", "yesterday", "today", "tonight",
    // (set 62: `Speaker Paul Ryan (R-Wis.) likewise told reporters`)
    "likewise", "meanwhile", "separately",
    "will", "can", "may", "might", "him", "her", "them", "me", "us", "it", "its", "this", "these",
    "those", "there", "here", "too", "very", "even", "just", "ago", "last", "next", "week", "month", "year",
    "afternoon", "night", "statement", "interview", "email", "tweet",
    "than", "like", "rather", "more", "less", "such", "much",
    // (prepositions the phrase rules need not stop at elsewhere: `Doctors without Borders`)
    "without", "within", "among", "between", "through", "across", "per", "toward", "towards",
    "upon", "behind", "beyond", "around", "via", "lives", "works", "serves", "runs",
    // (adverbs without -ly: `Peña Nieto twice stressed`, `Trump himself this weekend said`)
    "twice", "often", "soon", "already", "never", "always", "ever", "almost", "quite", "perhaps",
    "maybe", "instead", "together", "alone", "himself", "herself", "themselves", "itself", "anyway", "earlier",
    "meanwhile", "however", "well", "back", "away", "out", "up", "down", "off",
  ]

  static func fitsRole(_ t: WordToken) -> Bool {
    isHeadNoun(t) || Lexicon.titles.contains(t) || phraseAdjectives.contains(t)
  }

  /// A lower-case preposition or `and`: what opens a head noun's complement in a speaker phrase.
  static func opensComplement(_ t: WordToken) -> Bool { t.isLowercase && (prepositions.contains(t) || t.key == "and") }

  /// A noun that can head a speaker phrase: a role or a speaker noun.
  static func isHeadNoun(_ t: WordToken) -> Bool { Lexicon.roleNouns.contains(t) || Lexicon.speakerNouns.contains(t) }

  /// The speaker phrase: titles, names, roles and a few adjectives, with one appositive set off by
  /// commas (`Josh Earnest, the White House press secretary,`).
  /// `President Trump early Monday pressed`, `Sen. Mary Jones late Tuesday warned`, `… on Friday
  /// night said`: the day between a subject and its cue is when, not who (set 62's corpus had
  /// `Monday` as a speaker).
  static func dropTrailingDay(_ t: inout [WordToken]) {
    var n = t.count
    if n >= 2, partsOfDay.contains(t[n - 1]) { n -= 1 }
    guard n >= 2, t[n - 1].isCapitalized, weekdays.contains(t[n - 1]) else { return }
    n -= 1
    if n >= 2, beforeDay.contains(t[n - 1]) { n -= 1 }
    t.removeLast(t.count - n)
  }
  private static let weekdays = WordSet(MentionedDates.weekdays)
  private static let partsOfDay: WordSet = ["night", "morning", "afternoon", "evening"]
  private static let beforeDay: WordSet = ["early", "late", "on", "last", "this"]

  static func nounPhrase(_ tokens: [WordToken], direction: Direction) -> [WordToken]? {
    func fits(_ t: WordToken) -> Bool {
      if t.kind == .punctuation { return t.text == "." || t.text == "," }
      let k = t.key
      // (`four-term`, `long-time`: hyphenated modifiers of a role)
      return t.isCapitalized || Lexicon.roleNouns.contains(k) || Lexicon.speakerNouns.contains(k) || Lexicon.titles.contains(k) || Lexicon.pronouns.contains(k)
        || k.utf8.count > 3 && k.utf8.contains(0x2D) && !k.hasPrefix("-") && !k.hasSuffix("-")
        || phraseAdjectives.contains(k) || Lexicon.nameParticles.contains(k) || k.hasPrefix("al-") || k.hasSuffix("'s")
    }
    var phrase: [WordToken]
    switch direction {
    case .whole:
      phrase = tokens
      // (`Boehner presciently argued`: an adverb before the cue is no part of the speaker)
      while let last = phrase.last, last.kind == .word, isTrailingAdverb(last) || last.isLowercase && last.key.hasSuffix("ly") && !fitsRole(last) {
        phrase.removeLast()
      }
      // (modifiers stand before the head's complement: not `alert for the rest of campus, students`;
      // after it too when a head noun stands before it and no comma cuts the phrase: `one senior
      // Democratic operative with ties to the Clinton campaign said`, `FMI’s director of government
      // relations Robert Rosado explains`)
      var complementAt = phrase.firstIndex(where: opensComplement) ?? phrase.count
      if complementAt < phrase.count, !phrase.contains(where: { $0.text == "," }), phrase[..<complementAt].contains(where: isHeadNoun) {
        complementAt = phrase.count
      }
      guard phrase.indices.allSatisfy({ i in
        fits(phrase[i]) || i + 1 < phrase.count && i < complementAt && isModifier(phrase[i])
          // (`Turner’s anguished father said`: a participle right before a head noun)
          || i + 1 < phrase.count && phrase[i].isLowercase && phrase[i].key.hasSuffix("ed") && isHeadNoun(phrase[i + 1])
          // (`a screenshot of the letter from Pinterest reads`)
          || i > 0 && i + 1 < phrase.count && namesSender(phrase[i], after: phrase[i - 1])
          || i > 0 && i + 1 < phrase.count && pluralPossessive(phrase[i - 1], phrase[i], before: phrase[i + 1])
          || i > 0 && i + 1 < phrase.count && companyAmpersand(phrase[i - 1], phrase[i], before: phrase[i + 1])
          // (`the 1929 commission warned`, `a 2010 study found`: a year after the article)
          || i > 0 && i + 1 < phrase.count && isYear(phrase[i]) && Lexicon.determiners.contains(phrase[i - 1])
      })
      else { return nil }
    case .leftOfCue:
      var t = tokens
      while let last = t.last, isTrailingAdverb(last) { t.removeLast() }
      dropTrailingDay(&t)
      phrase = []
      var commas = 0
      // (`as Liz Harrington at Townhall reports`: a name, `at`, the capitals of where they work)
      func atWorkplace(_ at: WordToken) -> Bool {
        at.key == "at" && at.isLowercase && !phrase.isEmpty && phrase.count <= 4 && phrase.allSatisfy(\.isCapitalized)
          && t.count >= 3 && t[t.count - 2].isCapitalized && t[t.count - 3].isCapitalized
      }
      while let last = t.last, fits(last) || atWorkplace(last) || t.count >= 2 && phrase.first.map({ pluralPossessive(t[t.count - 2], last, before: $0) }) == true {
        // twelve words of capitals and roles are a place or an organisation's full name, not a
        // speaker (`… Medical Group in Mount Kisco, New York, said`)
        if phrase.filter(\.isWord).count >= 12 { return nil }
        if last.text == "," {
          commas += 1
          if commas > 2 || phrase.isEmpty && commas == 1 && !(t.dropLast().last?.isCapitalized ?? false) && !(t.dropLast().last.map { Lexicon.roleNouns.contains($0) } ?? false) { break }
          // `In reaching his decision not to charge Trump, Barr said`: a name right before the cue
          // is the whole subject; only an appositive (`Earnest, the press secretary, said`) ends
          // in a comma of its own
          if !phrase.isEmpty && phrase.last?.text != "," && !nameWords(phrase).isEmpty { break }
        }
        if last.text == "." && !(t.count >= 2 && keepsPeriod(t[t.count - 2])) { break }
        phrase.insert(last, at: 0)
        t.removeLast()
        if Lexicon.pronouns.contains(last) { break }
      }
      // (`the technology giant denied`, `the ratings agency said`: one or two modifiers no list
      // knows, after an article, qualify a lone head noun; the phrase is the whole noun phrase)
      if phrase.count == 1, isHeadNoun(phrase[0]), phrase[0].isLowercase {
        var m = t.count
        while m > 0, t.count - m < 2, isModifier(t[m - 1]), !Lexicon.determiners.contains(t[m - 1]) { m -= 1 }
        // (not after a preposition: `in a recent review said` keeps the old reading, `review`)
        if m < t.count, m > 0, ["the", "a", "an", "its", "their"].contains(t[m - 1].key), m < 2 || !(t[m - 2].isLowercase && prepositions.contains(t[m - 2])) {
          phrase = Array(t[(m - 1)...]) + phrase
          t.removeLast(t.count - m + 1)
        }
      }
      // (`When I was a new lawyer, a colleague told me`: a comma before a whole phrase opened by an
      // article, with no name before it and no comma closing it, ends a clause, not a name's appositive)
      // (`Cholera, one expert said at the time, was “…”`: nor with a name before it, when a head
      // noun after it makes that phrase whole; an appositive would end in a comma of its own)
      if let comma = phrase.firstIndex(where: { $0.text == "," }), comma + 1 < phrase.count, ["a", "an", "the", "one"].contains(phrase[comma + 1].key),
        !phrase[(comma + 1)...].contains(where: { $0.text == "," }),
        nameWords(Array(phrase[..<comma])).isEmpty || phrase[(comma + 1)...].last.map({ $0.isLowercase && isHeadNoun($0) }) == true
      {
        phrase = Array(phrase[(comma + 1)...])
      }
      // (`In the ad, one woman said`, `… about this weekend's violence in London, the president
      // said`: an adverbial ends at its comma; not `with Sanders, who has said`, whose relative
      // pronoun's antecedent speaks)
      if let comma = phrase.firstIndex(where: { $0.text == "," }), comma + 1 < phrase.count, adverbialOpeners.contains(phrase[0]),
        !["who", "whose"].contains(phrase[comma + 1].key)
      {
        phrase = Array(phrase[(comma + 1)...])
      }
      // `an aide who describes herself`, `high marks from McCain, who said`: the relative
      // pronoun's antecedent speaks, whatever governs it
      let relative = phrase.last?.key == "who"
      if relative {
        phrase.removeLast()
        if phrase.last?.text == "," { phrase.removeLast() }
      }
      // `… dealing with Moscow and maintains a “…”`: a verb coordinated with another has no
      // speaker right before it
      if let last = phrase.last, last.isLowercase, ["and", "or", "but", "of", "for", "to", "with", "in"].contains(last.key) { return nil }
      // a phrase cannot start with a lone preposition or conjunction left over; a phrase that
      // follows a preposition is its object (`a congressman from Tennessee, wrote`, `speaking on
      // Sunday, said`), not the subject
      // (`Committee on Ways and Means chairman Paul Dorsey`: a preposition inside a capitalised
      // name does not govern the phrase)
      let insideName = (t.dropLast().last?.isCapitalized ?? false) && nameWords(phrase).first.map { FirstNames.all.contains(WordTokenizer.foldCase($0)) } == true
      // (`after a local politician said`: `after`, `before`, `since` open a clause there, whose
      // subject the phrase is)
      // (not `Joshua Wong, speaking before Lam’s official announcement, said`: a comma before the
      // cue ends the clause)
      let clause = subordinators.contains(t.last?.key ?? "") && tokens.last?.text != ","
      if !relative, let stop = t.last, stop.isLowercase, prepositions.contains(stop), !clause, !insideName { return nil }
      // (`as he stood close to the reporter, said`: a modifier that follows its noun, `close to`,
      // `familiar with`, opens no phrase)
      while let f = phrase.first, f.kind == .punctuation || ["of", "for", "to", "and", "with", "in", "who", "close", "familiar", "knowledgeable", "involved"].contains(f.key) {
        if prepositions.contains(f) && !relative { return nil }
        phrase.removeFirst()
      }
    case .rightOfCue:
      phrase = []
      var pastComplement = false
      for (n, t) in tokens.enumerated() {
        if t.kind == .punctuation && t.text == "," { break }
        if t.kind == .punctuation && t.text == "." && !(phrase.last.map(keepsPeriod) ?? false) { break }
        // (`said undecided voter Robbie Bostic`: a participle right before a head noun qualifies it)
        if t.isLowercase, t.key.hasSuffix("ed"), n + 1 < tokens.count, isHeadNoun(tokens[n + 1]), !pastComplement, phrase.count < 8 {
          phrase.append(t)
          continue
        }
        // (`said Issue One Executive Director Meredith McGehee Tuesday`: the day is no part of the name)
        if !phrase.isEmpty, MentionedDates.weekdays.contains(t.key) { break }
        // (not past a preposition: `Majority Whip Steve Scalise in a press conference Tuesday`)
        // (a year too: `according to a December 2016 White House report`)
        let modifier = (isModifier(t) || t.kind == .number && !phrase.isEmpty) && !pastComplement
        guard fits(t) || modifier, phrase.filter(\.isWord).count < 9 else { break }
        phrase.append(t)
        pastComplement = pastComplement || opensComplement(t)
        if Lexicon.pronouns.contains(t) { break }
      }
      // end the phrase at its last capitalised word or role noun: `a senior official familiar with`
      let read = phrase
      while let last = phrase.last, !(last.isCapitalized || last.key.hasPrefix("al-") || isHeadNoun(last) || Lexicon.pronouns.contains(last)) {
        phrase.removeLast()
      }
      // (`said the onetime Clinton svengali turned conservative pundit`, `one top Rubio aide`,
      // `The Seventh Circuit majority`: a name before a noun no list knows qualifies that noun, which
      // heads the phrase: the speaker is kept as written, with no person's name)
      let next = phrase.count < read.count ? read[phrase.count] : tokens.dropFirst(phrase.count).first
      // (not `Pauly in his TED talk`: after a preposition the capitals are the complement's)
      // (nor `Kim’s regime has warned`: a possessor speaks through what is theirs)
      if let next, let last = phrase.last, last.isCapitalized, !last.key.hasSuffix("'s"), next.isLowercase, isModifier(next), !fitsRole(next),
        !phrase.contains(where: { $0.isLowercase && prepositions.contains($0) })
      {
        phrase.append(next)
      }
    }
    // `While the White House has stated`: a conjunction that opens the sentence is no part of
    // the speaker
    // (`But, the Times reported`: nor the comma after it)
    while let f = phrase.first, f.kind == .word && clauseConjunctions.contains(f) || f.kind == .punctuation { phrase.removeFirst() }
    // (`Additionally, the statement reads`: nor a sentence adverb and its comma)
    while phrase.count > 2, sentenceAdverbs.contains(phrase[0]), phrase[1].text == "," { phrase.removeFirst(2) }
    while let last = phrase.last, last.kind == .punctuation && last.text == "," { phrase.removeLast() }
    let words = phrase.filter(\.isWord)
    guard !words.isEmpty else { return nil }
    // a speaker is a pronoun, a name, or a phrase with a role noun in it
    let ok = words.count == 1 && Lexicon.pronouns.contains(words[0])
      || words.contains(where: {
        $0.isCapitalized && !Lexicon.sentenceWords.contains($0) && !Lexicon.isContraction($0) && !Lexicon.isSentenceAdverb($0)
          || Lexicon.roleNouns.contains($0) || Lexicon.speakerNouns.contains($0)
      })
    return ok ? phrase : nil
  }

  /// A word whose period stays inside a speaker phrase: a title's (`Sen.`), an initial's, and a
  /// place abbreviation's (`according to the St. Louis Post-Dispatch`).
  static func keepsPeriod(_ t: WordToken) -> Bool {
    Lexicon.titles.contains(t) || t.text.utf8.count == 1 || PersonFinder.placeAbbreviations.contains(t)
  }

  /// Titles written right before a person's name and nothing else: `Sen. Angus King`.
  static let honorifics: WordSet = [
    "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "judge", "justice",
    "president", "congressman", "congresswoman", "prof", "professor", "rev", "gen", "col", "capt", "sgt", "lt",
  ]

  /// `the 51-year-old`, `the 51-year old`, `The 76-year-old`: an age and nothing else.
  static func isAgeAlone(_ written: String) -> Bool {
    let b = Array(written.utf8)
    guard b.count >= 14, b.count <= 20, b[0] | 0x20 == 0x74, b[1] == 0x68, b[2] == 0x65, b[3] == 0x20 else { return false }
    var i = 4
    while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
    guard i > 4, i - 4 <= 3 else { return false }
    let rest = String(decoding: b[i...], as: UTF8.self)
    return rest == "-year-old" || rest == "-year old" || rest == " year old"
  }

  /// Turns a speaker phrase into what the quote records: the phrase as written, the name words in
  /// it (the part before an appositive comma when that part is a name), and whether it is a pronoun.
  static func describe(_ phrase: [WordToken], cue: String, distance: Int) -> Attribution {
    let written = join(phrase)
    let range = phrase[0].range.lowerBound..<phrase[phrase.count - 1].range.upperBound
    let words = phrase.filter(\.isWord)
    if words.count == 1 && Lexicon.pronouns.contains(words[0]) {
      return Attribution(written: written, range: range, name: [], cue: cue, pronoun: true, distance: distance)
    }
    // (set 49: `“…,” the 51-year old said` after `Gable felt relieved.`: an age alone stands for
    // the person just written of, as a pronoun does)
    if isAgeAlone(written) {
      return Attribution(written: written, range: range, name: [], cue: cue, pronoun: true, distance: distance)
    }
    // (`“…,” his letter explained`, `her statement said`: a document of the person the pronoun
    // stands for speaks for them)
    if words.count == 2, possessivePronoun(words[0].key) != nil, documentNouns.contains(words[1]) {
      return Attribution(written: written, range: range, name: [], cue: cue, pronoun: true, distance: distance)
    }
    // (`“…,” Pelt’s statement said`: a document of someone named is theirs)
    // (not `Following Obama's statement`, nor `English, Friday's e-mail`: a sentence word or a comma)
    if words.count >= 2, let last = words.last, last.isLowercase, documentNouns.contains(last), words[words.count - 2].key.hasSuffix("'s"),
      !phrase.contains(where: { $0.text == "," }), case let owner = Array(words.dropLast()), owner.allSatisfy(\.isCapitalized),
      let first = owner.first, !Lexicon.sentenceWords.contains(first), !first.key.hasSuffix("ing"),
      // (set 66: `Wednesday's filing` is nobody's)
      !owner.contains(where: { MentionedDates.weekdays.contains($0.baseKey) || DateFinder.months[$0.baseKey] != nil }),
      case let name = nameWords(owner), !name.isEmpty
    {
      return Attribution(written: written, range: range, name: name, cue: cue, pronoun: false, distance: distance)
    }
    // `Historian Alan Brinkley of Columbia University`: the name stands before `of`, `at`, `from`;
    // a name after one of them is a complement (`an aide to Nancy Pelosi`, `a spokesman for
    // Mueller` are not Pelosi and Mueller), while one after a comma is an appositive (`The lawyer
    // for Trump, Jay Sekulow,`)
    var name: [String] = []
    var part: [WordToken] = []
    var complement = false
    let all = phrase + [WordToken.comma]
    for (n, t) in all.enumerated() {
      // (`the Center for Strategic and International Studies’ Glaser`: a plural possessive's mark
      // ends the complement; the name after it heads the phrase)
      if t.text == "’" || t.text == "'", complement || name.isEmpty {
        part = []
        complement = false
        continue
      }
      // (`the Banner Health hospital system in Phoenix`, `Feinstein who supports Biden`: a name
      // after `in` or `who` is a complement too)
      let preposition = t.isLowercase && ["of", "at", "from", "with", "to", "for", "via", "in", "who"].contains(t.key)
        || part.last.map { namesSender(t, after: $0) } == true
      guard t.text == "," || preposition else {
        part.append(t)
        continue
      }
      // `Secretary of State Mike Pompeo`: capitalised titles before `of` are one title with what
      // follows; `an aide to …` is a role whose complement names someone else
      // (`White House Chief of Staff John Kelly`: capitals that end in a title are one too, when a
      // complement and a first name follow, not `High Commissioner for Refugees`, `Secretary of
      // Housing and Urban Development`)
      let isRole = { (t: WordToken) in t.isCapitalized && (Lexicon.isTitle(t.key) || Lexicon.roleNouns.contains(t)) }
      let ahead = all[(n + 1)...].prefix { $0.text != "," }
      // (`outgoing Chief of Staff John Kelly`: lower-case modifiers before the title are no part of
      // it; an article is, `the Department of Education` is no title)
      let titled = part.drop { $0.isLowercase && phraseAdjectives.contains($0) && !Lexicon.determiners.contains($0) }
      let titleSoFar = !titled.isEmpty && titled.allSatisfy(isRole)
        || !titled.isEmpty && titled.allSatisfy(\.isCapitalized) && titled.last.map(isRole) == true
        && ahead.filter(\.isCapitalized).dropFirst().contains { FirstNames.all.contains($0) }
      // (`District of Columbia Mayor Muriel Bowser`: a place's capitalised name with `of` inside
      // qualifies the name after it, like a title)
      // (not `White House Chief of Staff John Kelly`: a title before `of` is one with what follows;
      // not `University of Chicago`, `The Alliance for Shared Values`: a role must follow, then the name)
      let placeSoFar = !part.isEmpty && part.allSatisfy { $0.isCapitalized && !Lexicon.isTitle($0.key) && !Lexicon.roleNouns.contains($0) }
        && n + 1 < all.count && all[n + 1].isCapitalized
        && ahead.dropLast().contains { Lexicon.isTitle($0.key) || Lexicon.roleNouns.contains($0) }
      // (before the words so far are taken for a name: `Centers for Medicare & Medicaid Services
      // spokeswoman Julie Bataille` is no person `Centers`)
      if preposition && (titleSoFar || placeSoFar && !part.contains { FirstNames.all.contains($0) }) && !complement {
        part.append(t)
        continue
      }
      if !complement { name = nameWords(part) }
      if !name.isEmpty { break }
      // (`a screenshot of the letter from Pinterest`: a document's sender speaks)
      if let last = part.last, namesSender(t, after: last) {
        part = []
        complement = false
        continue
      }
      part = []
      complement = preposition
    }
    // `Mark and Patricia McCloskey told`, `Speaker Nancy Pelosi and Senator Chuck Schumer said`:
    // two people speak, kept as written (not `Ways and Means`: both sides open with a first name)
    let pair = phrase.indices.dropFirst().dropLast().contains { i in
      guard phrase[i].isLowercase && phrase[i].key == "and" else { return false }
      let left = nameWords(Array(phrase[..<i]))
      let right = nameWords(Array(phrase[(i + 1)...].prefix { $0.text != "," }))
      // (`Judges Richard Clifton and Michelle Friedland`: a plural title may stand before the first)
      return (left.first.map { FirstNames.all.contains(WordTokenizer.foldCase($0)) } == true
        || left.dropLast().contains { FirstNames.all.contains(WordTokenizer.foldCase($0)) })
        && right.first.map { FirstNames.all.contains(WordTokenizer.foldCase($0)) } == true
    }
    // `Christenfeld and his colleagues write`: the one named leads the ones who are his
    if name.isEmpty, let and = phrase.firstIndex(where: { $0.isLowercase && $0.key == "and" }), and + 2 < phrase.count,
      ["his", "her", "their"].contains(phrase[and + 1].key), case let lead = nameWords(Array(phrase[..<and])), !lead.isEmpty
    {
      return Attribution(written: written, range: range, name: lead, cue: cue, pronoun: false, distance: distance)
    }
    // (`congressional scholars Thomas Mann and Norm Ornstein`: when the first of the pair is named
    // in full, the quotation is credited to that lead name, the pair kept as written)
    // (`Judges Richard Clifton and Michelle Friedland`: the plural title is no part of the name)
    // (`Wendell Cox, Joseph Vranich and Adrian Moore, the study’s authors, write`: the first of a
    // list leads it, not the one before `and`)
    if pair, let and = phrase.firstIndex(where: { $0.isLowercase && $0.key == "and" }),
      case let beforeAnd = Array(phrase[..<and]),
      case let listed = beforeAnd.firstIndex(where: { $0.text == "," }).map({ Array(beforeAnd[..<$0]) }).flatMap({ isFullName($0) ? $0 : nil }) ?? beforeAnd,
      case let lead = Array(nameWords(listed).drop(while: { word in
        let k = WordTokenizer.foldCase(word)
        return k.hasSuffix("s") && Lexicon.isTitle(String(k.dropLast()))
      })), lead.count >= 2
    {
      return Attribution(written: written, range: range, name: lead, cue: cue, pronoun: false, distance: distance)
    }
    // (set 69: `Pelosi and Blumenauer said that …`, `Ryan and Harrison wrote`: two surnames
    // alone, the pair named in full before, are credited to the first as a pair named in full is)
    if !pair, words.count == 3, words[1].isLowercase, words[1].key == "and", words[0].key != words[2].key,
      case let left = nameWords([words[0]]), left.count == 1, nameWords([words[2]]).count == 1
    {
      return Attribution(written: written, range: range, name: left, cue: cue, pronoun: false, distance: distance)
    }
    // `The Washington Free Beacon`: `the` and capitals with no title, role or first name among
    // them name an organisation, place words and all (not the `Free Beacon` the name rule keeps)
    if !pair, let org = organisationName(phrase), org.count > name.count { return Attribution(written: written, range: range, name: org, cue: cue, pronoun: false, distance: distance) }
    return Attribution(written: written, range: range, name: pair ? [] : name, cue: cue, pronoun: false, distance: distance)
  }

  /// The words of `The Washington Free Beacon` after `the`, when all are capitalised (small words
  /// `of`, `and`, `for` between) and none is a title, a role noun or a first name.
  static func organisationName(_ phrase: [WordToken]) -> [String]? {
    guard let the = phrase.first, the.key == "the" else { return nil }
    // (`the St. Louis Post-Dispatch`: a place's abbreviation keeps its period)
    var rest: [WordToken] = []
    for t in phrase.dropFirst() {
      if t.text == ".", let last = rest.last, PersonFinder.placeAbbreviations.contains(last), PersonFinder.adjacent(last, t) {
        rest[rest.count - 1] = WordToken(range: last.range.lowerBound..<t.range.upperBound, text: last.text + ".", kind: .word, key: last.key)
      } else {
        rest.append(t)
      }
    }
    guard rest.count >= 2, rest.allSatisfy({ $0.kind == .word }), rest.first!.isCapitalized, rest.last!.isCapitalized,
      rest.allSatisfy({ $0.isCapitalized || ["of", "and", "for", "&"].contains($0.key) }),
      !rest.indices.contains(where: { i in
        Lexicon.isTitle(rest[i].key) || Lexicon.roleNouns.contains(rest[i])
          || FirstNames.all.contains(rest[i]) && !(i > 0 && PersonFinder.placeAbbreviations.contains(rest[i - 1]))
      }),
      // (`the Michigan Democrat` is a person, written as a role)
      !["democrat", "republican", "independent", "conservative", "liberal", "progressive", "libertarian"].contains(rest.last!.key)
    else { return nil }
    return rest.map { stripPossessive($0.text) }
  }

  /// The name at the end of a phrase, after its titles and qualifiers: `State Department spokesman
  /// John Kirby` gives `John Kirby`, `Mr. Earnest` gives `Earnest`, `a senior U.S. official` none.
  static func nameWords(_ part: [WordToken]) -> [String] {
    var run: [WordToken] = []
    for (n, t) in part.reversed().enumerated() {
      let index = part.count - 1 - n
      if t.kind == .punctuation {
        // (`Andrew A. Rosenberg`: a middle initial's period stays inside the name)
        if !run.isEmpty, t.text == ".", index > 0, PersonFinder.isDottedInitial(part, index - 1) { continue }
        if run.isEmpty { continue } else { break }
      }
      let k = t.key
      // a surname that is also a place or a word (`Steve Israel`) counts when a first name precedes it
      let afterFirstName = index > 0 && FirstNames.all.contains(part[index - 1])
      // DC, FBI; not a generation's numeral after a surname (`Thomas M. Davis III`)
      let acronym = t.text.utf8.count > 1 && t.text.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } && !(run.isEmpty && ["ii", "iii", "iv"].contains(k))
      // `The Atlantic's Russell Berman`: a possessive before the name is someone else's
      if !run.isEmpty && k.hasSuffix("'s") { break }
      // (`Dean Baquet`, `Prince William`: a title that is the first name before one surname)
      // (the surname may be a word here, `Bill Hall`: the first name before it vouches)
      let firstNameTitle = run.count == 1 && t.isCapitalized && (FirstNames.all.contains(k) || Lexicon.regnalTitles.contains(k))
      // (`CNN's John King`, `Stephen Bishop`: a title after a first name is the surname)
      // (and after a given name no list holds, when a title stands before that: `Sen. Angus King`)
      // (an honorific, not any title: `former Assistant Secretary` is no Secretary)
      let afterTitledName = index >= 2 && part[index - 1].isCapitalized && part[index - 1].text.utf8.count > 2
        && !part[index - 1].text.utf8.contains(0x2E) && !Lexicon.isTitle(part[index - 1].key) && !Lexicon.roleNouns.contains(part[index - 1])
        && !Lexicon.nonPersonWords.contains(part[index - 1].key) && !Lexicon.sentenceWords.contains(part[index - 1])
        && (Self.honorifics.contains(part[index - 2]) || part[index - 2].text == "." && index >= 3 && Self.honorifics.contains(part[index - 3]))
      let titleSurname = run.isEmpty && (afterFirstName || afterTitledName) && t.isCapitalized && !k.hasSuffix(".")
      if (t.isCapitalized || Lexicon.nameParticles.contains(k) || k.hasPrefix("al-")) && (!Lexicon.isTitle(k) || firstNameTitle || titleSurname)
        && (!Lexicon.nonPersonWords.contains(k) || afterFirstName && run.isEmpty || firstNameTitle)
        // (an initial is no word: `Andrew A. Rosenberg`, `Harry S. Truman`)
        && (!Lexicon.sentenceWords.contains(k) || PersonFinder.isDottedInitial(part, index)) && !acronym
      {
        run.insert(t, at: 0)
      } else {
        break
      }
    }
    // (`al-`, `de` before a surname; but `Ben` before one is a first name: `Ben Wizner`)
    while let f = run.first, Lexicon.nameParticles.contains(f), run.count == 1 || f.isLowercase || !FirstNames.all.contains(f) { run.removeFirst() }
    // (`Secretary of Education Arne Duncan`, `Ambassador to the U.N. Samantha Power`, `Special Agent
    // in Charge Rick DesLauriers`: after a preposition, the capitals before a first name, themselves
    // none, are the title's complement)
    if run.count >= 3, !FirstNames.all.contains(run[0]),
      let at = part.firstIndex(where: { $0.range == run[0].range }), part[..<at].contains(where: { ["of", "for", "to", "in"].contains($0.key) }),
      let first = run.indices.dropFirst().dropLast().first(where: { FirstNames.all.contains(run[$0]) })
    {
      run.removeFirst(first)
    }
    guard !run.isEmpty, run.count <= 4 else { return [] }
    // (`The Poor People’s Campaign noted`: an organisation's head word after a possessive names no person)
    if run.count == 1, EntityFinder.organisationHeads.contains(run[0].baseKey),
      let at = part.firstIndex(where: { $0.range == run[0].range }), at > 0, part[at - 1].key.hasSuffix("'s")
    {
      return []
    }
    // (`wrote National Review`: a publication's head word after a capitalised word that is no
    // person's, `National`, `Daily`, is the publication, no surname)
    if run.count == 1, publicationHeads.contains(run[0].baseKey),
      let at = part.firstIndex(where: { $0.range == run[0].range }), at > 0, part[at - 1].isCapitalized, Lexicon.nonPersonWords.contains(part[at - 1])
    {
      return []
    }
    return run.map { PersonFinder.isInitial($0) ? $0.text + "." : stripPossessive($0.text) }
  }

  /// Two name words or more and nothing else (`Manuel Antonio Tejarino`, not `health policy professor`).
  static func isFullName(_ phrase: [WordToken]) -> Bool {
    let n = nameWords(phrase).count
    return n >= 2 && n == phrase.filter(\.isWord).count
  }

  /// Words that end a publication's name (`National Review`, `Daily Caller`).
  static let publicationHeads: WordSet = ["review", "caller", "beast", "signal", "wire", "mail", "star", "sun", "examiner", "reporter", "interest", "affairs"]

  /// The subject pronoun of `his`, `her`, `their`: who a possessive stands for.
  static func possessivePronoun(_ key: String) -> String? {
    switch key {
    case "his": "he"
    case "her": "she"
    case "their": "they"
    default: nil
    }
  }

  /// The pronoun a pronoun attribution stands for: itself, or the possessor of `his letter`.
  static func pronounOf(_ written: String) -> String {
    guard let first = written.split(separator: " ").first, written.containsBytes(" ") else { return written }
    return possessivePronoun(WordTokenizer.foldCase(String(first))) ?? written
  }

  static func stripPossessive(_ s: String) -> String {
    s.hasSuffix("'s") || s.hasByteSuffix("’s") ? String(s.dropLast(2)) : s
  }

  static func join(_ tokens: [WordToken]) -> String {
    var out = ""
    var lastEnd: Int? = nil
    for t in tokens {
      if let e = lastEnd, e != t.range.lowerBound { out += " " }
      out += t.text
      lastEnd = t.range.upperBound
    }
    return out
  }

  /// A four-digit year, 1800 to 2099.
  static func isYear(_ t: WordToken) -> Bool {
    t.kind == .number && t.text.utf8.count == 4 && Int(t.text).map { (1800...2099).contains($0) } == true
  }
}
