/// `he said`, `she added`: the person a pronoun speaker stands for.
extension QuoteFinder {
  /// `he` and `she` stand for the person the passage is about: the speaker of a quote just before,
  /// else the nearest person named before the quote who is the subject of a speech verb, else the
  /// nearest person named at the start of a sentence.
  /// The last person named as the subject of a speech verb in this paragraph before `offset`,
  /// or in the paragraph before, when no quotation came between.
  static func speechSubject(before paragraph: Int, offset: Int, people: [PersonFinder.Candidate], since last: Quote?) -> PersonFinder.Candidate? {
    let end = people.partitionPoint { $0.paragraph < paragraph || $0.paragraph == paragraph && $0.range.upperBound <= offset }
    guard let subject = people[max(0, end - 16)..<end].last(where: { $0.speechSubject && $0.paragraph >= paragraph - 1 }) else { return nil }
    if let last, last.paragraph > subject.paragraph || last.paragraph == subject.paragraph && last.range.lowerBound > subject.range.lowerBound {
      return nil
    }
    return subject
  }

  /// A person, not the speaker of `previous`, named as the opener of a sentence between that
  /// quote and `offset` in the same paragraph (`people`: the paragraph's): someone new speaks.
  static func sentenceOpener(after previous: Quote, before offset: Int, people: ArraySlice<PersonFinder.Candidate>) -> PersonFinder.Candidate? {
    people.last {
      $0.paragraph == previous.paragraph && $0.range.lowerBound >= previous.range.upperBound && $0.range.upperBound <= offset
        && $0.opensSentence && $0.vouched && $0.name.last != previous.speakerName.last
    }
  }

  static func resolvePronoun(
    _ pronoun: String, paragraph: Int, offset: Int, people: [PersonFinder.Candidate], lastSpeaker: Quote?,
    previousInParagraph: Quote?, namedInFull: FullNames = FullNames(), sentenceStart: Int? = nil, quoted: [Range<Int>] = [],
    pronounAt: Int? = nil, previousQuoted: [Range<Int>] = []
  ) -> [String] {
    let name = antecedent(
      pronoun, paragraph: paragraph, offset: offset, people: people, lastSpeaker: lastSpeaker, previousInParagraph: previousInParagraph,
      namedInFull: namedInFull, sentenceStart: sentenceStart, quoted: quoted, pronounAt: pronounAt, previousQuoted: previousQuoted)
    // `he called Trump the “greatest friend …”`: a person the pronoun's own clause names after it
    // is whom the speaker talks to or of, never the speaker (who would be `himself`): the
    // antecedent is looked for again without that surname
    guard let at = pronounAt, let last = name.last,
      let object = people[people.partitionPoint { $0.paragraph < paragraph }...].prefix(while: { $0.paragraph == paragraph }).first(where: { p in
        p.range.lowerBound > at && p.range.upperBound <= offset && p.name.last == last && !quoted.contains { $0.contains(p.range.lowerBound) }
      })
    else { return name }
    let surname = PeopleIndex.surnameKey(object.name)
    return antecedent(
      pronoun, paragraph: paragraph, offset: offset, people: people.filter { PeopleIndex.surnameKey($0.name) != surname },
      lastSpeaker: lastSpeaker.flatMap { PeopleIndex.surnameKey($0.speakerName) == surname ? nil : $0 },
      previousInParagraph: previousInParagraph.flatMap { PeopleIndex.surnameKey($0.speakerName) == surname ? nil : $0 },
      namedInFull: namedInFull, sentenceStart: sentenceStart, quoted: quoted, pronounAt: at, previousQuoted: previousQuoted)
  }

