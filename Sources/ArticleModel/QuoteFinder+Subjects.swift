/// Who the subject of a cue is when it is not right beside the cue: the sentence's subject, an
/// appositive's name, a relative clause's antecedent.
extension QuoteFinder {
  /// `Bethany Kozma, was previously an anti-transgender activist who wrote`, `Mike Huckabee is a
  /// crazy person who says`: a relative clause on the noun after `is` or `was` speaks for the
  /// subject of that verb, when it is a name.
  static func copulaSubject(_ tokens: [WordToken], cue c: Int, phrase: [WordToken]) -> [WordToken]? {
    // (a noun with its article and no name: not `Defending Mr. Holder was Sen. Charles E. Schumer, …, who said`)
    guard c > 0, tokens[c - 1].key == "who", let first = phrase.first, Lexicon.determiners.contains(first), nameWords(phrase).isEmpty,
      var k = tokens[..<c].firstIndex(where: { $0.range == first.range })
    else { return nil }
    while k > 0, ["previously", "once", "also", "still", "now", "formerly", "long"].contains(tokens[k - 1].key) { k -= 1 }
    guard k > 1, ["is", "was", "are", "were", "been"].contains(tokens[k - 1].key),
      let subject = nounPhrase(Array(tokens[..<(k - 1)]), direction: .leftOfCue), !nameWords(subject).isEmpty
    else { return nil }
    return subject
  }

  /// What a speech's author gives besides a noun of speech (`a 2010 speech by …`).
  static let speechOccasions: WordSet = ["speech", "interview", "address", "op-ed", "letter", "memo"]

  /// Where the run of capitalised words (and the periods of initials) ending right before `end`
  /// starts: `Gov. Bill Lee` before `saying`.
  static func capitalsStart(_ tokens: [WordToken], before end: Int) -> Int {
    var s = end
    while s > 0, tokens[s - 1].isCapitalized || tokens[s - 1].text == "." && s >= 2 && tokens[s - 2].isCapitalized { s -= 1 }
    return s
  }

  /// `As Larry Elliott, the economics editor of the Guardian noted this week: “…”`: a role with no
  /// name before the cue whose appositive comma never closes; the name before the comma, opening
  /// the clause (after `As` at most), speaks.
  static func unclosedAppositiveName(_ tokens: [WordToken], phrase: [WordToken]) -> [WordToken]? {
    // (the role opens in lower case; its complement may hold capitals, `editor of the Courier`)
    guard let first = phrase.first, first.isLowercase, var k = tokens.firstIndex(where: { $0.range == first.range }) else { return nil }
    while k > 0, tokens[k - 1].isLowercase, !Lexicon.cueVerbs.contains(tokens[k - 1]), !prepositions.contains(tokens[k - 1]) { k -= 1 }
    guard k >= 2, tokens[k - 1].text == "," else { return nil }
    var s = capitalsStart(tokens, before: k - 1)
    if s < k - 1, tokens[s].key == "as" { s += 1 }
    guard s == 0 || tokens[s - 1].key == "as" || [".", ";"].contains(tokens[s - 1].text) else { return nil }
    let name = Array(tokens[s..<(k - 1)])
    return isFullName(name) ? name : nil
  }

  /// `Ben Wizner, director of the Speech, Privacy, and Technology Project for the ACLU, said`: a
  /// name that opens the clause, then an appositive set off by commas and opening in lower case,
  /// however many commas of its own it holds (the phrase rules, walking back from the cue, stop at
  /// the list and take `Privacy` for the speaker).
  static func appositiveOpener(_ tokens: [WordToken]) -> [WordToken]? {
    guard tokens.count >= 5, tokens.last?.text == ",", let comma = tokens.firstIndex(where: { $0.text == "," }),
      comma > 0, comma <= 4, comma + 2 < tokens.count, tokens[comma + 1].isLowercase,
      tokens[..<comma].allSatisfy({ $0.isCapitalized || $0.text == "." }),
      // (not a clause of its own inside: `Smith, who said …, told`, `Smith, asked about it, said`)
      !tokens[(comma + 1)...].contains(where: { $0.isLowercase && (Lexicon.cueVerbs.contains($0) || $0.key == "who") || $0.text == ";" })
    else { return nil }
    let name = Array(tokens[..<comma])
    return nameWords(name).isEmpty ? nil : name
  }

