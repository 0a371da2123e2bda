/// Finds the people an article names, without a statistical model.
///
/// A run of capitalised words is split into a leading qualifier (titles, roles, organisation and
/// place words: `Russian Foreign Minister`, `State Department`) and the name after it. The name is
/// a person when something vouches for it: a title or role before it, a known first name, or a
/// speech verb beside it. One-word names (`Kerry`, `Mr. Earnest`) are kept as candidates and
/// resolved to full names later, within the article and then across the corpus.
public enum PersonFinder {
  /// A name found in a paragraph, before resolution.
  public struct Candidate: Sendable, Equatable {
    public let paragraph: Int
    /// Byte range of the whole mention as written, title included (`Mr. Earnest`).
    public let range: Range<Int>
    public let written: String
    /// The name tokens alone (`Earnest`, `John Kerry`).
    public let name: [String]
    /// Roles written with the name (`Russian Foreign Minister`, `the White House press secretary`).
    public let roles: [String]
    /// True when something besides capitals vouches that this is a person.
    public let vouched: Bool
    /// True when a speech verb follows the name (`Putin said`): the name is a sentence's speaker.
    public let speechSubject: Bool
    /// True when the mention opens its sentence: the sentence's subject, most often.
    public var opensSentence = false
    /// True for `Kaine’s`: the mention names the person whose something the sentence is about.
    public var possessive = false
    /// True when a lower-case word stands right before the mention and its titles (`over
    /// Trump’s visit`, `questioned Ms. Griffin’s sanity`): an object of that word, no subject.
    public var governed = false
    /// True when `the`, `a` or `this` stands right before the mention (`on the Hill`, `the
    /// Constitution`): a thing's name, when nothing else vouches for a person.
    public var afterDeterminer = false
    /// True when the name is what is left of a run after place or organisation words came off
    /// its front with no title among them (`Capitol Hill` leaves `Hill`, `Marine One` leaves
    /// `One`), or when a plural noun follows it (`Christian conservatives`): likely no person.
    public var bareRemainder = false
    /// True when a lower-case word that is no preposition, conjunction or determiner follows the
    /// name (`Sen. Cory Booker denounced`, `Harry Reid are calling`): the subject of a verb, where
    /// `subjecting Biden to` is its object.
    public var verbFollows = false
    /// True when a lower-case noun of people follows the name (`a Trump supporter`, `a Biden
    /// aide`): the name qualifies that noun, and a later `he` is the noun's person, not the name's.
    public var qualifiesNoun = false
    /// True when a preposition of objects governs the mention (`vote for Hillary Clinton`, `talk
    /// about Trump`): not a verb (`One opponent is Tim Hathaway`), a noun (`committee member Jeff
    /// Sessions`), nor `by` or `from`, whose agent or source may well speak next.
    public var objectOfPreposition = false
    /// True when the preposition names a topic (`about Devon Rusk`, `out of Trump`): the one the
    /// passage is about, who may well speak next, unlike `with President Obama`.
    public var objectOfTopic = false
  }

  /// `surnamesNamed`: the keys of place words the article writes as a person's surname in full
  /// elsewhere (`Rep. Jim Jordan`), which stand for that person alone too (`Jordan made a fiery
  /// case`), not for the country.
  public static func candidates(paragraph: Int, text: String, tokens: [WordToken], surnamesNamed: Set<String> = []) -> [Candidate] {
    var out: [Candidate] = []
    var i = 0
    while i < tokens.count {
      guard isNameToken(tokens[i]) else {
        i += 1
        continue
      }
      // the run of capitalised words (with particles like al-, bin, van inside)
      var j = i
      var runEnd = i
      var nickname: Int? = nil
      // (tokens are read in place, not copied: a copy retains and releases two Strings, and this
      // loop visits every capitalised word of the corpus)
      while j < tokens.count {
        if isNameToken(tokens[j]) {
          runEnd = j
          j += 1
          // a possessive ends the name: `Mr. Trump’s Twitter` is Trump
          if tokens[j - 1].key.hasSuffix("'s") { break }
        } else if tokens[j].kind == .punctuation && tokens[j].text == "." && j > i && adjacent(tokens[j - 1], tokens[j]),
          isTitle(tokens[j - 1])
            || isInitial(tokens[j - 1]) && j + 1 < tokens.count && isNameToken(tokens[j + 1]) && !Lexicon.sentenceWords.contains(tokens[j + 1])
        {
          j += 1  // a title's period (Mr. Dr. Gen.), or a middle initial's (Darrell E. Issa, George W. Bush)
        } else if j > i, runEnd == j - 1, isRomanizedGivenName(tokens[j].text) {
          // `Ban Ki-moon`, `Kim Jong-un`, `Moon Jae-in`: the family name first, then a given
          // name of two syllables joined by a hyphen, whose lower-case second half would
          // otherwise make it an adjective (`Trump-backed`); it ends the name
          runEnd = j
          j += 1
          break
        } else if tokens[j].kind == .word && Lexicon.nameParticles.contains(tokens[j]) && j + 1 < tokens.count && isNameToken(tokens[j + 1]) {
          j += 1
        } else if j > i, isNickname(tokens, at: j) {
          nickname = j  // `Thomas “Mack” McLarty`: the quoted nickname is no part of the name
          j += 3
        } else {
          break
        }
      }
      // most runs are one capitalised word opening a sentence (`The`, `But`): candidate() would
      // strip it and find no name; that is known without copying the run
      if runEnd == i, case let key = stripDot(tokens[i].baseKey), Lexicon.sentenceWords.contains(key) || Lexicon.interjections.contains(key) {
        i += 1
        continue
      }
      let run = nickname.map { n in Array(tokens[i..<n]) + tokens[(n + 3)...runEnd] } ?? Array(tokens[i...runEnd])
      if let c = candidate(run: run, paragraph: paragraph, text: text, before: tokens[..<i], after: tokens[(runEnd + 1)...], surnamesNamed: surnamesNamed) {
        out.append(c)
      }
      i = runEnd + 1
    }
    return out
  }