  /// The person `pronoun` stands for, read from the people named before it and the speakers
  /// before it.
  static func antecedent(
    _ pronoun: String, paragraph: Int, offset: Int, people: [PersonFinder.Candidate], lastSpeaker: Quote?,
    previousInParagraph: Quote?, namedInFull: FullNames, sentenceStart: Int?, quoted: [Range<Int>], pronounAt: Int?,
    previousQuoted: [Range<Int>] = []
  ) -> [String] {
    // `I` and `we` outside quotation marks are the writer, whom the article does not name, and
    // `they` are more than one person
    if ["i", "we", "they"].contains(WordTokenizer.foldCase(pronoun)) { return [] }
    // `she` is never a man the article named, nor `he` a woman
    let wanted = Gender(pronoun: pronoun)
    func fits(_ name: [String], _ written: String) -> Bool {
      // (a person the last speaker's `he` stood for is no `she`, whatever the name shows)
      if let wanted, let last = lastSpeaker, last.speakerName == name, let said = Gender(pronoun: last.speakerAsWritten), said != wanted {
        return false
      }
      guard let wanted, !name.isEmpty, let gender = Gender.of(name: name, written: written, in: people) else { return true }
      return gender == wanted
    }
    // (a speaker written `he` is no `she`, whatever the name's own gender: not `“I was drunk,” she
    // said` for the `Obama` of the `he said` before)
    func fits(_ q: Quote) -> Bool {
      if let wanted, let said = Gender(pronoun: q.speakerAsWritten), said != wanted { return false }
      return !q.speakerName.isEmpty && fits(q.speakerName, q.speakerAsWritten)
    }
    // the people named in this paragraph before the quote and in the one before it; candidates
    // are in text order, so the window is found by binary search and kept short
    let end = people.partitionPoint { $0.paragraph < paragraph || $0.paragraph == paragraph && $0.range.upperBound <= offset }
    // this paragraph's people before the quote; a name inside a quotation (`“My son Seth signed
    // …,” he said`) is someone the speaker talks about
    let hereStart = people[..<end].partitionPoint { $0.paragraph < paragraph }
    // (and one inside the paragraph before's quotations: `“… For President Obama, the runway …”`
    // is no antecedent of the next paragraph's `she`)
    let spoken = { (p: PersonFinder.Candidate) in
      p.paragraph == paragraph && quoted.contains { $0.contains(p.range.lowerBound) }
        || p.paragraph == paragraph - 1 && previousQuoted.contains { $0.contains(p.range.lowerBound) }
    }
    let here = people[hereStart..<end].filter { !spoken($0) }[...]
    if let p = previousInParagraph, fits(p) {
      // `…,” she recalled. Lisa Estrada, who lives in East Nashville, told … “…,” she said.`: a
      // person who opens a sentence after the previous quote is the new speaker
      if let newcomer = sentenceOpener(after: p, before: offset, people: here), fits(newcomer.name, newcomer.written) { return newcomer.name }
      return p.speakerName
    }
    // `Johnson, who …, now echoes Ayotte’s statement: “…,” he said.`: the person who opens the
    // quote's sentence is its subject
    if let sentenceStart, let opener = here.last(where: { $0.range.lowerBound == sentenceStart }),
      vouchedOrNamedInFull(opener, namedInFull), fits(opener.name, opener.written)
    {
      return opener.name
    }
    // `Sen. Cory Booker denounced the moderators for subjecting Biden to … “…,” he said.` after
    // Biden's quote in the paragraph before: the last person of this paragraph who is a verb's
    // subject goes on talking, not the last speaker nor a name the verb governs (when nobody here
    // is a speech verb's subject: those are weighed below). The subject stands before the pronoun
    // (`he says, Senator Booker may see his support grow, “…”` is the pollster's) and is known to
    // be of its gender: a name of unknown gender beside a known one (`Patrick was cool … Hillary
    // Clinton …, she said`) is no safe guess
    if !here.contains(where: \.speechSubject),
      let subject = here.last(where: { $0.verbFollows && !$0.possessive && $0.range.upperBound <= (pronounAt ?? offset) && vouchedOrNamedInFull($0, namedInFull) }),
      wanted == nil || Gender.of(name: subject.name, written: subject.written, in: people) == wanted
    {
      return subject.name
    }
    let start = people[..<end].partitionPoint { $0.paragraph < paragraph - 1 }
    let near = people[max(start, end - 64)..<end].filter { vouchedOrNamedInFull($0, namedInFull) && fits($0.name, $0.written) && !spoken($0) }
    // `Former Trump strategist Steve Bannon, meanwhile, thinks … “…,” he said.` after someone
    // else's quote in the paragraph before: a person who opens a sentence of this paragraph is new
    if let last = lastSpeaker, last.paragraph < paragraph,
      let opener = here.last(where: { $0.opensSentence && $0.vouched && $0.name.last != last.speakerName.last }), fits(opener.name, opener.written)
    {
      return opener.name
    }
    if let last = lastSpeaker, fits(last), last.paragraph >= paragraph - 1 {
      // a person named after that quote and before this one takes precedence only as a speech subject
      if let later = near.last(where: { $0.paragraph >= last.paragraph && $0.speechSubject }), later.paragraph > last.paragraph || later.range.lowerBound > last.range.upperBound {
        return later.name
      }
      return last.speakerName
    }
    if let subject = near.last(where: \.speechSubject) { return subject.name }
    // `He said he acted out of loyalty to Mr. Trump, who he said “…”`: the subject of a sentence
    // before, not the last name
    if let opener = near.last(where: \.opensSentence) {
      // `Speaker Nancy Pelosi’s daughter Christine Pelosi railed …`: the person named right after
      // a possessive opener is the subject
      if opener.possessive, let next = near.first(where: { $0.paragraph == opener.paragraph && $0.range.lowerBound > opener.range.upperBound }),
        next.range.lowerBound - opener.range.upperBound <= 24
      {
        return next.name
      }
      return opener.name
    }
    // (`… addressed criticisms over President Donald Trump’s visit. He said …`: a possessive that
    // is the object of a word names whose the thing is, not who goes on speaking; `, Beck's stood
    // out` is a subject still)
    if let any = near.last(where: { !($0.possessive && $0.governed) }) { return any.name }
    if let last = lastSpeaker, fits(last) {
      // someone who spoke in reported speech after that quote, further back than the window
      // (`…, says Dittmar at Rutgers.` two paragraphs before `“…,” she says.`)
      let after = people[..<end].partitionPoint { $0.paragraph < last.paragraph || $0.paragraph == last.paragraph && $0.range.lowerBound <= last.range.upperBound }
      if let later = people[after..<end].last(where: { $0.speechSubject && $0.vouched && fits($0.name, $0.written) }) { return later.name }
      return last.speakerName
    }
    // nobody near: the last person the article named with a title or a first name before the quote
    return people[..<end].last(where: { $0.vouched && fits($0.name, $0.written) && !spoken($0) })?.name ?? []
  }

