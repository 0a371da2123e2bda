/// `he said`, `she added`: the person a pronoun speaker stands for.
extension QuoteFinder {
  /// `he` and `she` stand for the person the passage is about: the speaker of a quote just before,
  /// else the nearest person named before the quote who is the subject of a speech verb, else the
  /// nearest person named at the start of a sentence.
  /// Set 62: `“I’m not able to express an opinion …,” the attorney general responded.` then `He said
  /// he's not able to comment on … Trump pardoning Papadopoulos …, but noted that the president
  /// "has the power …"`: a `he` or `she` after a quotation whose speaker is written as a role
  /// (`the attorney general`, or a pronoun that stood for one), within two paragraphs and with
  /// nobody named between the two, goes on with that role, which the corpus's people resolve
  /// later; nil otherwise. (Per article, pronouns are resolved before roles are: the role's quote
  /// has no name yet, so the nearest name was taken.)
  static func roleGoingOn(after last: Quote, pronoun a: Attribution, paragraph: Int, people: [PersonFinder.Candidate]) -> Quote.Place? {
    guard last.speakerName.isEmpty || last.antecedentRole != nil, Gender(pronoun: a.written) != nil, !a.range.isEmpty, last.paragraph >= paragraph - 2 else { return nil }
    let place: Quote.Place
    if let role = last.antecedentRole {
      place = role
    } else {
      let words = last.speakerAsWritten.split(separator: " ")
      guard let range = last.speakerRange, words.count >= 2, words[0].lowercased() == "the", case let head = WordTokenizer.foldCase(String(words.last!)),
        Lexicon.roleNouns.contains(head) || Lexicon.titles.contains(head), !PeopleResolver.anonymousHeads.contains(head)
      else { return nil }
      place = Quote.Place(paragraph: last.paragraph, range: range)
    }
    let from = (last.paragraph, last.range.upperBound), to = (paragraph, a.range.lowerBound)
    let start = people.partitionPoint { ($0.paragraph, $0.range.lowerBound) < from }
    guard start == people.count || (people[start].paragraph, people[start].range.lowerBound) >= to else { return nil }
    return place
  }

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
  /// (A surname the article gave in full before counts: `Trump doesn’t even try …` after Abraham
  /// Lincoln's quote, once Donald Trump was named.)
  /// (Not the topic set before the pronoun's own cue: `But Sanders, he added, “…”` is still the
  /// last speaker's.)
  static func sentenceOpener(
    after previous: Quote, before offset: Int, people: ArraySlice<PersonFinder.Candidate>, namedInFull: FullNames, pronounAt: Int? = nil
  ) -> PersonFinder.Candidate? {
    people.last { p in
      p.paragraph == previous.paragraph && p.range.lowerBound >= previous.range.upperBound && p.range.upperBound <= offset
        && p.opensSentence && p.name.last != previous.speakerName.last && vouchedOrNamedInFull(p, namedInFull)
        && !(pronounAt.map { $0 >= p.range.upperBound && $0 - p.range.upperBound <= 2 } ?? false)
    }
  }