  /// `“Mack”` between a first name and a surname: an opening mark, one capitalised word, its
  /// closing mark, and a name word after.
  static func isNickname(_ tokens: [WordToken], at j: Int) -> Bool {
    // (asked at the end of every run of capitals: the cheap test of a mark goes first)
    guard j + 3 < tokens.count, tokens[j].kind == .punctuation, ["“", "\""].contains(tokens[j].text), isNameToken(tokens[j + 1]), ["”", "\""].contains(tokens[j + 2].text),
      isNameToken(tokens[j + 3]), FirstNames.all.contains(tokens[j - 1].baseKey)
    else { return false }
    return adjacent(tokens[j], tokens[j + 1]) && adjacent(tokens[j + 1], tokens[j + 2])
  }

  static func candidate(
    run: [WordToken], paragraph: Int, text: String, before: ArraySlice<WordToken>, after: ArraySlice<WordToken>, surnamesNamed: Set<String> = []
  ) -> Candidate? {
    var k = 0
    var hadTitle = false
    // sentence openers (`But`, `The`) and qualifiers (titles, organisation words) come off the front
    while k < run.count {
      let key = stripDot(run[k].baseKey)
      if (Lexicon.sentenceWords.contains(key) || Lexicon.interjections.contains(key) || Lexicon.isSentenceAdverb(run[k])) && k == 0 {
        k += 1
      } else if k == 0, run.count >= 2, key.hasSuffix("ing"), key.utf8.count > 5, !FirstNames.all.contains(key), opensSentence(before) {
        // (set 53: `Incarcerating Stone would create …`, `Leading African-American theologian`: a
        // gerund or participle that opens the sentence is no given name)
        k += 1
      } else if (Lexicon.titles.contains(key) || Lexicon.titles.contains(run[k])) && !Lexicon.firstNameBeforeSurname(run, at: k)
        // (set 48: `King called on charges …, writing, “…”` after `activist Shaun King`: a title
        // that is also a surname, alone before a verb, is the surname; resolution keeps it only
        // where the article names someone in full with it)
        && !(run.count == 1 && surnameTitles.contains(key) && after.first.map({ $0.kind == .word && $0.isLowercase && !Lexicon.determiners.contains($0) }) == true)
      {
        // `American`, `Former` qualify a name but do not make one (`Center for American Women`)
        hadTitle = hadTitle || !Lexicon.qualifierTitles.contains(key)
        k += 1
      } else if (Lexicon.nonPersonWords.contains(key) || Lexicon.demonyms.contains(key) && k + 1 < run.count) && !Lexicon.firstNameBeforeSurname(run, at: k)
        || key.hasSuffix("'s")
      {
        // (a nation's adjective alone may be a surname: `Cuban said` after `Mark Cuban`)
        k += 1
      } else {
        break
      }
    }
    // a title further in (`Fed Chair Jerome Powell`, `Major-General Abdul Karim Khalaf`): the
    // words up to it are qualifiers too
    func isTitleWord(_ t: WordToken) -> Bool { Lexicon.isTitle(t.baseKey) }
    if let j = run.indices.last(where: { $0 >= k && $0 < run.count - 1 && run[$0].kind == .word && isTitleWord(run[$0]) && !Lexicon.firstNameBeforeSurname(run, at: $0) }) {
      k = j + 1
      hadTitle = true
    }
    // (set 60: `chief of the Anne Arundel County Police Department William Krampf told`: an
    // organisation's name, then a known given name and a surname: the person starts there)
    if let j = run.indices.last(where: { $0 >= k && $0 + 2 < run.count && run[$0].kind == .word && EntityFinder.organisationHeads.contains(run[$0].baseKey) }),
      run[j + 1].kind == .word, FirstNames.all.contains(run[j + 1].baseKey), run.count - j - 1 <= 3
    {
      k = j + 1
    }
    // `Mayor of Berkeley Jesse Arreguin`: after a title's `of`, a known first name further in, with
    // one surname after it, opens the name, and the capitals before it are the title's place (not
    // `Aymar Jean Christian`, with no title before him, nor `San Francisco Chronicle`)
    var firstNameInside = false
    if k == 0, before.count >= 2, before.last?.key == "of", let title = before.dropLast().last, title.isCapitalized,
      Lexicon.isTitle(title.baseKey) || Lexicon.roleNouns.contains(title),
      let j = run.indices.first(where: { $0 > k && run[$0].kind == .word && !run[$0].isLowercase && Lexicon.firstNameBeforeSurname(run, at: $0) }),
      case let qualifiers = run[k..<j].filter(\.isWord), qualifiers.count <= 2,
      !qualifiers.contains(where: { FirstNames.all.contains($0.baseKey) || Lexicon.nameParticles.contains($0) || isInitial($0) || $0.key.hasSuffix("'s") }),
      !EntityFinder.places.contains((qualifiers + [run[j]]).map(\.baseKey).joined(separator: " "))
    {
      k = j
      firstNameInside = true
    }
    let nameTokens = Array(run[k...].filter { $0.kind == .word })
    guard !nameTokens.isEmpty, nameTokens.count <= 4 else { return nil }
    // (`R-South Carolina`: the rest of a state after a party tag)
    if k == 0, let prev = before.last, partyTag(prev) { return nil }
    // (`founder of nonpartisan bias-reduction organization Clearer Thinking, advises`: capitals
    // right after a lower-case noun of an organisation are its name)
    if k == 0, let prev = before.last, prev.kind == .word, prev.isLowercase, organisationNouns.contains(prev) { return nil }
    // (`Opponents say …`, `Medics said`: a plural noun of people that opens a sentence, which a
    // speech verb after it made a person whom the next `he` stood for; surnames seldom end so)
    if k == 0, run.count == 1, nameTokens.count == 1, case let key = nameTokens[0].key, !FirstNames.all.contains(key), opensSentence(before),
      pluralNounEndings.contains(where: { key.hasSuffix($0) })
    {
      return nil
    }
    // one letter is an initial or a party (`Paul LePage (R) said`), never a person alone
    if nameTokens.count == 1 && nameTokens[0].text.utf8.count == 1 { return nil }
    // places and organisations are not people: `New York`, `Nusra Front`
    let joinedKey = nameTokens.map(\.baseKey).joined(separator: " ")
    if EntityFinder.places.contains(joinedKey) && !(nameTokens.count == 1 && surnamesNamed.contains(joinedKey)) || EntityFinder.organisations.contains(joinedKey)
      || EntityFinder.organisationHeads.contains(nameTokens.last!.baseKey) && nameTokens.count > 1
    {
      return nil
    }
    // (`Bill Hennessy`: a first name that is also a word opens the name; after a title's period
    // too, `Sen. Bill Nelson`, where the run's first word left is past the period)
    let firstIsName = Lexicon.firstNameBeforeSurname(run, at: run[k...].firstIndex(where: \.isWord) ?? k)
    // (`Jonathan D. White`: a first name and a middle initial make the word after them a surname)
    let initialled = nameTokens.count == 3 && FirstNames.all.contains(nameTokens[0].baseKey) && isInitial(nameTokens[1])
    if nameTokens.enumerated().contains(where: { i, t in
      // (a middle initial with its period is no sentence word: `Andrew A. Rosenberg`, not the
      // caption `Agony of the Yazidis A Yazidi woman`)
      // (`George Washington`, `Denzel Washington`: a place for a surname after a known first name)
      Lexicon.nonPersonWords.contains(t.baseKey) && !(i == 0 && firstIsName) && !(i == 2 && initialled)
        && !(i == 1 && nameTokens.count == 2 && FirstNames.all.contains(nameTokens[0].baseKey) && EntityFinder.places.contains(t.baseKey))
        // (set 53: `theologian Cornel West`: a title vouches for a surname that is also a direction
        // or a colour, after a given name no list holds; `Karen White of the National Education
        // Association`: so does a known given name, but not for `Grace Church`)
        && !(i == 1 && nameTokens.count == 2 && surnameWords.contains(t.baseKey) && !Lexicon.nonPersonWords.contains(nameTokens[0].baseKey)
          && (hadTitle || k == 0 && before.last.map { $0.isLowercase && Lexicon.titles.contains($0) } == true
            || FirstNames.all.contains(nameTokens[0].baseKey) && t.baseKey != "church"))
        || Lexicon.sentenceWords.contains(t)
          && !(i > 0 && i < nameTokens.count - 1 && run.firstIndex { $0.range == t.range }.map { isDottedInitial(run, $0) } == true)
    }) {
      return nil
    }
    // `AP Managing Editor for U.S. News Brian Carovillano`: capitals that end in a role noun are a
    // post, not a name (a known first name keeps one, `Mike Judge`)
    if nameTokens.count >= 2, Lexicon.roleNouns.contains(nameTokens.last!.baseKey), !FirstNames.all.contains(nameTokens[0].baseKey) { return nil }
    // `St. Louis` is a city, and `Fellow St.` before it no person
    if k == 0, let dot = before.last, dot.text == ".", before.dropLast().last.map({ placeAbbreviations.contains($0) }) == true { return nil }
    if after.first?.text == ".", placeAbbreviations.contains(nameTokens.last!) { return nil }
    // (`a woman in Ann Arbor, Mich., insisted`: a state's abbreviation after a city and its comma)
    if nameTokens.count == 1, k == 0, after.first?.text == ".", before.last?.text == ",", stateAbbreviations.contains(nameTokens[0]) { return nil }
    // roles before the name (`Kremlin spokesman Dmitry Peskov`) and after it (`, the White House
    // press secretary,`); a role noun just before the run also vouches for the name
    let prefix = RoleFinder.prefixRole(qualifiers: Array(run[..<k]), before: before)
    if let prev = before.last, prev.kind == .word, Lexicon.roleNouns.contains(prev) || Lexicon.titles.contains(prev) {
      hadTitle = true
    }
    // `San Francisco’s public defender, Mano Raju, estimated`: a role, then the name set off by
    // commas as its appositive
    if k == 0, before.count >= 2, before.last?.text == ",", after.first?.text == ",",
      let role = before.dropLast().last, role.kind == .word, role.isLowercase,
      Lexicon.roleNouns.contains(role) || Lexicon.titles.contains(role) && !Lexicon.qualifierTitles.contains(role)
    {
      hadTitle = true
    }
    let roles = [prefix, RoleFinder.appositiveRole(after: after)].compactMap { $0 }
    let first = nameTokens[0].key
    // `Saltz explained`, and `Abu Zahra, 50, said` with an age set off by commas
    var rest = after[...]
    if rest.count >= 3, rest[rest.startIndex].text == ",", rest[rest.startIndex + 1].kind == .number, rest[rest.startIndex + 2].text == "," {
      rest = rest.dropFirst(3)
    }
    // (and a party or state in parentheses: `Paul LePage (R) said`, `Ted Cruz (R-Texas) said`)
    if rest.first?.text == "(", let close = rest.prefix(6).firstIndex(where: { $0.text == ")" }) {
      rest = rest[(close + 1)...]
    }
    // (not `far beyond the Beltway, says AP Managing Editor …`: a name after an article or a
    // preposition, then a comma and the cue, ends a clause before an inverted cue, whose speaker
    // follows it; `Malala's father, Ziauddin Yousufzai, said the decision …` and `the Belgian
    // politician Mischaël Modrikamen, told the Guardian` are appositive subjects)
    var speechAfter = rest.first(where: { $0.kind == .word }).map { $0.isLowercase && Lexicon.cueVerbs.contains($0) } ?? false
    if speechAfter, rest.first?.text == ",", rest.count >= 3, case let next = rest[rest.startIndex + 2], next.kind == .word,
      next.isCapitalized || Lexicon.determiners.contains(next) || QuoteFinder.isModifier(next),
      let governor = before.last, governor.kind == .word, governor.isLowercase,
      QuoteFinder.prepositions.contains(governor) || Lexicon.determiners.contains(governor)
    {
      speechAfter = false
    }
    // `Marcia Fudge, among the handful of Democrats who backed him, said`: an appositive set off
    // by commas, then the cue
    if !speechAfter, rest.first?.text == "," {
      // (`Phil Neisser, one of the editors of the dictionary and a professor in the department
      // of politics at the State University of New York at Potsdam, told`: 24 words)
      let window = rest.dropFirst().prefix(40)
      if let close = window.firstIndex(where: { $0.text == "," || $0.text == "." }), window[close].text == ",",
        close + 1 < window.endIndex, window[close + 1].isLowercase, Lexicon.cueVerbs.contains(window[close + 1])
      {
        speechAfter = true
      }
    }
    // `ASNE legal counsel Kevin Goldberg, who says the problem goes …`: a relative clause whose
    // verb is a cue (perhaps after an adverb, `who also said`)
    if !speechAfter, case let next = Array(rest.prefix(5)), next.count >= 3, next[0].text == ",", next[1].key == "who",
      let verb = next[2...].prefix(2).first(where: { !$0.key.hasSuffix("ly") && !["also", "has", "had", "later", "once"].contains($0.key) }),
      verb.isLowercase, relativeSpeech.contains(verb)
    {
      speechAfter = true
    }
    // (`Mark Walker of North Carolina said`, `a spokesman for Mueller said`: the object of a
    // preposition before the verb is not who speaks)
    if let prev = before.last, prev.kind == .word, prev.isLowercase, QuoteFinder.prepositions.contains(prev) { speechAfter = false }
    // `…, says Dittmar at Rutgers`: a name right after an inverted cue speaks too
    // (and `says AP Managing Editor for U.S. News Brian Carovillano`: across the post before the
    // name, where `of` and `for` stand inside capitalised titles and `the` right after the cue —
    // not `he wrote for the French newspaper Liberation`)
    var post = before.endIndex
    while post > before.startIndex, before.endIndex - post < 10, case let t = before[post - 1] {
      let previous = post - 2 >= before.startIndex ? before[post - 2] : nil
      // (a title's complement: not `writes Jim Tankersley of The Washington Post's Wonkblog`)
      let inTitle = ["of", "for"].contains(t.key) && previous.map { $0.isCapitalized && (Lexicon.isTitle($0.baseKey) || Lexicon.roleNouns.contains($0)) } == true
      let afterCue = t.key == "the" && previous.map { $0.isLowercase && Lexicon.inversionCues.contains($0) } == true
      guard t.kind == .word && (t.isCapitalized || inTitle || afterCue || t.isLowercase && QuoteFinder.fitsRole(t) && !notVerbs.contains(t) && !Lexicon.determiners.contains(t))
        // (a period only after a title, an initial or an abbreviation, `U.S.`: after `said.` or
        // `says Mr. Shultz.` a sentence ended)
        || t.text == "." && previous.map({ isTitle($0) || isInitial($0) || $0.text.utf8.contains(0x2E) }) == true else { break }
      post -= 1
    }
    // (across a post, only an inverted cue after a comma or a closing mark: `He said the al-Maliki
    // government is trying` names the clause's subject, not the speaker)
    // (and `the` there opens a post, `says the White House press secretary Josh Earnest`, not the
    // name's own phrase, `said the Roe ruling`)
    let walked = before[post...]
    let inverted = post == before.endIndex
      || post - 2 >= before.startIndex && [",", "”", "\"", "’", "'"].contains(before[post - 2].text)
      && (walked.first?.key != "the" || walked.contains { Lexicon.roleNouns.contains($0) || isTitle($0) })
    // (and the post ends at the name: not `said retired U.S. Army Maj. Gen. Dennis Laich`, whose
    // `Maj` a title follows, or `tweeted former Housing and Urban Development Secretary Julián Castro`)
    // (nor `says retired Maj. Coretta Gray`, a lone abbreviation before its period)
    let postGoesOn = after.first.map {
      $0.key == "and" || $0.text == "." && (after.dropFirst().first.map { isTitle($0) } == true
        || nameTokens.count == 1 && SentenceSplitter.abbreviations.contains(nameTokens[0]))
    } ?? false
    let speechBefore = post > before.startIndex && before[post - 1].kind == .word && before[post - 1].isLowercase
      && Lexicon.inversionCues.contains(before[post - 1]) && inverted && (post == before.endIndex || !postGoesOn)
    // (`Insults make conversation impossible, according to Matt Motyl, …. “…,” he told The Outline.`:
    // a speaker, whom `he` may stand for; no voucher of a name — `according to Reuters` is common)
    let accordingTo = before.count >= 2 && before.last?.key == "to" && before.dropLast().last.map { $0.key == "according" && $0.isLowercase } == true
    // (across a post the cue makes a speaker but vouches for no capitals as a name: `said Facebook
    // Vice President of Product Development Adam Mosseri` is Adam Mosseri, not `Product …`)
    // (set 59: `the head of China’s National Health Commission, Ma Xiaowei, laid out …`: a name in
    // commas right after a role is that role's holder, a person, whatever the lists know of the name)
    let appositiveOfRole = k == 0 && before.last?.text == "," && after.first?.text == ","
      && before.dropLast().suffix(8).contains(where: { $0.isLowercase && (Lexicon.roleNouns.contains($0) || Lexicon.titles.contains($0)) })
      && !before.dropLast().suffix(8).contains(where: { $0.text == "," || $0.text == "." })
    let vouched = hadTitle || FirstNames.all.contains(first) || Lexicon.regnalTitles.contains(first) || speechAfter || appositiveOfRole && nameTokens.count >= 2
      || speechBefore && post == before.endIndex
    // the mention as written: the name with the titles right before it (`Mr. Earnest`)
    var firstWritten = k
    while firstWritten > 0 && (Lexicon.titles.contains(stripDot(run[firstWritten - 1].key)) || run[firstWritten - 1].text == "." && firstWritten >= 2) {
      firstWritten -= 1
    }
    let start = run[firstWritten].range.lowerBound
    let end = nameTokens.last!.range.upperBound
    let written = QuoteFinder.stripPossessive(substring(text, start..<end))
    // drop a possessive from the last name token: Kerry's -> Kerry
    // an initial keeps its period: `Darrell E. Issa`
    let names = nameTokens.map { isInitial($0) || ["jr", "sr"].contains($0.key) ? $0.text + "." : QuoteFinder.stripPossessive($0.text) }
    var found = Candidate(
      paragraph: paragraph, range: start..<end, written: written, name: names,
      roles: roles, vouched: vouched, speechSubject: speechAfter || speechBefore || accordingTo)
    // (`Former Trump strategist Steve Bannon, meanwhile, thinks`: titles, roles and capitals
    // before the name belong to the sentence's subject)
    var head = before.endIndex
    while head > before.startIndex, before[head - 1].kind == .word,
      before[head - 1].isCapitalized || Lexicon.roleNouns.contains(before[head - 1]) || Lexicon.titles.contains(before[head - 1])
    {
      head -= 1
    }
    found.opensSentence = head == before.startIndex || [".", "!", "?"].contains(before[head - 1].text)
    found.possessive = nameTokens.last?.key.hasSuffix("'s") ?? false
    // (an article that opens a clause before the roles a name carries opens the phrase, no verb or
    // preposition governs it: `…, the Army's lawyer Joseph Welch ended …` is the clause's subject;
    // not `he told the New Yorker's David Remnick`)
    func articleOpensClause(_ a: Int) -> Bool {
      a < before.endIndex - 1 && articles.contains(before[a])
        && (a == before.startIndex || before[a - 1].kind == .punctuation && [",", ".", ";"].contains(before[a - 1].text))
    }
    // (a conjunction joins, it governs nothing: `and Trump said` is a subject)
    // (an adjective after an article is the name's own phrase, whatever stands before the article
    // governs it: `Democrats like the retiring Sen. Harry Reid are calling` is `like`'s)
    var governor = head - 1
    if governor - 1 > before.startIndex, before[governor].kind == .word, before[governor].isLowercase, !Lexicon.determiners.contains(before[governor]),
      articles.contains(before[governor - 1])
    {
      governor -= 2
    }
    found.governed = governor >= before.startIndex && before[governor].kind == .word && before[governor].isLowercase
      && !articleOpensClause(governor) && !conjunctions.contains(before[governor])
    found.objectOfPreposition = found.governed && objectPrepositions.contains(before[governor])
    // (set 57: `I spoke to Kaufman on Wednesday …. “…,” he said`: the one spoken to or with is who
    // talks next, as one talked about is)
    found.objectOfTopic = found.objectOfPreposition
      && (topicPrepositions.contains(before[governor])
        || ["to", "with"].contains(before[governor].key) && governor > before.startIndex && talkVerbs.contains(before[governor - 1]))
    found.afterDeterminer = k == 0 && before.last.map { thingDeterminers.contains($0) } == true
    let pluralNounAfter = after.first.map { $0.kind == .word && $0.isLowercase && $0.key.hasSuffix("s") && !$0.key.hasSuffix("ss") && !Lexicon.cueVerbs.contains($0) && !Lexicon.sentenceWords.contains($0) && $0.key.utf8.count > 3 } == true
    // (a role noun after the name is no verb, `former Amway head`; and a name in a clause that a
    // relative word or subordinator opens, `North Carolina, which Obama won narrowly`, `As to why
    // Obama could not attend, he added`, or after a preposition, `against Obama four years
    // earlier`, is not the sentence's subject)
    found.verbFollows = rest.first.map {
      $0.kind == .word && $0.isLowercase && !notVerbs.contains($0) && !Lexicon.roleNouns.contains($0) && !Lexicon.speakerNouns.contains($0)
    } == true && !(head > before.startIndex && clauseOpeners.contains(before[head - 1]))
      // (the bare verb after a causative's object is no sentence of the name's: `He wanted to
      // make Trump feel protected. He … said, “…”` is not Trump's)
      && !(governor >= before.startIndex && causatives.contains(before[governor]))
    // (and a lone word before an abstract noun: `Christian leadership`, `the Obama presidency`)
    found.qualifiesNoun = !found.possessive && rest.first.map { (next: WordToken) in
      next.kind == .word && next.isLowercase
        && (Lexicon.roleNouns.contains(next) || Lexicon.speakerNouns.contains(next) || names.count == 1 && abstractNounEnds.contains { next.key.hasSuffix($0) }
          // (`the Norquist pledge`: after `the`, a name and a lower-case word that is no verb)
          || found.afterDeterminer && !notVerbs.contains(next) && !Lexicon.isCueForm(next.key) && !next.key.hasSuffix("ed"))
    } == true
    found.bareRemainder = k > 0 && !hadTitle && !firstNameInside && !run[..<k].contains(where: { $0.key.hasSuffix("'s") }) || pluralNounAfter
    return found
  }

