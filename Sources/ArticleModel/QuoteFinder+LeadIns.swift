/// Introductions from outside the quotation's sentence: a sentence ending in a colon before a
/// paragraph that opens with a quotation, reported speech just before it, and a role that opens the
/// paragraph or the one before.
extension QuoteFinder {
  /// `So naturally, Donald Trump, he of no impulse control, had this to say on Tuesday:` or `CBS
  /// issued a statement in response, denying …:` before a paragraph that opens with a quotation:
  /// whatever the verb, the subject of the sentence that ends in the colon introduces it — the
  /// first person the sentence names as no object or owner, else the organisation that opens it.
  static func colonIntroducer(
    paragraph number: Int, tokens: [WordToken], sentences: [Range<Int>], people: [PersonFinder.Candidate]
  ) -> (written: String, name: [String])? {
    guard let colon = tokens.last, colon.text == ":", let sentence = sentences.last(where: { $0.lowerBound < colon.range.upperBound }) else { return nil }
    let words = Array(tokens.tokens(within: sentence.lowerBound..<colon.range.lowerBound))
    // `… thanks to tweets like this one, from Johns Hopkins epidemiologist Jennifer Nuzzo:`: a
    // person named right before the colon after `from` or `by` is the author, whatever the
    // sentence quoted before
    if let last = people.last(where: { $0.paragraph == number && $0.range.upperBound <= colon.range.lowerBound }),
      last.vouched, last.range.upperBound == colon.range.lowerBound,
      let at = words.lastIndex(where: { $0.range.upperBound <= last.range.lowerBound && ($0.isLowercase || $0.kind == .punctuation) }),
      ["from", "by"].contains(words[at].key)
        || words[at].isLowercase && words[..<at].suffix(3).contains(where: { ["from", "by"].contains($0.key) })
    {
      return (last.written, last.name)
    }
    // (set 46: `This is from the U-T San Diego:` before five paragraphs of its story: a
    // publication or a body after `from`, right before the colon, is the source as written)
    if let at = words.lastIndex(where: { $0.key == "from" && $0.isLowercase }), at + 1 < words.count, words.count - at - 1 <= 6,
      case let source = words[(at + 1)...].drop(while: { $0.key == "the" && $0.isLowercase }), !source.isEmpty,
      source.allSatisfy({ $0.isCapitalized || $0.text == "-" || $0.text == "." || $0.text == "&" }), source.first!.isCapitalized,
      // (not `as NPR's Anthony Kuhn reports from Beijing:`: a cue names the speaker, `from` a place)
      !words[..<at].contains(where: { $0.isLowercase && Lexicon.isCueForm($0.key) }),
      !EntityFinder.places.contains(source.map(\.key).joined(separator: " "))
    {
      return (join(Array(source)), [])
    }
    // the writer's own lead-in, not a sentence that quotes someone already
    guard !words.isEmpty, !words.contains(where: { ["\"", "“", "”"].contains($0.text) }) else { return nil }
    let from = people.partitionPoint { $0.paragraph < number || $0.paragraph == number && $0.range.lowerBound < sentence.lowerBound }
    for p in people[from...] {
      guard p.paragraph == number, p.range.upperBound <= colon.range.lowerBound else { break }
      // (the first such, vouched or not: `then-Senator Obama used … on his opponent, Sen. John
      // McCain:` is Obama's; but a capitalised word opening the sentence, `Two years prior`, needs
      // something to vouch for it)
      if !p.governed, !p.possessive, p.vouched || p.range.lowerBound > sentence.lowerBound { return (p.written, p.name) }
    }
    // (`The government is taking liberties …, according to Rep. Rogers:`: the one the sentence
    // credits, though `to` governs the name)
    if let at = words.indices.last(where: { $0 + 2 < words.count && words[$0].key == "according" && words[$0 + 1].key == "to" }),
      let p = people[from...].prefix(while: { $0.paragraph == number }).first(where: { $0.range.lowerBound >= words[at + 1].range.upperBound && $0.range.upperBound <= colon.range.lowerBound }),
      p.vouched
    {
      return (p.written, p.name)
    }
    if let role = roleIntroducer(words) { return (join(Array(role)), []) }
    guard let first = words.first, first.isCapitalized, !adverbialOpeners.contains(first), !Lexicon.sentenceWords.contains(first),
      let phrase = nounPhrase(words, direction: .rightOfCue), phrase.count < words.count,
      phrase.allSatisfy({ $0.isCapitalized }), words[phrase.count].isLowercase
    else { return nil }
    return (join(phrase), [])
  }