  /// `Albert Watkins, defended their actions and said they were not “race related”`, `Theresa May
  /// spoke outside Downing Street, promising to end “safe spaces”`, `McCain was recorded saying`:
  /// a cue or a participle whose subject stands far before it; the sentence's first person is the
  /// speaker when something vouches for the name (a title, a first name, or the article naming
  /// that surname in full).
  static func sentenceSubject(
    _ tokens: [WordToken], paragraph: Int, people: [PersonFinder.Candidate], namedInFull: FullNames, quoted: [Range<Int>]
  ) -> Attribution? {
    // (`Milano took to Twitter to add that …`: an infinitive after `to` is a cue like a participle)
    guard let c = tokens.indices.last(where: { i in
      let t = tokens[i]
      return t.kind == .word && t.isLowercase
        // (not speechVerb: here `Trump continues to call it a “witch hunt”` is Trump's, the
        // `continues to` it excludes before a mark is this rule's to read)
        && (Lexicon.cueVerbs.contains(t) && !toldStory(tokens, i) || Lexicon.participleCues.contains(t) || i > 0 && tokens[i - 1].key == "to" && infinitiveCues.contains(t))
    }),
      tokens.count - c - 1 <= 40, let start = tokens.first?.range.lowerBound
    else { return nil }
    if let quoted = quotedAs(tokens, cue: c) { return describe(quoted, cue: tokens[c].key, distance: tokens.count - c - 1) }
    // `On Tuesday night, Tucker Carlson, the network's torchbearer, ripped into Rep. Ilhan Omar,
    // accusing the congresswoman of harboring an “…”`: a participle after a comma has the clause's
    // subject, not a name the verb governs (the first vouched name below would be Omar's)
    // (set 54: `López cites a 2010 speech by former … chairman Michael Steele, admitting that
    // “…”`: a participle after the name of a speech's author, `by` or `from` it, is that author's)
    if c >= 4, Lexicon.participleCues.contains(tokens[c]), tokens[c - 1].text == ",",
      let p = people.first(where: { $0.paragraph == paragraph && $0.range.upperBound == tokens[c - 2].range.upperBound }), vouchedOrNamedInFull(p, namedInFull),
      let at = tokens[..<(c - 1)].lastIndex(where: { $0.range.upperBound <= p.range.lowerBound && !($0.isCapitalized || $0.text == "." || Lexicon.titles.contains($0) || Lexicon.roleNouns.contains($0)) }),
      ["by", "from"].contains(tokens[at].key), at >= 1, speechNouns.contains(tokens[at - 1]) || speechOccasions.contains(tokens[at - 1])
    {
      return Attribution(written: p.written, range: p.range, name: p.name, cue: tokens[c].key, pronoun: false, distance: tokens.count - c - 1)
    }
    if c >= 3, Lexicon.participleCues.contains(tokens[c]), tokens[c - 1].text == ",", let run = clauseSubject(tokens[..<(c - 1)]),
      let first = run.first, let last = run.last,
      let p = people[people.partitionPoint { $0.paragraph < paragraph || $0.paragraph == paragraph && $0.range.lowerBound < first.range.lowerBound }...]
        .first(where: { $0.paragraph == paragraph && $0.range.upperBound == last.range.upperBound }),
      // (a name in full opening the clause before its verb vouches for itself)
      p.name.count >= 2 || vouchedOrNamedInFull(p, namedInFull)
    {
      return Attribution(written: p.written, range: p.range, name: p.name, cue: tokens[c].key, pronoun: false, distance: tokens.count - c - 1)
    }
    // (set 66: `The Family Research Council supported it, saying it would end … “…”`,
    // `Wednesday's filing delves into Joe Biden's campaign, saying …`: an organisation's name or
    // a document that opens the clause before its verb, the way a person's name does)
    if c >= 3, Lexicon.participleCues.contains(tokens[c]), tokens[c - 1].text == ",", let body = organisationSubject(tokens[..<(c - 1)]) ?? documentSubject(tokens[..<(c - 1)]),
      // (the participle is the clause's: no clause of another subject between, not `The tweet was
      // in response to a speech Clinton gave in which she made a criticism, saying …`)
      !tokens[body.endIndex..<(c - 1)].contains(where: { $0.isLowercase && ["which", "who", "whom", "that", "where", "when", "he", "she", "they", "we", "i"].contains($0.key) })
    {
      return describe(Array(body), cue: tokens[c].key, distance: tokens.count - c - 1)
    }
    let cueStart = tokens[c].range.lowerBound
    let from = people.partitionPoint { $0.paragraph < paragraph || $0.paragraph == paragraph && $0.range.lowerBound < start }
    // the first vouched name before the cue; one a word governs only when no other stands there
    // (`In a rare statement chiding Trump, McConnell referenced …, noting “…”` is McConnell's)
    var subject: PersonFinder.Candidate?, object: PersonFinder.Candidate?, bareSubject: PersonFinder.Candidate?
    for p in people[from...] {
      guard p.paragraph == paragraph, p.range.upperBound <= cueStart else { break }
      // a name inside a quotation is not who speaks it
      guard !quoted.contains(where: { $0.contains(p.range.lowerBound) }) else { continue }
      guard vouchedOrNamedInFull(p, namedInFull) else {
        // (a surname alone that opens the clause, `In a rare statement chiding Trump, McConnell
        // referenced …, noting “…”` in an article that never gives his first name: still no
        // governed name's words)
        if !p.governed, !p.possessive, !p.opensSentence, p.verbFollows, bareSubject == nil { bareSubject = p }
        continue
      }
      if !p.governed {
        subject = p
        break
      }
      object = object ?? p
    }
    // (the bare surname only where a governed name would otherwise be taken)
    if let p = subject ?? object.map({ bareSubject ?? $0 }) {
      return Attribution(written: p.written, range: p.range, name: p.name, cue: tokens[c].key, pronoun: false, distance: tokens.count - c - 1)
    }
    // `She closed by saying that … - that “Enough is enough.”`, `…, but he swiftly pivots to saying
    // that we should “…”`: the pronoun that opens the sentence, or one a few words before the cue
    // with nothing but commas between (not `as he spoke; one warned`)
    // (not `as he stood close to the reporter, said`: a pronoun after `as`, `when` is a clause's own)
    let near = tokens[..<c].lastIndex { $0.kind == .word && ["he", "she"].contains($0.key) }.flatMap { p in
      c - p <= 8 && tokens[p..<c].allSatisfy({ $0.kind == .word || $0.text == "," })
        && !(p > 0 && subordinators.contains(tokens[p - 1])) ? p : nil
    }
    let opening = tokens.first.map { ["he", "she"].contains($0.key) } == true ? 0 : nil
    if let p = (near ?? opening).map({ tokens[$0] }), !quoted.contains(where: { $0.contains(p.range.lowerBound) }) {
      return Attribution(written: p.text, range: p.range, name: [], cue: tokens[c].key, pronoun: true, distance: tokens.count - c - 1)
    }
    return nil
  }