  static func resolvePronoun(
    _ pronoun: String, paragraph: Int, offset: Int, people: [PersonFinder.Candidate], lastSpeaker: Quote?,
    previousInParagraph: Quote?, namedInFull: FullNames = FullNames(), sentenceStart: Int? = nil, quoted: [Range<Int>] = [],
    pronounAt: Int? = nil, previousQuoted: [Range<Int>] = [], continuing: Bool = false
  ) -> [String] {
    let name = antecedent(
      pronoun, paragraph: paragraph, offset: offset, people: people, lastSpeaker: lastSpeaker, previousInParagraph: previousInParagraph,
      namedInFull: namedInFull, sentenceStart: sentenceStart, quoted: quoted, pronounAt: pronounAt, previousQuoted: previousQuoted,
      continuing: continuing)
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
      namedInFull: namedInFull, sentenceStart: sentenceStart, quoted: quoted, pronounAt: at, previousQuoted: previousQuoted, continuing: continuing)
  }

  /// The person `pronoun` stands for, read from the people named before it and the speakers
  /// before it.
  static func antecedent(
    _ pronoun: String, paragraph: Int, offset: Int, people: [PersonFinder.Candidate], lastSpeaker: Quote?,
    previousInParagraph: Quote?, namedInFull: FullNames, sentenceStart: Int?, quoted: [Range<Int>], pronounAt: Int?,
    previousQuoted: [Range<Int>] = [], continuing: Bool = false
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
      if wanted != nil, speaksForOrganisation(q) { return false }
      // (set 53: `The White House said …` between Kayleigh McEnany's quotes is no `she`)
      if wanted != nil, q.speakerName.count >= 2, let last = q.speakerName.last, EntityFinder.organisationHeads.contains(WordTokenizer.foldCase(last)) {
        return false
      }
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
    // (nor is `a Trump supporter`'s Trump, whose name qualifies a noun: `“…,” he said` after it
    // is the supporter's)
    let here = people[hereStart..<end].filter { !spoken($0) && !$0.qualifiesNoun }[...]
    if let p = previousInParagraph, fits(p) {
      // `…,” she recalled. Lisa Estrada, who lives in East Nashville, told … “…,” she said.`: a
      // person who opens a sentence after the previous quote is the new speaker
      if let newcomer = sentenceOpener(after: p, before: offset, people: here, namedInFull: namedInFull, pronounAt: pronounAt), fits(newcomer.name, newcomer.written) { return newcomer.name }
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
    let near = people[max(start, end - 64)..<end].filter { vouchedOrNamedInFull($0, namedInFull) && fits($0.name, $0.written) && !spoken($0) && !$0.qualifiesNoun }
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
    // (`Flynn attorneys Sidney Powell and …` … `“…,” Powell wrote.` then `She added: “…”`: the
    // census's ten-to-one guess at a given name yields to the article's own pronoun for the one who
    // just spoke, when the cue goes on (`added`) and nobody it could stand for is named near
    // outside quotation marks)
    if continuing, wanted != nil, let last = lastSpeaker, last.paragraph >= paragraph - 1, !last.speakerName.isEmpty, Gender(pronoun: last.speakerAsWritten) == nil,
      !speaksForOrganisation(last), censusGendered(last.speakerName, written: last.speakerAsWritten, in: people),
      !near.contains(where: { $0.name.last != last.speakerName.last })
    {
      return last.speakerName
    }
    if let subject = near.last(where: \.speechSubject) { return subject.name }
    // `She knows she will never vote for Hillary Clinton, …` a few paragraphs after her `she said`:
    // the person the same pronoun stood for goes on when every name since that the pronoun could
    // stand for is a preposition's object
    // (not an agent or a source: `he was challenged by Justice Antonin Scalia` names who speaks next)
    if let wanted, let last = lastSpeaker, fits(last), last.paragraph >= paragraph - 4, Gender(pronoun: last.speakerAsWritten) == wanted,
      !people[people[..<end].partitionPoint { $0.paragraph <= last.paragraph }..<end].contains(where: { !$0.objectOfPreposition && !spoken($0) && fits($0.name, $0.written) })
    {
      return last.speakerName
    }
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
    // (`At a meeting …, he made the case that Republicans would … join hands with President
    // Barack Obama … what he calls “…”` after `Rep. Tom Cole urged …` two paragraphs up: a
    // preposition's object near is less likely the one talked of than the last subject before)
    if let any = near.last(where: { !($0.possessive && $0.governed) && !($0.objectOfPreposition && !$0.objectOfTopic) }) { return any.name }
    if let subject = people[people[..<end].partitionPoint { $0.paragraph < paragraph - 6 }..<end].last(where: {
      ($0.opensSentence || $0.verbFollows || $0.speechSubject) && !$0.governed && !$0.possessive && !$0.qualifiesNoun && !spoken($0)
        && vouchedOrNamedInFull($0, namedInFull) && fits($0.name, $0.written)
    }) {
      return subject.name
    }
    if let any = near.last(where: { !($0.possessive && $0.governed) }) { return any.name }
    if let last = lastSpeaker, fits(last) {
      // someone who spoke in reported speech after that quote, further back than the window
      // (`…, says Dittmar at Rutgers.` two paragraphs before `“…,” she says.`)
      let after = people[..<end].partitionPoint { $0.paragraph < last.paragraph || $0.paragraph == last.paragraph && $0.range.lowerBound <= last.range.upperBound }
      if let later = people[after..<end].last(where: { $0.speechSubject && $0.vouched && fits($0.name, $0.written) }) { return later.name }
      return last.speakerName
    }
    // nobody near: the last person the article named with a title or a first name before the quote
    return people[..<end].last(where: { $0.vouched && fits($0.name, $0.written) && !spoken($0) && !$0.qualifiesNoun })?.name ?? []
  }

  /// True when only the census's list genders the person's given name (`Sidney`): no honorific,
  /// no role noun, no given name of the hand-made lists.
  static func censusGendered(_ name: [String], written: String, in people: [PersonFinder.Candidate]) -> Bool {
    guard Gender.marked(written) == nil else { return false }
    let given = name.count >= 2 ? WordTokenizer.foldCase(name[0])
      : people.last { $0.name.count >= 2 && $0.name.last == name.last }.map { WordTokenizer.foldCase($0.name[0]) }
    return given.map { Gender.onlyCensusGenders(given: $0) } ?? false
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
      // (`The US embassy in Baghdad condemned …`: the head before the place its `in` or `at` names)
      var head = i
      while head > words.startIndex, words[head].isCapitalized, head > i - 4 { head -= 1 }
      if head < i, head > words.startIndex, words[head].isLowercase, words[head].key == "in" || words[head].key == "at" { head -= 1 } else { head = i }
      if let phrase = organisation(words, head) { return phrase }
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
    func isVerb(_ t: WordToken) -> Bool { t.isLowercase && (Lexicon.isCueForm(t.key) || t.key.hasSuffix("ed")) }
    for words in [before, previousParagraph[...]] {
      // (an adverb may stand between: `The Post promptly awarded it …`)
      for i in stride(from: words.endIndex - 2, through: words.startIndex, by: -1)
      where isVerb(words[i + 1]) || i + 2 < words.endIndex && words[i + 1].isLowercase && words[i + 1].key.hasSuffix("ly") && isVerb(words[i + 2]) {
        if let found = pick(words, i) { return found }
      }
    }
    return nil
  }

  /// The organisation whose name ends at `head` as written, from its `the`: `the group`, `The US
  /// embassy`, `the Southern Poverty Law Center`, `Amnesty International`; nil for anything else (a
  /// person's name, `the man`).
  static func organisation(_ words: ArraySlice<WordToken>, _ head: Int) -> String? {
    let w = words[head]
    guard w.kind == .word, w.isLowercase ? itNouns.contains(w) : organisationEnds.contains(w) else { return nil }
    // (up to four capitals or modifiers before the head: `the Syrian opposition group`)
    var start = head
    while start > words.startIndex, start > head - 5, words[start - 1].isCapitalized && words[start - 1].key != "the" || isModifier(words[start - 1]) && words[start - 1].key != "the" && words[start - 1].key != "a" {
      start -= 1
    }
    let the = start > words.startIndex && words[start - 1].key == "the"
    // (a lower-case head needs its `the`: not `a group`, `one company`; a capitalised name ends
    // with its own word: `Amnesty International`)
    if w.isLowercase && !the || !w.isLowercase && start == head && !the { return nil }
    return words[(the ? start - 1 : start)...head].map(\.text).joined(separator: " ")
  }

  /// The organisation `the agency`, `the group` or `the department` stands for: of the acronyms
  /// (`FDA`) and capitalised names with a last word of its kind (`the Federal Emergency Management
  /// Agency`, `the U.S. Department of Agriculture`) the article names before `end`, the one named
  /// most often, the nearest of those; nil when there is none, or for any other noun (`the
  /// company` may be any name at all).
  static func organisationAntecedent(of noun: String, paragraphs: ArraySlice<[WordToken]>, end: Int) -> [String]? {
    // (the noun folded once: the loop below asks it of every capitalised word)
    let noun = noun.lowercased()
    guard let kinds = organisationKinds[noun] else { return nil }
    let newspaperNoun = noun == "paper" || noun == "newspaper"
    var counts: [[String]: (count: Int, last: Int)] = [:]
    var order = 0
    for (n, words) in paragraphs.enumerated() {
      let upTo = n == paragraphs.count - 1 ? words.partitionPoint { $0.range.lowerBound < end } : words.count
      for i in 0..<upTo where words[i].kind == .word && words[i].isCapitalized {
        let w = words[i]
        var name: [String]? = nil
        // (an acronym that acts or is named, `FDA said`, `the FDA’s`, `by FEMA.`; not one that
        // qualifies a noun, `delta-9 THC percentage`)
        let qualifies = i + 1 < words.count && words[i + 1].kind == .word && words[i + 1].isLowercase
          && !(Lexicon.isCueForm(words[i + 1].key) || words[i + 1].key.hasSuffix("ed") || auxiliaries.contains(words[i + 1].key))
        // (nor capitals beside capitals: `AMY GOODMAN:`, `NINE States for Bernie`)
        let shouted = i > 0 && words[i - 1].isCapitalized && allCapitals(words[i - 1].text) || i + 1 < words.count && words[i + 1].isCapitalized
        // (a network is a broadcaster, and a broadcaster nothing else)
        let fitsKind = noun == "network" ? broadcasters.contains(w.text)
          : !broadcasters.contains(w.text) && (!agencyAcronyms.contains(w.text) || kinds.contains("agency") || kinds.contains("department"))
        // (no acronym is a paper: `FOSTA` named most is no `the paper`)
        if !qualifies, !shouted, !newspaperNoun, w.text.utf8.count >= 3, w.text.utf8.count <= 6, allCapitals(w.text), !notOrganisations.contains(w.text), fitsKind {
          name = [w.text]
        } else if i > 0, words[i - 1].isLowercase, words[i - 1].key == noun, !(i > 1 && words[i - 2].key.hasSuffix("'s")) {
          // `the media technology group AllSides`: the noun itself set before the name
          let run = words[i...].prefix { $0.kind == .word && $0.isCapitalized }.prefix(4)
          name = run.map(\.text)
        } else if kinds.contains(w.key), i > 0, words[i - 1].isCapitalized, words[i - 1].kind == .word {
          var start = i - 1
          // (`the Ways and Means Committee`)
          while start > 0, words[start - 1].kind == .word,
            words[start - 1].isCapitalized && words[start - 1].key != "the" || start > 1 && words[start - 1].key == "and" && words[start - 2].isCapitalized
          {
            start -= 1
          }
          // (`the St. Louis Post-Dispatch`: an abbreviation's period inside the name)
          if start > 1, words[start - 1].text == ".", PersonFinder.placeAbbreviations.contains(words[start - 2]) { start -= 2 }
          var stop = i
          // (`Department of Agriculture`: the name goes on after its `of`)
          if stop + 2 < words.count, words[stop + 1].key == "of", words[stop + 1].isLowercase, words[stop + 2].isCapitalized {
            stop += 2
            while stop + 1 < words.count, words[stop + 1].kind == .word, words[stop + 1].isCapitalized { stop += 1 }
          }
          // (a period joins the word before it: `St.`)
          name = words[start...stop].reduce(into: [String]()) { out, t in
            if t.text == ".", let last = out.popLast() { out.append(last + ".") } else { out.append(t.text) }
          }
        }
        if let name {
          order += 1
          counts[name, default: (0, 0)].count += 1
          counts[name]!.last = order
        }
      }
    }
    // (set 64: `The New York Times reported …` once, then `The Times implies`, `the Times story`:
    // a paper's short name, past its `The`, is the one longer name it ends, when it ends just one;
    // not other kinds, whose longer names are often a sentence's capitals, `As Justice Department`)
    for short in newspaperNoun ? Array(counts.keys) : [] {
      let core = short.first == "The" ? short.dropFirst() : short[...]
      let longer = counts.keys.filter {
        $0.count > core.count && $0 != short && $0.suffix(core.count).elementsEqual(core) && !Lexicon.sentenceWords.contains(WordTokenizer.foldCase($0[0]))
      }
      // (the counts as they are now: a name may already hold a shorter one's)
      guard longer.count == 1, let full = longer.first, let seen = counts.removeValue(forKey: short), let into = counts[full] else { continue }
      counts[full] = (into.count + seen.count, max(into.last, seen.last))
    }
    return counts.max { ($0.value.count, $0.value.last) < ($1.value.count, $1.value.last) }?.key
  }

  /// The last words of the names `the agency`, `the group` and the rest stand for.
  static let organisationKinds: [String: WordSet] = {
    let agency: WordSet = ["agency", "administration", "service", "bureau", "commission", "department", "office", "authority"]
    let group: WordSet = [
      "group", "association", "institute", "foundation", "center", "centre", "council", "committee", "coalition", "alliance",
      "project", "society", "watch", "network", "union", "fund", "campaign", "caucus", "forum", "federation", "league", "organization",
      "organisation", "partnership",
    ]
    // (`the St. Louis Post-Dispatch: “…,” the paper wrote`)
    let newspaper: WordSet = [
      "times", "post", "journal", "tribune", "herald", "globe", "gazette", "chronicle", "examiner", "inquirer", "register",
      "post-dispatch", "dispatch", "bee", "star", "sun", "telegraph", "guardian", "observer", "independent", "mirror", "courier",
    ]
    return [
      "agency": agency, "department": ["department"], "ministry": ["ministry"], "group": group, "organization": group,
      "organisation": group, "nonprofit": group, "watchdog": group, "university": ["university", "college"],
      "network": ["network", "news", "channel"],
      "newspaper": newspaper, "paper": newspaper,
    ]
  }()

  static let auxiliaries: Set<String> = ["is", "was", "has", "had", "will", "would", "can", "could", "does", "did", "also", "and", "or", "to"]

  static func allCapitals(_ text: String) -> Bool { text.utf8.count >= 2 && text.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } }

  /// Acronyms of agencies, which `the agency` or `the department` may stand for but never `the
  /// group` (`the group` after `FBI agents arrested …` is the group the agents arrested).
  static let agencyAcronyms: Set<String> = [
    "FBI", "CIA", "NSA", "DOJ", "IRS", "EPA", "FDA", "CDC", "DHS", "ICE", "HUD", "TSA", "FEMA", "NYPD", "LAPD", "ATF", "DEA",
    "USDA", "NIH", "SEC", "FTC", "FCC", "DOD", "NASA", "CBP", "USCIS", "HHS", "CMS", "OSHA", "NOAA", "FAA", "NTSB",
  ]

  /// A speaker `the agency`, `the group` (an organisation, whichever the name resolved to): a
  /// later `he` or `she` is never theirs.
  static func speaksForOrganisation(_ q: Quote) -> Bool {
    let words = q.speakerAsWritten.split(separator: " ")
    return words.count == 2 && words[0].lowercased() == "the" && organisationKinds[String(words[1]).lowercased()] != nil
  }

  /// Capitals of three to six letters that name no organisation in news (and broadcasters, which
  /// are networks, never `the agency` or `the group`).
  static let notOrganisations: Set<String> = [
    "CEO", "CFO", "COO", "USA", "COVID", "GOP", "DNA", "GDP", "LGBT", "LGBTQ", "MAGA", "AIDS", "HIV",
    "NEW", "THE", "AND", "FOR", "NOT", "BUT", "ALL", "PDF", "URL", "SUV", "IRA", "DACA", "NAFTA",
  ]
  static let broadcasters: Set<String> = ["CNN", "NBC", "ABC", "CBS", "MSNBC", "NPR", "BBC", "PBS", "CNBC", "CBC", "ESPN", "HBO", "CSPAN"]

  /// Last words of an organisation's capitalised name.
  static let organisationEnds: WordSet = [
    "association", "institute", "international", "foundation", "center", "centre", "council", "committee", "party",
    "union", "corporation", "corp", "inc", "company", "group", "bank", "ministry", "department", "embassy", "agency",
    "commission", "university", "college", "court", "league", "federation", "coalition", "alliance", "service",
    "administration", "office", "board", "organization", "organisation", "fund", "trust", "project", "society",
    "network", "institution", "authority", "bureau", "caucus", "forum", "watch", "partnership", "campaign",
  ]

  /// The nouns `it` most often stands for after a quotation: organisations and documents.
  static let itNouns: WordSet = [
    "group", "company", "firm", "organization", "organisation", "report", "study", "agency", "ministry", "department",
    "site", "website", "statement", "letter", "court", "committee", "campaign", "government", "union", "board", "council",
    "commission", "bureau", "survey", "poll", "panel", "administration", "office", "network", "paper", "newspaper", "school", "university", "party",
    "embassy", "consulate", "foundation", "institute", "association", "coalition", "alliance", "bank", "airline", "magazine", "publication",
  ]

  /// The last word of a newspaper's name (`the Post`, `the Times`).
  static let papers: WordSet = ["post", "times", "journal", "news", "examiner", "guardian", "tribune", "herald", "globe", "economist", "telegraph", "independent"]

  /// What `they` stands for when no group spoke before: the last plural noun of people that is a
  /// verb's subject in this paragraph before the quote or in the one before (`more than 20
  /// students signed a letter`), or a paper (`The Post … They noted`); nil when there is none.
  static func theyAntecedent(before: ArraySlice<WordToken>, previousParagraph: [WordToken]) -> String? {
    lastVerbSubject(before: before, previousParagraph: previousParagraph) { words, i in
      // (set 54: `The Post promptly awarded it “four Pinocchios.” They researched …. And they noted
      // …: “…”`: a paper is a `they` as well)
      if words[i].isCapitalized, i > words.startIndex, words[i - 1].key == "the", papers.contains(words[i]) {
        return words[i - 1].text + " " + words[i].text
      }
      guard words[i].isLowercase, words[i].key.hasSuffix("s"), Lexicon.speakerNouns.contains(words[i]) || Lexicon.roleNouns.contains(words[i]) else { return nil }
      return i > words.startIndex && words[i - 1].key == "the" ? words[i - 1].text + " " + words[i].text : words[i].text
    }
  }
}