  /// `When the affiliate reached out …, a company spokesperson issued a statement that offered the
  /// following justification:`: a role that opens a clause (at the sentence's start or after a
  /// comma, with its article) and is followed by its verb or `who` is who the colon introduces.
  static func roleIntroducer(_ words: [WordToken]) -> ArraySlice<WordToken>? {
    for i in words.indices where ["a", "an", "the", "another", "one"].contains(words[i].key) && (i == 0 || words[i - 1].text == ",") {
      // (or an organisation's name after `the`: `…, the Post published a scathing editorial,
      // saying …:`)
      let name = words[i].key == "the" ? words[(i + 1)...].prefix { $0.isWord && $0.isCapitalized }.count : 0
      guard var j = name > 0 ? i + name : (i + 1..<min(i + 5, words.count)).first(where: { isHeadNoun(words[$0]) }),
        words[(i + 1)..<j].allSatisfy(\.isWord)
      else { continue }
      while j + 1 < words.count, isHeadNoun(words[j + 1]) { j += 1 }
      // (an aside in commas, `A Times spokesperson, for their part, offered …`, or a short
      // complement, `An old man in a wool cap startles …`, may stand before the verb)
      var v = j + 1
      if name == 0, v < words.count, words[v].text == ",", let close = words[(v + 1)...].prefix(6).firstIndex(where: { $0.kind == .punctuation }),
        words[close].text == ",", close > v + 1
      {
        v = close + 1
      } else if name == 0, v + 2 < words.count, ["in", "at", "from", "with"].contains(words[v].key),
        let end = words[(v + 1)...].prefix(4).firstIndex(where: { !$0.isWord || $0.isLowercase && ($0.key.hasSuffix("ed") || Lexicon.isCueForm($0.key)) }),
        words[end].isWord, end > v + 1
      {
        v = end
      }
      guard v < words.count, case let verb = words[v], verb.isLowercase, !prepositions.contains(verb),
        // (`a spokesperson who declined to be named issued …`: a relative clause may stand between)
        !["and", "or", "that", "which", "whose"].contains(verb.key),
        // (after a name, a verb's form: not `the British newspaper`, `the Iowa Democratic party chair`)
        name == 0 || Lexicon.isCueForm(verb.key) || issuingVerbs.contains(verb) || verb.key.hasSuffix("ed") || organisationVerbs.contains(verb)
      else { continue }
      return words[i...j]
    }
    return nil
  }