  /// What `it` stands for in `“…,” it said`: the speaker of the quotation before (within a
  /// paragraph) when that is no person (`the report said`), else the last `the group`, `the
  /// company`, `the report` that is a verb's subject in this paragraph before the quote or in the
  /// one before (`On its website, the group reported its findings.`); nil when there is none.
  static func itAntecedent(previous: Quote?, paragraph: Int, before: ArraySlice<WordToken>, previousParagraph: [WordToken]) -> String? {
    // (an acronym speaks as one too: `“…,” FDA wrote. … “…,” it said.`)
    let acronym = { (w: String) in w.utf8.count >= 2 && w.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } }
    if let previous, previous.paragraph >= paragraph - 1, previous.speakerName.isEmpty || previous.speakerName.count == 1 && acronym(previous.speakerAsWritten),
      !previous.speakerAsWritten.isEmpty,
      !Lexicon.pronouns.contains(WordTokenizer.foldCase(previous.speakerAsWritten)), WordTokenizer.foldCase(previous.speakerAsWritten) != "it"
    {
      return previous.speakerAsWritten
    }
    return lastVerbSubject(before: before, previousParagraph: previousParagraph) { words, i in
      guard i > words.startIndex else { return nil }
      if words[i].isLowercase && itNouns.contains(words[i]) && words[i - 1].key == "the" { return words[i - 1].text + " " + words[i].text }
      // (`FDA dedicated a section to …`: an acronym that is a verb's subject)
      if words[i].kind == .word, acronym(words[i].text), !["I", "TV", "OK"].contains(words[i].text) { return words[i].text }
      return nil
    }
  }

  /// The subject a pronoun after a quotation stands for: walking back from the quotation through
  /// this paragraph, then through the paragraph before, the first word right before a lower-case
  /// cue or past-tense verb that `pick` accepts (it returns the phrase as written).
  static func lastVerbSubject(
    before: ArraySlice<WordToken>, previousParagraph: [WordToken], _ pick: (ArraySlice<WordToken>, Int) -> String?
  ) -> String? {
    for words in [before, previousParagraph[...]] {
      for i in stride(from: words.endIndex - 2, through: words.startIndex, by: -1)
      where words[i + 1].isLowercase && (Lexicon.isCueForm(words[i + 1].key) || words[i + 1].key.hasSuffix("ed")) {
        if let found = pick(words, i) { return found }
      }
    }
    return nil
  }

  /// The nouns `it` most often stands for after a quotation: organisations and documents.
  static let itNouns: WordSet = [
    "group", "company", "firm", "organization", "organisation", "report", "study", "agency", "ministry", "department",
    "site", "website", "statement", "letter", "court", "committee", "campaign", "government", "union", "board", "council",
    "commission", "bureau", "survey", "poll", "panel", "administration", "office", "network", "paper", "newspaper", "school", "university", "party",
  ]

  /// What `they` stands for when no group spoke before: the last plural noun of people that is a
  /// verb's subject in this paragraph before the quote or in the one before (`more than 20
  /// students signed a letter`); nil when there is none.
  static func theyAntecedent(before: ArraySlice<WordToken>, previousParagraph: [WordToken]) -> String? {
    lastVerbSubject(before: before, previousParagraph: previousParagraph) { words, i in
      guard words[i].isLowercase, words[i].key.hasSuffix("s"), Lexicon.speakerNouns.contains(words[i]) || Lexicon.roleNouns.contains(words[i]) else { return nil }
      return i > words.startIndex && words[i - 1].key == "the" ? words[i - 1].text + " " + words[i].text : words[i].text
    }
  }
}