  /// The verbs that make the antecedent of `, who …` a speaker: plain speech, not `admitted`,
  /// `claimed` or `argued` (`Noel Francisco, who argued the case`), whose object a relative clause
  /// more often reports.
  static let relativeSpeech: WordSet = [
    "says", "said", "told", "tells", "added", "adds", "notes", "noted", "explains", "explained", "writes", "wrote",
    "warns", "warned", "insists", "insisted",
  ]

  /// Lower-case words after a name that start no predicate of it: prepositions, conjunctions and
  /// relative words (`Biden to`, `Reid and`), and the nouns a name most often qualifies (`Trump
  /// administration`, `Sanders supporters`).
  static let notVerbs: WordSet = QuoteFinder.prepositions.union([
    "and", "or", "but", "nor", "than", "as", "who", "whom", "whose", "which", "that", "the", "a", "an", "if", "when",
    "while", "because", "so", "administration", "campaign", "era", "supporters", "voters", "fans", "family",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    // (adverbs: `joining hands with President Barack Obama now to give …` makes Obama no subject)
    "now", "too", "today", "yesterday", "tonight", "again", "here", "there", "instead", "together", "himself", "herself",
  ])

  /// Words before a name that make it the subject of a subordinate clause or the object of a
  /// preposition, not the subject of the sentence.
  static let clauseOpeners: WordSet = QuoteFinder.subordinators.union(QuoteFinder.prepositions)
    .union(["which", "why", "how", "what", "whether", "than", "like"])