  /// `Katie Page was a participant. She says that … she found connection she didn't anticipate.`
  /// before a paragraph that is all quotation: radio and feature writing introduces a speaker in
  /// reported speech and gives the words in the next paragraph. The paragraph before holds no
  /// quotation and does not end in a colon; the last speech verb of its last sentence names the
  /// speaker (a pronoun is resolved).
  static func reportedSpeechBefore(tokens: [WordToken], sentences: [Range<Int>]) -> Attribution? {
    guard !tokens.contains(where: { ["\"", "“", "”"].contains($0.text) }), let sentence = sentences.last, tokens.last?.text != ":" else { return nil }
    // (the last cue: `… when he said he was hiking …, that Colbert said he favors.` is Colbert's)
    let words = Array(tokens.tokens(within: sentence))
    guard let c = words.indices.last(where: { words[$0].isLowercase && reportingVerbs.contains(words[$0]) && speechVerb(words, $0) }),
      c > 0, c + 1 < words.count, ["that", "she", "he", "they", "it", "the", "there", "we", "i"].contains(words[c + 1].key) || words[c + 1].isCapitalized
    else { return nil }
    // (`…, says Professor Naison.`: the speaker after an inverted cue; `Another participant who
    // chose not to have his name used, says that …`: a role with its relative clause)
    let inverted = words[c - 1].text == "," && words[c + 1].isCapitalized && Lexicon.inversionCues.contains(words[c])
    let found = (inverted ? phraseAfterCue(Array(words[c...]), cueIndex: 0, cue: words[c].key, distance: 0) : attribution(Array(words[...c]), cue: c))
      ?? roleIntroducer(Array(words[..<c])).map { roleAttribution($0, cue: words[c].key, distance: 0) }
    // (`I explained that …`: the writer, whom the article does not name)
    guard let found, !["i", "we"].contains(WordTokenizer.foldCase(found.written)) else { return nil }
    return found
  }

  /// The verbs of reported speech that introduce the next paragraph's quotation (`She says she …`).
  static let reportingVerbs: WordSet = ["says", "said", "explains", "explained", "adds", "added", "recalls", "recalled", "notes", "noted"]

  /// A role phrase found by `roleIntroducer` as the speaker, kept as written (no person's name).
  static func roleAttribution(_ role: ArraySlice<WordToken>, cue: String, distance: Int) -> Attribution {
    Attribution(written: join(Array(role)), range: role.first!.range.lowerBound..<role.last!.range.upperBound, name: [], cue: cue, pronoun: false, distance: distance)
  }

  /// `As could be expected, the president fired back on Twitter. “…,” he wrote.`: `the` and a role
  /// noun (after at most two modifiers) that open a clause and are followed by a verb, in the
  /// quote's paragraph before it, with no person opening a sentence after them.
  static func roleSubject(_ toks: [WordToken], from: Int, before offset: Int, people: ArraySlice<PersonFinder.Candidate>, quoted: [Range<Int>]) -> Range<Int>? {
    guard from < offset else { return nil }
    let window = toks.tokens(within: from..<offset)
    var found: Range<Int>? = nil
    for i in window.indices where window[i].key == "the" {
      // what stands before: the paragraph's or a clause's start
      if i > window.startIndex {
        let b = window[i - 1]
        guard b.kind == .punctuation ? [".", ",", ";", "!", "?"].contains(b.text) : ["and", "but", "then"].contains(b.key) else { continue }
      } else if from != 0 {
        continue
      }
      guard i + 1 <= window.endIndex - 2, let h = (i + 1...min(i + 3, window.endIndex - 2)).first(where: { Lexicon.roleNouns.contains(window[$0]) }),
        (i + 1..<h).allSatisfy({ window[$0].kind == .word }),
        // (`The governor, who didn't take any questions, anticipated`: a relative clause in commas
        // may stand before the verb)
        case let v = relativeClauseEnd(window, after: h) ?? h + 1, v < window.endIndex,
        window[v].kind == .word, window[v].isLowercase, !prepositions.contains(window[v].key), !["and", "or", "who"].contains(window[v].key),
        !quoted.contains(where: { $0.contains(window[i].range.lowerBound) })
      else { continue }
      found = window[i].range.lowerBound..<window[h].range.upperBound
    }
    guard let role = found, !people.contains(where: { $0.opensSentence && $0.vouched && $0.range.lowerBound > role.lowerBound && $0.range.upperBound <= offset }) else {
      return nil
    }
    return role
  }

  /// The index right after `, who …,` when that clause follows `h`; nil when none does.
  static func relativeClauseEnd(_ window: ArraySlice<WordToken>, after h: Int) -> Int? {
    guard h + 2 < window.endIndex, window[h + 1].text == ",", window[h + 2].key == "who",
      let close = window[(h + 3)...].prefix(20).firstIndex(where: { $0.kind == .punctuation })
    else { return nil }
    return window[close].text == "," ? close + 1 : nil
  }