extension QuoteFinder {
  /// The person a `he` or `she` that opens its sentence stands for, read from the writer's sentence
  /// right before it, when that sentence settles it and the pronoun's resolution (`resolved`) is no
  /// one it names:
  /// - `Lesley Stahl, the 60 Minutes reporter, asked Trump …. He said, “…”`: someone asked a
  ///   person the pronoun fits and the asker it does not; the one asked answers;
  /// - `… John Adams wrote that … “…”. … That sounds a lot like Donald Trump. He told The New York
  ///   Times, “…”`: the sentence names one person and the pronoun fits them: the talk has moved to
  ///   them from the last speaker, who is named neither there nor in the pronoun's sentence.
  /// Never after a quotation in that sentence (`“…,” he said of Obama. He …` is the speaker still)
  /// nor with a cue that carries the last speaker on (`He added`), nor when that sentence opens
  /// with the same pronoun (`He wanted to make Trump feel protected. He … said, “…”`: the talk
  /// stays with whoever both stand for).
  static func personOfSentenceBefore(
    pronoun: String, cue: String, pronounAt: Int, sentence: Range<Int>, sentences: [Range<Int>], tokens: [WordToken],
    people here: ArraySlice<PersonFinder.Candidate>, allPeople: [PersonFinder.Candidate], namedInFull: FullNames, quoted: [Range<Int>],
    resolved: [String]
  ) -> [String]? {
    guard let wanted = Gender(pronoun: pronoun), !continuingCues.contains(cue),
      tokens.first(where: { $0.range.lowerBound >= sentence.lowerBound })?.range.lowerBound == pronounAt,
      let before = sentences.last(where: { $0.upperBound <= sentence.lowerBound }),
      !quoted.contains(where: { $0.overlaps(before) }),
      !here.contains(where: { $0.range.lowerBound >= sentence.lowerBound && $0.range.upperBound <= pronounAt })
    else { return nil }
    let named = here.filter { before.contains($0.range.lowerBound) && !$0.qualifiesNoun }
    func gender(_ p: PersonFinder.Candidate) -> Gender? { Gender.of(name: p.name, written: p.written, in: allPeople) }
    if named.contains(where: { $0.name.last == resolved.last }) { return nil }
    let words = tokens.tokens(within: before)
    if let first = words.first, Gender(pronoun: first.text) == wanted { return nil }
    if let asked = words.lastIndex(where: { $0.isLowercase && ($0.key == "asked" || $0.key == "asks") }), asked + 1 < words.endIndex,
      let person = named.first(where: { $0.range.lowerBound == words[asked + 1].range.lowerBound }), gender(person) == wanted,
      named.allSatisfy({ $0.range.upperBound > words[asked].range.lowerBound || gender($0).map { $0 != wanted } == true })
    {
      return person.name
    }
    let surnames = Set(named.map { PeopleIndex.surnameKey($0.name) })
    guard surnames.count == 1, let only = named.last, vouchedOrNamedInFull(only, namedInFull), gender(only) == wanted else { return nil }
    return only.name
  }