  /// Endings of plural nouns of people (`opponents`, `medics`, `activists`, `republicans`,
  /// `conservatives`, `officials`, `democrats`) that surnames hardly have (not `-ers`: Sanders).
  static let pluralNounEndings = ["ents", "ants", "ics", "ists", "ysts", "ians", "icans", "ives", "ials", "ats", "orters"]

  /// (sets, not array literals: `candidate` runs for every run of capitals in a corpus)
  static let articles: WordSet = ["the", "a", "an"]
  /// Words of places and things that are common surnames too (`Cornel West`, `Jack White`).
  static let surnameWords: WordSet = ["west", "white", "north", "south", "east", "church", "washington"]

  /// Titles that are common surnames too (`Shaun King`, `Howard Dean`, `Thurgood Marshall`).
  static let surnameTitles: WordSet = ["king", "dean", "bishop", "marshal", "marshall", "prince"]

  static let talkVerbs: WordSet = ["spoke", "speak", "speaking", "spoken", "talked", "talk", "talking", "chatted", "met", "sat"]

  static let topicPrepositions: WordSet = ["about", "of", "on", "over"]

  /// Words that join a name to what came before without governing it (`and Trump said`).
  static let conjunctions: WordSet = ["and", "or", "but", "nor", "then", "yet", "so"]