  /// `Colbert sees the best way … is around “easy access to …,” and pointed out …`, `The Brookings
  /// Institution … labels polarization “damaging …,” and warns …`: a cue verb coordinated right
  /// after the quotation has the sentence's subject for its own — the first person it names as no
  /// object or owner, else the noun phrase that opens it when that holds a name or a role.
  static func coordinatedCueSubject(
    _ tokens: [WordToken], after: [WordToken], paragraph: Int, people: [PersonFinder.Candidate], namedInFull: FullNames, quoted: [Range<Int>]
  ) -> Attribution? {
    let rest = after.drop { $0.text == "," }
    guard let and = rest.first, and.key == "and", let verbAt = rest.dropFirst().firstIndex(where: { !["also", "then", "later"].contains($0.key) }),
      rest[verbAt].isLowercase, speechVerb(after, verbAt),
      let first = tokens.first, let last = tokens.last
    else { return nil }
    let cue = rest[verbAt].key
    if let p = firstSubject(in: first.range.lowerBound..<last.range.upperBound, paragraph: paragraph, tokens: tokens, people: people, namedInFull: namedInFull, quoted: quoted) {
      return Attribution(written: p.written, range: p.range, name: p.name, cue: cue, pronoun: false, distance: 0)
    }
    guard !adverbialOpeners.contains(first), let phrase = nounPhrase(tokens, direction: .rightOfCue),
      !nameWords(phrase).isEmpty || phrase.contains(where: { Lexicon.roleNouns.contains($0) || Lexicon.speakerNouns.contains($0) })
    else { return nil }
    return describe(phrase, cue: cue, distance: 0)
  }