  /// Cues that carry the last speaker on: `He added`, `she continued`.
  static let continuingCues: WordSet = ["added", "adds", "continued", "continues", "concluded", "went on", "goes on"]

  /// The unnamed person a `he` or `she` stands for when an indefinite role opens its sentence or,
  /// for a pronoun that opens its own, the sentence before: `A Michigan lawmaker tied the case to
  /// the president-elect, who he said empowered “…”`, `A self-identified woman of color expressed
  /// in writing that …. She further mentioned …: “…”`. `a` or `an`, at most three modifiers, a noun
  /// of people whose gender (when it shows one) is the pronoun's, and a verb; no person named in
  /// that stretch outside quotation marks, and the pronoun's resolution (`resolved`) named in
  /// neither sentence. Returns the phrase as written (`A Michigan lawmaker`).
  static func indefiniteRoleBefore(
    pronoun: String, pronounAt: Int, sentence: Range<Int>, sentences: [Range<Int>], tokens: [WordToken],
    people here: ArraySlice<PersonFinder.Candidate>, namedInFull: FullNames, resolved: [String], within: [Range<Int>]? = nil
  ) -> String? {
    guard let wanted = Gender(pronoun: pronoun) else { return nil }
    // (`within` names the stretches outright: the sentence that opens the paragraph before)
    let opensOwn = within == nil && tokens.first(where: { $0.range.lowerBound >= sentence.lowerBound })?.range.lowerBound == pronounAt
    var stretches = within ?? [sentence.lowerBound..<pronounAt]
    if opensOwn, let before = sentences.last(where: { $0.upperBound <= sentence.lowerBound }) { stretches = [before] }
    for stretch in stretches {
      var words = tokens.tokens(within: stretch)
      // (`But one Google employee …`: a conjunction may open the sentence, and `one` is `a`)
      var conjunction = false
      if let f = words.first, f.isCapitalized, ["but", "and", "yet"].contains(f.key), words.count > 1, words[words.startIndex + 1].isLowercase {
        words = words.dropFirst()
        conjunction = true
      }
      guard let a = words.first, a.isCapitalized || conjunction, a.key == "a" || a.key == "an" || a.key == "one",
        let head = words.indices.dropFirst().prefix(4).first(where: { words[$0].isLowercase && indefiniteHeads.contains(words[$0]) }),
        words[(words.startIndex + 1)..<head].allSatisfy(\.isWord)
      else { continue }
      // (the head's own gender: `woman` is no `he`)
      if Gender.femaleRoles.contains(words[head]) || ["woman", "girl", "lady"].contains(words[head].key) {
        if wanted != .female { continue }
      } else if Gender.maleRoles.contains(words[head]) || ["man", "boy"].contains(words[head].key) {
        if wanted != .male { continue }
      }
      // (a verb follows the phrase, perhaps after a complement of one word: `woman of color expressed`)
      // (or a relative clause in commas: `one Google employee, who declined to be named, said`)
      let complement = head + 2 < words.endIndex && words[head + 1].key == "of" && words[head + 2].isWord ? 2
        : relativeClauseEnd(words, after: head).map { $0 - head - 1 } ?? 0
      guard head + complement + 1 < words.endIndex, case let verb = words[head + complement + 1], verb.isLowercase,
        verb.key.hasSuffix("ed") || Lexicon.isCueForm(verb.key),
        !here.contains(where: { stretch.contains($0.range.lowerBound) && !$0.governed && vouchedOrNamedInFull($0, namedInFull) }),
        // (one whose thing the sentence names, `agreed with Trump’s policy`, is not who goes on)
        !here.contains(where: { ($0.range.lowerBound >= stretch.lowerBound && $0.range.upperBound <= pronounAt) && $0.name.last == resolved.last && !($0.possessive && $0.governed) })
      else { continue }
      return join(Array(words[words.startIndex...head]))
    }
    return nil
  }

  /// Nouns of people an indefinite role may end in (`a Michigan lawmaker`, `a woman`).
  static let indefiniteHeads: WordSet = Lexicon.roleNouns.union([
    "woman", "man", "girl", "boy", "person", "student", "teacher", "mother", "father", "parent", "veteran", "nurse", "doctor",
    "voter", "worker", "resident", "lawmaker", "official", "lawyer", "protester", "activist", "witness", "neighbor", "neighbour",
    "employee", "engineer", "supporter", "farmer", "driver", "customer", "patient", "owner",
  ])
}