  /// Verbs whose object takes a bare verb (`make Trump feel`, `let Obama speak`).
  static let causatives: WordSet = [
    "make", "makes", "made", "making", "let", "lets", "letting", "help", "helps", "helped", "helping",
    "watch", "watched", "watching", "see", "saw", "seeing", "hear", "heard", "hearing",
  ]

  static let objectPrepositions: WordSet = ["for", "about", "against", "with", "of", "to", "on", "at", "over", "than", "like", "toward", "towards", "into", "upon"]

  /// Endings of abstract nouns, never of a verb: a name before one qualifies it.
  static let abstractNounEnds = ["ship", "tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "hood", "ency", "acy"]

  /// Lower-case nouns whose name follows them: `the organization Clearer Thinking`, `the website Quillette`.
  static let organisationNouns: WordSet = [
    "organization", "organisation", "nonprofit", "non-profit", "charity", "company", "firm", "startup", "website", "site",
    "newspaper", "magazine", "outlet", "publication", "network", "group", "coalition", "institute", "foundation", "agency",
  ]

  /// Words before a lone capitalised word that make it a thing's name (`the Hill`, `this Constitution`).
  static let thingDeterminers: WordSet = ["the", "a", "an", "this", "that"]

  /// `St. Louis`, `Mt. Vernon`: abbreviations that open a place's name.
  static let placeAbbreviations: WordSet = ["st", "ste", "mt", "ft"]
  /// The AP's abbreviations of American states (`Calif.`, `Mich.`).
  static let stateAbbreviations: WordSet = [
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich",
    "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo",
  ]

  static func isNameToken(_ t: WordToken) -> Bool {
    t.kind == .word && t.isCapitalized && !(t.text.utf8.count > 1 && t.text.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A })
      && !Lexicon.verbsInTitles.contains(t) && !lowerCompound(t) && !QuoteFinder.firstPerson.contains(t) && !partyTag(t) && !Lexicon.isContraction(t)
      || t.kind == .word && t.key.hasPrefix("al-") && t.text.utf8.count > 3
  }