  /// `On Jan 14th he posed a question to the followers of the page: “…”`: the writer's sentence
  /// that ends in a colon right before the quotation introduces it, whatever its verb — the first
  /// person it names as no object or owner, else a pronoun near its start that is its subject.
  static func colonLeadIn(
    _ tokens: [WordToken], paragraph: Int, people: [PersonFinder.Candidate], namedInFull: FullNames, quoted: [Range<Int>]
  ) -> Attribution? {
    guard let colon = tokens.last, colon.text == ":", let first = tokens.first,
      !tokens.contains(where: { ["\"", "“", "”"].contains($0.text) })
    else { return nil }
    // (`The state could offer these benefits at no cost, proclaimed the brochure: “…”`: an
    // inverted cue after a comma, and its subject, right before the colon)
    // (a document too, `the brochure`, with its article)
    if let comma = tokens.indices.dropLast().last(where: { tokens[$0].text == "," }), case let cue = comma + 1, cue + 1 < tokens.count - 1,
      tokens.count - 1 - cue <= 6, tokens[cue].isLowercase,
      Lexicon.inversionCues.contains(tokens[cue]) || Lexicon.cueVerbs.contains(tokens[cue]) && tokens[cue].key.hasSuffix("ed"),
      case let words = Array(tokens[(cue + 1)..<(tokens.count - 1)]), words.allSatisfy(\.isWord),
      let phrase = nounPhrase(words, direction: .whole) ?? (Lexicon.determiners.contains(words[0]) && words.count >= 2 ? words : nil)
    {
      return describe(phrase, cue: tokens[cue].key, distance: 0)
    }
    if let p = firstSubject(in: first.range.lowerBound..<colon.range.lowerBound, paragraph: paragraph, tokens: tokens, people: people, namedInFull: namedInFull, quoted: quoted) {
      return Attribution(written: p.written, range: p.range, name: p.name, cue: "(colon)", pronoun: false, distance: 0)
    }
    // (`A Times spokesperson, for their part, offered this explanation to Motherboard: “…”`: a
    // role that opens the sentence)
    if let role = roleIntroducer(Array(tokens.dropLast())), role.startIndex == 0 {
      return roleAttribution(role, cue: "(colon)", distance: 0)
    }
    // (set 55: `Shortly before the shooting, officers in the helicopter conversed with each other:`:
    // a plural of people that opens the clause after an adverbial, before its verb)
    if let comma = tokens.prefix(10).firstIndex(where: { $0.text == "," }), comma + 2 < tokens.count, case let head = tokens[comma + 1],
      head.kind == .word, head.isLowercase, head.key.hasSuffix("s"), Lexicon.speakerNouns.contains(head) || Lexicon.roleNouns.contains(head),
      let verb = tokens[(comma + 2)...].prefix(5).firstIndex(where: { $0.isLowercase && $0.key.hasSuffix("ed") }),
      tokens[(comma + 1)..<verb].allSatisfy(\.isWord)
    {
      return roleAttribution(tokens[(comma + 1)..<verb], cue: "(colon)", distance: 0)
    }
    // (not `When he arrived, the crowd chanted:`: a pronoun after `when`, `as` is a clause's own)
    guard let at = tokens.prefix(6).firstIndex(where: { $0.kind == .word && ["he", "she", "they"].contains($0.key) }),
      !(at > 0 && subordinators.contains(tokens[at - 1])), !tokens[..<at].contains(where: { $0.text == "," })
    else { return nil }
    return Attribution(written: tokens[at].text, range: tokens[at].range, name: [], cue: "(colon)", pronoun: true, distance: 0)
  }