  /// The first person named in `range` of a paragraph who is no object or owner (`the rule of
  /// Kerry's team` is not Kerry speaking), no modifier of a role (`Trump adviser … Newt Gingrich
  /// spoke for many:`) and stands outside any quotation.
  static func firstSubject(
    in range: Range<Int>, paragraph: Int, tokens: [WordToken], people: [PersonFinder.Candidate], namedInFull: FullNames, quoted: [Range<Int>]
  ) -> PersonFinder.Candidate? {
    let from = people.partitionPoint { $0.paragraph < paragraph || $0.paragraph == paragraph && $0.range.lowerBound < range.lowerBound }
    for p in people[from...] {
      guard p.paragraph == paragraph, p.range.upperBound <= range.upperBound else { break }
      let next = tokens.partitionPoint { $0.range.lowerBound < p.range.upperBound }
      if next < tokens.count, tokens[next].isLowercase, isHeadNoun(tokens[next]) { continue }
      if !p.governed, !p.possessive, vouchedOrNamedInFull(p, namedInFull), !quoted.contains(where: { $0.contains(p.range.lowerBound) }) { return p }
    }
    return nil
  }

  /// A person on its own evidence, or a one-word name the article also gives in full (`Johnson`
  /// after `Sen. Ron Johnson`).
  static func vouchedOrNamedInFull(_ p: PersonFinder.Candidate, _ namedInFull: FullNames) -> Bool {
    p.vouched || namedInFull.vouch(p)
  }

  /// `Hillary Clinton, who lost the 2016 election to Trump, said`: the name before a `, who …,`
  /// or `, a …,` clause is the subject, not the last name inside the clause.
  static func relativeClauseSubject(_ tokens: [WordToken]) -> [WordToken]? {
    var t = tokens
    while let last = t.last, isTrailingAdverb(last) { t.removeLast() }
    guard t.last?.text == "," else { return nil }
    let lowest = max(t.count - 30, 1)
    // `Jens Ohlin, a law professor at Cornell University, said`: an appositive that opens with
    // an article holds words the phrase rules do not know
    guard t.count >= 3, let open = (lowest..<(t.count - 2)).reversed().first(where: { t[$0].text == "," && appositiveOpeners.contains(t[$0 + 1]) }) else {
      return nil
    }
    guard let phrase = nounPhrase(Array(t[..<open]), direction: .leftOfCue), !nameWords(phrase).isEmpty else { return nil }
    return phrase
  }

  /// `The Family Research Council` that opens a clause as the subject of the lower-case verb
  /// after it: `the` and capitals that end in an organisation's word.
  static func organisationSubject(_ words: ArraySlice<WordToken>) -> ArraySlice<WordToken>? {
    guard let first = words.first, first.key == "the" || first.isCapitalized && !Lexicon.sentenceWords.contains(first) else { return nil }
    let start = first.key == "the" ? words.startIndex + 1 : words.startIndex
    let run = words[start...].prefix { $0.isWord && $0.isCapitalized }
    guard run.count >= 2, run.count <= 6, let last = run.last, organisationEnds.contains(last), run.endIndex < words.endIndex,
      opensPredicate(words[run.endIndex])
    else { return nil }
    return words[words.startIndex..<run.endIndex]
  }

  /// `Wednesday's filing`, `The new report` that opens a clause as the subject of the lower-case
  /// verb after it: an article or a possessive, at most two modifiers, a document's noun.
  static func documentSubject(_ words: ArraySlice<WordToken>) -> ArraySlice<WordToken>? {
    guard let first = words.first, first.key == "the" || first.key == "its" || first.isCapitalized && first.key.hasSuffix("'s") else { return nil }
    guard let head = words.dropFirst().prefix(3).firstIndex(where: { documentNouns.contains($0) && $0.isLowercase }),
      words[(words.startIndex + 1)..<head].allSatisfy({ $0.isWord && $0.isLowercase && !Stopwords.all.contains($0) }), head + 1 < words.endIndex,
      opensPredicate(words[head + 1])
    else { return nil }
    return words[words.startIndex...head]
  }

  /// The word after a clause's subject is its verb: lower case, no preposition, conjunction or
  /// relative pronoun (`The Family Research Council supported`, not `… Council of`, `… Council, which`).
  static func opensPredicate(_ verb: WordToken) -> Bool {
    verb.isWord && verb.isLowercase && !prepositions.contains(verb) && !["and", "or", "who", "which", "that", "whose"].contains(verb.key)
  }
}