  /// `R-South Carolina`, `D-Calif`: a party letter joined to a state is no name (ABP had 5,353
  /// mentions of a person `R-South Carolina`); the quote finder drops it from speaker phrases.
  static func partyTag(_ t: WordToken) -> Bool {
    // (read in place: this runs for every capitalised token of the corpus)
    var bytes = t.text.utf8.makeIterator()
    guard let a = bytes.next(), let b = bytes.next(), let c = bytes.next() else { return false }
    return (a == 0x52 || a == 0x44 || a == 0x49) && b == 0x2D && c >= 0x41 && c <= 0x5A
  }

  /// `Democratic-leaning`, `Trump-backed`: a capitalised word joined to a lower-case one is an
  /// adjective (names join capitals: `Roose-Snyder`, `Ocasio-Cortez`).
  static func lowerCompound(_ t: WordToken) -> Bool {
    let b = t.text.utf8
    guard let dash = b.lastIndex(of: 0x2D), let next = b[b.index(after: dash)...].first else { return false }
    // (`President-elect Trump`: a title with its suffix, not an adjective)
    if Lexicon.isTitle(t.key) { return false }
    return next >= 0x61 && next <= 0x7A
  }

  /// A romanised East Asian given name of two syllables, the second in lower case: `Ki-moon`,
  /// `Jong-un`, `Jae-in`, `Geun-hye`, `Kai-shek` (and with a possessive, `Jong-un’s`). Each half
  /// is one syllable as Korean and Chinese romanisation spell them — consonants, then vowels,
  /// then at most n, ng, m, l, k, p or t — which English halves rarely are (`York-based`,
  /// `War-era`, `Obama-era`, `Sign-up` all fail); callers also want a name word right before.
  /// (Read over the bytes in place: `surnameKey` asks it of every name's last word.)
  static func isRomanizedGivenName(_ word: String, capitalSecondHalf: Bool = false) -> Bool {
    var b = word.utf8[...]
    guard let dash = b.firstIndex(of: 0x2D), let first = b.first, first >= 0x41 && first <= 0x5A else { return false }
    // (the possessive: `'s` or `’s`)
    if b.last == 0x73 {
      let s = b.index(before: b.endIndex)
      if b[..<s].last == 0x27 { b = b[..<b.index(before: s)] }
      else if b[..<s].suffix(3).elementsEqual([0xE2, 0x80, 0x99]) { b = b[..<b.index(s, offsetBy: -3)] }
    }
    let second = b[b.index(after: dash)...]
    // (the second half in lower case: `Ruth Ben-Ghiat` is a double surname of the same shape;
    // `Kim Jong-Un` may capitalise it, which the caller allows after a Korean family name)
    guard let head = second.first, head >= 0x61 && head <= 0x7A || capitalSecondHalf && head >= 0x41 && head <= 0x5A,
      second.dropFirst().allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
    else { return false }
    return isSyllable(b[..<dash]) && isSyllable(second)
  }