  /// `Shaheen carried on about insurance companies' obscene profits and hectored, "We cannot wait!"`:
  /// a verb in the past, then a comma, right before a quotation that opens a sentence of its own
  /// introduces it, whatever the verb (`thundered`, `deadpanned`, `texted`: news has more speech
  /// verbs than any list) — said by the sentence's first person who is no object or owner, or the
  /// `he` or `she` that opens it. Not a title's verb (`an op-ed titled, “…”`) nor a passive.
  static func commaLeadIn(
    _ tokens: [WordToken], paragraph: Int, people: [PersonFinder.Candidate], namedInFull: FullNames, quoted: [Range<Int>]
  ) -> Attribution? {
    guard tokens.count >= 3, let comma = tokens.last, comma.text == ",", case let verb = tokens[tokens.count - 2],
      verb.kind == .word, verb.isLowercase, verb.key.hasSuffix("ed"), !titleVerbs.contains(verb), !namingVerbs.contains(verb),
      !passiveAuxiliaries.contains(tokens[tokens.count - 3]), let first = tokens.first,
      !tokens.contains(where: { ["\"", "“", "”", ":"].contains($0.text) })
    else { return nil }
    if let p = firstSubject(in: first.range.lowerBound..<verb.range.lowerBound, paragraph: paragraph, tokens: tokens, people: people, namedInFull: namedInFull, quoted: quoted) {
      return Attribution(written: p.written, range: p.range, name: p.name, cue: verb.key, pronoun: false, distance: 0)
    }
    guard ["he", "she"].contains(first.key) else { return nil }
    return Attribution(written: first.text, range: first.range, name: [], cue: verb.key, pronoun: true, distance: 0)
  }

  /// Verbs that give a title or a name, not words spoken (`titled, “…”`).
  static let titleVerbs: WordSet = titleMarkers.union(["called", "named", "dubbed", "labeled", "labelled", "nicknamed", "branded"])
  static let passiveAuxiliaries: WordSet = ["was", "were", "is", "are", "been", "being", "be", "get", "got", "gets"]

  /// `Dr. Regnerus quoted Sigmund Freud on this issue: “…”`: a sentence that quotes or cites someone
  /// named in full, then a colon right before the mark, gives the quotation to the one quoted; so
  /// does a comma right after the name (set 63: `As the Times itself quotes Ed Dwight, “…”`).
  static func quotedBeforeMark(_ tokens: [WordToken]) -> Attribution? {
    guard let mark = tokens.last?.text, mark == ":" || mark == ",",
      let q = tokens.lastIndex(where: { $0.isLowercase && ["quoted", "quotes", "quoting", "cited", "cites", "citing"].contains($0.key) }),
      q + 1 < tokens.count, case let capitals = Array(tokens[(q + 1)...].prefix { $0.isCapitalized || $0.text == "." }), isFullName(capitals),
      mark == ":" || q + 1 + capitals.count == tokens.count - 1
    else { return nil }
    return describe(capitals, cue: tokens[q].key, distance: 0)
  }