  /// `Kim Jong Un`, `Choe Ryong Hae`: a Korean family name, then a given name of two one-syllable
  /// words; the family name is the one written alone (`Kim said`). (The surnames are the common
  /// ones; an English name rarely opens with one and goes on with two syllables of that shape.)
  static func isKoreanOrder(_ name: some Collection<String>) -> Bool {
    name.count == 3 && koreanFamilyNames.contains(WordTokenizer.foldCase(name.first!))
      && name.dropFirst().allSatisfy { isSyllable($0.utf8) }
  }

  /// Whether a full name is written family name first (`Ban Ki-moon`, `Kim Jong-Un`, `Kim Jong
  /// Un`), so that its first word is the one written alone.
  static func familyNameFirst(_ name: some BidirectionalCollection<String>) -> Bool {
    guard name.count >= 2, let last = name.last else { return false }
    if last.utf8.contains(0x2D) {
      // (a capital after the hyphen only after a Korean family name: not `Ruth Ben-Ghiat`)
      return isRomanizedGivenName(last) || isRomanizedGivenName(last, capitalSecondHalf: true) && koreanFamilyNames.contains(WordTokenizer.foldCase(name.first!))
    }
    return isKoreanOrder(name)
  }

  static let koreanFamilyNames: WordSet = [
    "kim", "lee", "park", "pak", "choi", "choe", "moon", "ban", "jung", "chung", "kang", "cho", "yoon", "jang", "lim",
    "han", "shin", "oh", "seo", "kwon", "hwang", "ahn", "song", "yoo", "hong", "ri", "roh", "ryu", "yun", "jeon",
  ]

  /// One romanised syllable, either case: an onset of at most two consonants (the second h, w or
  /// y: `ch`, `hw`, `ky`), one to three vowels, and an optional final n, ng, m, l, k, p or t.
  private static func isSyllable(_ s: some Collection<UInt8>) -> Bool {
    // (ASCII letters only, then folded to lower case as they are read)
    guard s.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x61 && $0 <= 0x7A }) else { return false }
    var rest = s.lazy.map { $0 | 0x20 }[...]
    func take(_ set: String) -> Bool {
      guard let c = rest.first, set.utf8.contains(c) else { return false }
      rest = rest.dropFirst()
      return true
    }
    if take("bcdghjklmnprstwy") { _ = take("hwy") }
    var vowels = 0
    while take("aeiou") { vowels += 1 }
    guard vowels >= 1, vowels <= 3 else { return false }
    return rest.isEmpty || rest.count == 1 && "nmlkpt".utf8.contains(rest.first!) || rest.elementsEqual("ng".utf8)
  }

  /// One capital letter: a middle initial when a period follows.
  static func isInitial(_ t: WordToken) -> Bool {
    t.kind == .word && t.text.utf8.count == 1 && t.text.utf8.first.map { $0 >= 0x41 && $0 <= 0x5A } == true
  }

  /// An initial with its period right after it (`A.` in `Andrew A. Rosenberg`): a name's part even
  /// when the letter is also a word (`A`, `I`).
  static func isDottedInitial(_ tokens: [WordToken], _ i: Int) -> Bool {
    isInitial(tokens[i]) && i + 1 < tokens.count && tokens[i + 1].text == "."
  }

  static func isTitle(_ t: WordToken) -> Bool { Lexicon.titles.contains(t) }

  /// Whether a run of capitals right after `before` opens a sentence (or the text, or a quotation).
  static func opensSentence(_ before: ArraySlice<WordToken>) -> Bool {
    before.last.map { [".", "!", "?", "“", "\""].contains($0.text) } ?? true
  }

  static func adjacent(_ a: WordToken, _ b: WordToken) -> Bool { a.range.upperBound == b.range.lowerBound }

  static func stripDot(_ s: String) -> String { s.hasSuffix(".") ? String(s.dropLast()) : s }

  static func substring(_ text: String, _ range: Range<Int>) -> String { String(slice(text, range)) }

  /// The text of a UTF-8 byte range that falls on character boundaries, without a copy.
  static func slice(_ text: String, _ range: Range<Int>) -> Substring {
    let u = text.utf8
    return Substring(u[u.index(u.startIndex, offsetBy: range.lowerBound)..<u.index(u.startIndex, offsetBy: range.upperBound)])
  }
}