  /// The speaker of the sentence right before `start` in the same paragraph when it is reported
  /// speech (a cue with a subject that is a name or a role, no pronoun: `he` there is the rules'
  /// of pronouns) and no quotation stands in it (`after` is where the last quotation closed).
  static func reportedSpeechInSentenceBefore(_ toks: [WordToken], sentences: [Range<Int>], before start: Int, after prevEnd: Int) -> Attribution? {
    guard let previous = sentences.last(where: { $0.upperBound <= start }), previous.lowerBound >= prevEnd else { return nil }
    let words = Array(toks.tokens(within: previous))
    guard words.count >= 4, words.count <= 60, !words.contains(where: { ["“", "”", "\""].contains($0.text) }),
      let c = words.indices.first(where: { words[$0].isLowercase && Lexicon.cueVerbs.contains(words[$0]) && !toldStory(words, $0) }),
      c > 0, c + 1 < words.count, words[c + 1].key == "that" || words[c + 1].kind == .word,
      let found = attribution(Array(words[...c]), cue: c), !found.pronoun,
      case let written = found.written.split(separator: " ").map(String.init), let head = written.first,
      case let keys = written.map(WordTokenizer.foldCase),
      // (a name, a role, or an article before capitals: `A senior Democrat said that …`)
      !found.name.isEmpty || keys.contains(where: { Lexicon.roleNouns.contains($0) || Lexicon.speakerNouns.contains($0) })
        || ["a", "an", "one"].contains(keys[0]) && written.dropFirst().contains(where: { $0.first?.isUppercase == true }),
      // (not an adverbial or a word that opens the sentence, `In Siberia`, `That's`, `Regardless`,
      // nor a place in capitals, `the U.S.`)
      case let first = QuoteFinder.stripPossessive(WordTokenizer.foldCase(head)),
      !adverbialOpeners.contains(first), !["that", "it", "this", "there", "regardless", "here"].contains(first), !Lexicon.pronouns.contains(first),
      !(found.name.count == 1 && found.name[0].utf8.contains(0x2E))
    else { return nil }
    return found
  }

  /// `Joseph Welch ended McCarthy's career. “Until this moment, Senator, …”`, `On the day he was
  /// inaugurated, he refused to make the traditional visit. "Any man who would permit …"`: a
  /// sentence of quotation that no cue claims, right after a sentence of the writer's (no quotation
  /// marks in it): the subject of that sentence says it — its first person who is no object or
  /// owner, or a `he` or `she` that opens a clause, whichever comes first. Across a paragraph break
  /// (`Duffey sent an email … telling them to hold the aid.` before a paragraph that is all
  /// quotation) only a sentence that tells of something written or said: a subject's mere deed there
  /// is often the writer's setting for someone else's words.
  static func subjectOfSentenceBefore(
    _ words: ArraySlice<WordToken>, paragraph: Int, people: [PersonFinder.Candidate], namedInFull: FullNames, quoted: [Range<Int>],
    acrossParagraphs: Bool
  ) -> Attribution? {
    guard words.count >= 4, words.count <= 60, let first = words.first, let last = words.last,
      !words.contains(where: { ["\"", "“", "”", ":"].contains($0.text) }),
      !acrossParagraphs || words.contains(where: { $0.isLowercase && writtenOrSaid.contains($0) })
    else { return nil }
    let tokens = Array(words)
    let person = firstSubject(in: first.range.lowerBound..<last.range.upperBound, paragraph: paragraph, tokens: tokens, people: people, namedInFull: namedInFull, quoted: quoted)
    // (`he` opening a clause, before a verb: not `as he spoke`, not `told him`)
    let pronoun = tokens.indices.first { i in
      ["he", "she"].contains(tokens[i].key) && i + 1 < tokens.count && tokens[i + 1].isLowercase && tokens[i + 1].isWord
        && (i == 0 || tokens[i - 1].text == "," || ["and", "but", "then"].contains(tokens[i - 1].key)) && !(i > 0 && subordinators.contains(tokens[i - 1]))
    }
    if let p = person, pronoun.map({ tokens[$0].range.lowerBound > p.range.lowerBound }) ?? true {
      return Attribution(written: p.written, range: p.range, name: p.name, cue: "(sentence before)", pronoun: false, distance: 0)
    }
    guard let at = pronoun else { return nil }
    return Attribution(written: tokens[at].text, range: tokens[at].range, name: [], cue: "(sentence before)", pronoun: true, distance: 0)
  }

  /// Words that make a sentence tell of something written or said (`sent an email`, `telling
  /// them`), for `subjectOfSentenceBefore` across a paragraph break.
  static let writtenOrSaid: WordSet = [
    "email", "emails", "emailed", "e-mail", "letter", "memo", "message", "statement", "statements", "remarks", "speech", "tweet", "tweeted",
    "posted", "telling", "wrote", "writing", "interview", "testimony", "testified",
  ]
}

