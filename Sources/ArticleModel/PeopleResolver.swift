import Foundation

/// Corpus-wide resolution of people: one canonical name for every mention and speaker, the roles
/// each person is given, and mentions by role (`the Kremlin spokesman`) and by pronoun (`he`, when
/// a quote needs it) tied to the person the coverage means.
enum PeopleResolver {
  /// Nouns that name the same office in news prose.
  static let synonyms: [String: Set<String>] = [
    "leader": ["president", "premier", "chancellor", "king", "queen", "leader", "minister", "ayatollah", "emir"],
    "head": ["director", "chief", "chairman", "chairwoman", "head", "president"],
  ]

  /// Resolves the articles in place: each is moved into a slot and changed there, so what
  /// resolution drops (the article's own candidates, its first list of mentions) is freed as it
  /// goes rather than kept beside a second copy of the corpus until the end.
  static func resolve(_ input: consuming [Article]) -> (articles: [Article], roles: [String: [String]]) {
    let people = PeopleIndex(articles: copy input)
    let slots = ResultSlots(moving: &input)
    // names first, and the roles written with them: per article in parallel, counts merged after
    let counted = parallelMap(slots.count) { i -> [String: [String: Int]] in
      var article = slots.take(i)!
      defer { slots[i] = article }
      var roleCounts: [String: [String: Int]] = [:]
      let own = PeopleIndex.articleNames(article)
      // (what a surname alone may stand for: not a relative the article names only later)
      let ownForSurname = people.withoutLateIntroductions(own, candidates: article.candidates)
      var mentions: [Mention] = []
      // `Stanford said` in an article that names Stanford University is the university, not a
      // Sophia Stanford whom other articles name
      // (gathered only when a one-word name asks: most articles never need it)
      var organisationWords: Set<String>? = nil
      // (not `Trump said` beside `the Trump Administration`: a person the corpus names often; nor
      // in a small corpus, set 69: `Trump tweeted` beside it — a president's administration or a
      // candidate's campaign is the person's staff, no organisation that shares a word with him)
      func organisation(_ name: [String]) -> Bool {
        guard name.count == 1, own[PeopleIndex.surnameKey(name)] == nil, people.timesNamed(PeopleIndex.surnameKey(name)) < 20 else { return false }
        if organisationWords == nil {
          organisationWords = Set(article.entities.lazy.filter { $0.kind == .organisation && $0.name.containsBytes(" ") && !Self.personsStaff($0.name) }
            .flatMap { $0.name.split(separator: " ").map { WordTokenizer.foldCase(String($0)) } })
        }
        return organisationWords!.contains(WordTokenizer.foldCase(name[0]))
      }
      // `More`, `People`, `One` opening a sentence and `the Hill` are words, not the `Thomas More`,
      // `Antonin Scalia People` or `Capitol Hill` the corpus's surname index would make of them
      // (ABP: 15,963 mentions of a `Nelson Mandela Photos`): a lone word nothing vouches for, in
      // either place, is a person only when the article vouches for that surname elsewhere
      let vouchedSurnames = Set(article.candidates.lazy.filter(\.vouched).map { PeopleIndex.surnameKey($0.name) })
      // (set 51: `President Obama replied, “…”` and `He went on to say, “…”` in an article whose
      // corpus names only a `Michelle Obama` in full: the pronouns the article's quotes give a
      // surname show its gender, where the name as written shows none)
      var pronounGender: [String: Gender] = [:]
      for q in article.quotes where !q.speakerName.isEmpty {
        if let g = Gender(pronoun: q.speakerAsWritten) { pronounGender[PeopleIndex.surnameKey(q.speakerName), default: g] = g }
      }
      // (read only when a choice needs it: most speakers never ask)
      func gender(of quote: Quote) -> Gender? { speakerGender(quote) ?? pronounGender[PeopleIndex.surnameKey(quote.speakerName)] }
      func bareWord(_ c: NameFound) -> Bool {
        guard c.wordCount == 1, !c.vouched, c.opensSentence || c.afterDeterminer || c.bareRemainder else { return false }
        let key = PeopleIndex.surnameKey(c.name)
        return !vouchedSurnames.contains(key) && own[key] == nil
      }
      var withRoles = article.candidateRoles[...]
      for (k, c) in article.candidates.enumerated() {
        // (the roles of this candidate, if any: the list is in candidate order)
        var roles: [String] = []
        if let first = withRoles.first, first.candidate == k {
          roles = first.roles
          withRoles = withRoles.dropFirst()
        }
        let name = c.name
        guard (c.vouched || !organisation(name)) && !bareWord(c) else { continue }
        // (the gender is read only when a choice needs it: most names never ask)
        func gender() -> Gender? { c.markedGender ?? pronounGender[PeopleIndex.surnameKey(name)] }
        let person = people.canonical(name, articleNames: name.count == 1 ? ownForSurname : own, gender: gender(), censusYields: c.markedGender == nil)
          // (a well-known person only for a name the article vouches for: not `in Lincoln`)
          ?? (c.vouched ? people.wellKnown(name, gender: gender()) ?? c.joined : nil)
        guard let person else { continue }
        mentions.append(Mention(paragraph: c.paragraph, range: c.range, person: person, kind: .name))
        for role in roles { roleCounts[person, default: [:]][role, default: 0] += 1 }
      }
      // (in a buffer of its size: every article's list lives until the second pass, at the peak)
      article.mentions = mentions.compacted()
      for q in article.quotes.indices {
        let quote = article.quotes[q]
        if quote.speakerAsWritten == quote.speakerName.first, organisation(quote.speakerName) {
          article.quotes[q].speaker = quote.speakerAsWritten
        } else if let canonical = people.canonical(
          quote.speakerName, articleNames: quote.speakerName.count == 1 ? ownForSurname : own, gender: gender(of: quote),
          censusYields: Gender.marked(quote.speakerAsWritten) == nil)
          ?? people.wellKnown(quote.speakerName, gender: gender(of: quote))
        {
          article.quotes[q].speaker = canonical
        } else if quote.speakerName.isEmpty, let surname = loneSurname(quote.speakerAsWritten),
          own[PeopleIndex.surnameKey([surname])] != nil, let canonical = people.canonical([surname], articleNames: ownForSurname)
        {
          // `King said` and `May said`: a surname that is also a title or a word is the person the
          // article names in full with it
          article.quotes[q].speaker = canonical
        } else if let org = fullOrganisation(quote, in: article) {
          article.quotes[q].speaker = org
        } else {
          article.quotes[q].speaker = quote.speakerName.isEmpty ? quote.roleSpeaker ?? quote.speakerAsWritten : quote.speakerName.joined(separator: " ")
        }
      }
      // the names as found are all read: let them go now, not after the second pass (a fifth of
      // the memory a corpus holds at this point)
      article.candidates = []
      article.candidateRoles = []
      return roleCounts
    }
    var roleCounts: [String: [String: Int]] = [:]
    for counts in counted {
      for (person, roles) in counts {
        for (role, n) in roles { roleCounts[person, default: [:]][role, default: 0] += n }
      }
    }
    let merged = roleCounts.mapValues(mergedRoles)
    let roles = merged.mapValues(\.all)
    // what the role matcher needs of each person (their major roles), worked out once rather
    // than in every article
    let templates = merged.mapValues { m in
      let r = m.major
      return Holder(
        person: "", heads: Set(r.compactMap(RoleFinder.head(of:))),
        words: Set(r.flatMap { $0.split(separator: " ").map { WordTokenizer.foldCase(String($0)) } }), places: [])
    }
    DispatchQueue.concurrentPerform(iterations: slots.count) { i in
      var article = slots.take(i)!
      resolveRolesAndPronouns(&article, templates: templates)
      slots[i] = article
    }
    return (slots.takeValues(), roles)
  }

  /// `according to The Times` in an article that names `The New York Times`: a speaker written as
  /// capitals (after `the`) that end an organisation the article names is that organisation.
  static func fullOrganisation(_ quote: Quote, in article: Article) -> String? {
    var words = quote.speakerName.isEmpty ? quote.speakerAsWritten.split(separator: " ").map(String.init) : quote.speakerName
    if let f = words.first, WordTokenizer.foldCase(f) == "the" { words.removeFirst() }
    guard !words.isEmpty, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
    let folded = words.map(WordTokenizer.foldCase)
    for e in article.entities where e.kind == .organisation {
      let name = e.name.split(separator: " ").map { WordTokenizer.foldCase(String($0)) }
      // (EntityFinder drops a leading `The`: its names open with the name itself)
      if name.count > folded.count, Array(name.suffix(folded.count)) == folded { return e.name }
    }
    return nil
  }

  /// `Trump Administration`, `Obama campaign`: a person's staff, named after them.
  static func personsStaff(_ organisation: String) -> Bool {
    guard let last = organisation.split(separator: " ").last else { return false }
    return staffWords.contains(WordTokenizer.foldCase(String(last)))
  }
  static let staffWords: Set<String> = ["administration", "campaign"]

  /// The gender a quote's speaker phrase shows: its honorific or role noun (`Mr. Shaw said`), or
  /// the pronoun the name was found for (`He said` after `Sanders`, whose article also names Jane
  /// Sanders).
  static func speakerGender(_ quote: Quote) -> Gender? {
    Gender.marked(quote.speakerAsWritten) ?? Gender(pronoun: quote.speakerAsWritten)
  }

  /// The gender a canonical name's first word shows, when it is a given name the lists know.
  static func givenNameGender(_ person: String) -> Gender? {
    person.split(separator: " ").first.flatMap { Gender.of(given: WordTokenizer.foldCase(String($0))) }
  }

  /// The one capitalised word of a speaker phrase (`King`, `But May`), possessive dropped.
  static func loneSurname(_ written: String) -> String? {
    let words = written.split(separator: " ").map(String.init).drop { Lexicon.sentenceWords.contains(WordTokenizer.foldCase($0)) }
    guard words.count == 1, let word = words.first, word.first?.isUppercase == true else { return nil }
    return QuoteFinder.stripPossessive(word)
  }

  /// `U.S. President` and `US president` are one role.
  static func roleKey(_ role: String) -> String { WordTokenizer.foldCase(role).replacingAll(".", with: "") }

  /// One spelling per role (`US` and `U.S.` are one), the most used first; a lone title
  /// (`President`) is dropped when a fuller role has it (`Russian President`).
  static func mergeRoles(_ counts: [String: Int]) -> [String] { mergedRoles(counts).all }

  /// Every merged role, and the major ones: written at least a tenth as often as the most written
  /// one (a role written with a person once in a hundred times — `President Romney` in a 2012
  /// hypothetical — is not what `the president` in an article about him means).
  static func mergedRoles(_ counts: [String: Int]) -> (all: [String], major: [String]) {
    var byKey: [String: (String, Int)] = [:]
    // in a fixed order: a dictionary's own order changes from run to run, and ties must not
    for (role, n) in counts.sorted(by: { $0.key < $1.key }) {
      let key = roleKey(role)
      let old = byKey[key]
      byKey[key] = (old.map { $0.1 >= n ? $0.0 : role } ?? role, (old?.1 ?? 0) + n)
    }
    // a lone title goes when a fuller role among `roles` has it; the rest, most used first
    func ranked(_ roles: [String: (String, Int)]) -> [String] {
      let keys = Set(roles.keys)
      let kept = roles.filter { key, _ in
        key.containsBytes(" ") || !keys.contains { $0 != key && $0.split(separator: " ").contains(Substring(key)) }
      }
      return kept.values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
    }
    let top = byKey.values.lazy.map(\.1).max() ?? 0
    let all = ranked(byKey)
    let major = byKey.values.allSatisfy { $0.1 * 10 >= top } ? all : ranked(byKey.filter { $0.value.1 * 10 >= top })
    return (all, major)
  }

  /// A person named in an article, with what the role matcher needs.
  struct Holder {
    let person: String
    let heads: Set<String>
    let words: Set<String>
    /// (paragraph, offset) of each mention, to find the latest before a place.
    var places: [(Int, Int)]
  }

  static func resolveRolesAndPronouns(_ article: inout Article, templates: [String: Holder]) {
    var holders: [String: Holder] = [:]
    // (a name inside a quotation is the speaker's, not a holder the writer's `the president` may
    // stand for: `“… Obama, Bush or Clinton,” … the president wrote` is not Clinton)
    let quoted = Dictionary(grouping: article.quotes, by: \.paragraph).mapValues { $0.map(\.range) }
    func insideQuotation(_ m: Mention) -> Bool { quoted[m.paragraph]?.contains { $0.contains(m.range.lowerBound) } ?? false }
    for m in article.mentions where !insideQuotation(m) {
      if holders[m.person] == nil {
        let t = templates[m.person]
        holders[m.person] = Holder(person: m.person, heads: t?.heads ?? [], words: t?.words ?? [], places: [])
      }
      holders[m.person]!.places.append((m.paragraph, m.range.lowerBound))
    }
    var added: [Mention] = []
    // a phrase that a match took in whole is not read again from its inner words
    var taken = (paragraph: 0, token: -1)
    for phrase in article.rolePhrases where phrase.paragraph != taken.paragraph || phrase.token > taken.token {
      var modifiers: [String] = []
      for (n, w) in phrase.words.enumerated() {
        // `the attorney general`, `the president's spokesman`: of two role nouns in a row the
        // second heads the compound (not Lisa Page, an `FBI attorney`, for `the attorney general`)
        if w.complement == nil, !w.nameFollows, n + 1 < phrase.words.count, couldNameRole(phrase.words[n + 1].key) {
          modifiers.append(w.key)
          continue
        }
        // `the secretary of defense`: the word after `of` qualifies the role like one before it
        if let holder = match(head: w.key, modifiers: modifiers + (w.complement.map { [$0] } ?? []), holders: holders, at: (phrase.paragraph, phrase.start)) {
          // `the spokesman John Kirby` is the name's own prefix role, already a mention
          if w.nameFollows { break }
          added.append(Mention(paragraph: phrase.paragraph, range: phrase.start..<w.end, person: holder, kind: .role))
          taken = (phrase.paragraph, w.token)
          break
        }
        modifiers.append(w.key)
      }
    }
    // quote speakers written as a role (`The Syrian president said`) are that person
    for q in article.quotes.indices where article.quotes[q].speakerName.isEmpty {
      let quote = article.quotes[q]
      guard let range = quote.speakerRange else { continue }
      // the role may be the whole phrase or open it (`the former Secretary of State`)
      if let m = added.first(where: { $0.paragraph == quote.paragraph && $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= range.upperBound }),
        // (a possessive role opens a phrase of the owner's thing, `the president’s spokesman`: not him)
        case let written = String(article.text(paragraph: m.paragraph, m.range)),
        m.range.upperBound == range.upperBound || m.range.lowerBound == range.lowerBound && QuoteFinder.stripPossessive(written) == written,
        !unnamedRoleSpoke(article.quotes, before: q, as: written, since: holders[m.person]?.places ?? [])
      {
        article.quotes[q].speaker = m.person
      }
    }
    // (`The president said Bolton “…” and added that “…”`: a quotation that inherited the role as
    // written, with no place of its own, is the person the role's first quotation resolved to)
    for q in article.quotes.indices.dropFirst() where article.quotes[q].speakerName.isEmpty && article.quotes[q].speakerRange == nil {
      let quote = article.quotes[q], previous = article.quotes[q - 1]
      if previous.speakerAsWritten == quote.speakerAsWritten, previous.paragraph >= quote.paragraph - 1, quote.speaker == quote.speakerAsWritten,
        previous.speaker != previous.speakerAsWritten, !Lexicon.pronouns.contains(WordTokenizer.foldCase(quote.speakerAsWritten))
      {
        article.quotes[q].speaker = previous.speaker
      }
    }
    // `the president fired back …. “…,” he wrote`: the pronoun is the person the role names
    for q in article.quotes.indices {
      guard let role = article.quotes[q].antecedentRole else { continue }
      if let m = added.first(where: { $0.paragraph == role.paragraph && $0.range.lowerBound == role.range.lowerBound }),
        // (`she said` is not the first lady's husband's, whatever the role matched)
        case let wanted = Gender(pronoun: article.quotes[q].speakerAsWritten), case let given = givenNameGender(m.person),
        wanted == nil || given == nil || given == wanted,
        // (a role in the paragraph before is a guess across a paragraph break: only for a person
        // whose given name shows the pronoun's gender, not `Camp David` or `Whether Trump`)
        role.paragraph == article.quotes[q].paragraph || wanted != nil && given == wanted && m.person.contains(" ")
      {
        article.quotes[q].speaker = m.person
      }
    }
    // (set 52: `“…,” Bush told NBC News' Lester Holt.` then `“…,” the former Florida governor
    // said.`: an epithet no role resolved — `the former …`, or a capitalised place before the role —
    // is who spoke the quotation before it, a paragraph or two up, when nobody else is named between
    // (not even one talked of: `House GOP Speaker John A. Boehner praised the bill …. “…,” the Ohio
    // Republican said` after Adam Smith's quote); only an epithet after the quotation, the wire
    // style's second reference (`In response, the Washington Square News editor explained` before
    // one introduces someone new)
    // (the article's named speakers, gathered only when an epithet asks: most articles have none)
    var named: Set<String>? = nil
    func namedSpeakers() -> Set<String> {
      if named == nil { named = Set(article.quotes.lazy.filter { !$0.speakerName.isEmpty }.map(\.speaker)) }
      return named!
    }
    // (`Rep. Henry Waxman and other Democrats offered their confidence in Sebelius. “…,” the
    // California Democrat said.`: with no speaker before, the epithet is the person the sentences
    // just before are about — the last named outside quotation marks in this paragraph or the one
    // before, when nobody else is named between)
    for q in article.quotes.indices where article.quotes[q].speakerName.isEmpty && article.quotes[q].speaker == article.quotes[q].speakerAsWritten {
      let quote = article.quotes[q]
      guard isEpithet(quote.speakerAsWritten), let range = quote.speakerRange, range.lowerBound >= quote.range.upperBound,
        q == 0 || article.quotes[q - 1].paragraph < quote.paragraph - 1 || article.quotes[q - 1].speakerName.isEmpty && article.quotes[q - 1].speaker == article.quotes[q - 1].speakerAsWritten
      else { continue }
      // (a preposition's object is talked of, not talking: `confidence in Sebelius`)
      let before = article.mentions.filter { m in
        m.kind == .name && m.paragraph >= quote.paragraph - 1 && (m.paragraph, m.range.lowerBound) < (quote.paragraph, quote.range.lowerBound)
          && !insideQuotation(m) && !afterPreposition(article.text(ofParagraph: m.paragraph), m.range.lowerBound)
      }
      // (not an unnamed source, `the former senior White House official`, `the CNN source`, who
      // talks of the person named)
      guard !anonymousHeads.contains(epithetHead(quote.speakerAsWritten)), let last = before.last, last.person.containsBytes(" "),
        Set(before.map(\.person)).count == 1 || before.suffix(3).allSatisfy({ $0.person == last.person }),
        epithet(quote.speakerAsWritten, fits: last.person)
      else { continue }
      article.quotes[q].speaker = last.person
    }
    for q in article.quotes.indices.dropFirst() where article.quotes[q].speakerName.isEmpty && article.quotes[q].speaker == article.quotes[q].speakerAsWritten {
      let quote = article.quotes[q], previous = article.quotes[q - 1]
      // (the one before may have been an epithet this loop resolved: `“…,” the former Florida governor said. “…”`)
      guard isEpithet(quote.speakerAsWritten), quote.speakerRange.map({ $0.lowerBound >= quote.range.upperBound }) ?? (previous.speakerAsWritten == quote.speakerAsWritten),
        !previous.speakerName.isEmpty || previous.speaker != previous.speakerAsWritten && namedSpeakers().contains(previous.speaker),
        previous.speaker.containsBytes(" "), previous.paragraph >= quote.paragraph - 2,
        !article.mentions.contains(where: { m in
          m.kind == .name && m.person != previous.speaker && (m.paragraph, m.range.lowerBound) > (previous.paragraph, previous.range.upperBound)
            && (m.paragraph, m.range.lowerBound) < (quote.paragraph, quote.range.lowerBound)
        }),
        epithet(quote.speakerAsWritten, fits: previous.speaker)
      else { continue }
      article.quotes[q].speaker = previous.speaker
    }
    // a pronoun that speaks a quote is a mention of that speaker
    for quote in article.quotes where Lexicon.pronouns.contains(WordTokenizer.foldCase(quote.speakerAsWritten)) {
      guard let range = quote.speakerRange, holders[quote.speaker] != nil else { continue }
      added.append(Mention(paragraph: quote.paragraph, range: range, person: quote.speaker, kind: .pronoun))
    }
    for e in article.entities {
      added.append(
        Mention(paragraph: e.paragraph, range: e.range, person: e.name, kind: e.kind == .place ? .place : .organisation))
    }
    article.mentions = (article.mentions + added).sorted { a, b in
      a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.range.lowerBound < b.range.lowerBound
    }.compacted()
    // what resolution alone needed; on a large corpus it is hundreds of megabytes
    article.entities = []
    article.rolePhrases = []
    for q in article.quotes.indices {
      article.quotes[q].speakerName = []
      article.quotes[q].roleSpeaker = nil
    }
  }

  /// `A senior White House official said … “…,” the official said.`: a speaker the article gave
  /// only a role of that head noun, who spoke after the last mention of the person the role would
  /// otherwise name (`Choe`, a North Korean official, two paragraphs up), is whom `the official` means.
  static func unnamedRoleSpoke(_ quotes: [Quote], before q: Int, as role: String, since places: [(Int, Int)]) -> Bool {
    guard let head = role.split(separator: " ").last.map({ WordTokenizer.foldCase(String($0)) }) else { return false }
    let here = (quotes[q].paragraph, quotes[q].range.lowerBound)
    let lastMention = places.last { $0 < here } ?? (0, 0)
    return quotes[..<q].contains { p in
      p.speakerName.isEmpty && p.speakerRange != nil && p.speaker == p.speakerAsWritten && (p.paragraph, p.range.lowerBound) > lastMention
        && p.paragraph >= here.0 - 2 && p.speakerAsWritten.split(separator: " ").last.map { WordTokenizer.foldCase(String($0)) } == head
    }
  }

  /// `the former Florida governor`, `the Texas senator`: `the`, then `former` or a capitalised
  /// word, then a role that ends the phrase; three to six words.
  static func isEpithet(_ written: String) -> Bool {
    let words = written.split(separator: " ")
    guard words.count >= 3, words.count <= 6, words[0].lowercased() == "the", let last = words.last,
      case let head = WordTokenizer.foldCase(String(last)), Lexicon.roleNouns.contains(head) || Lexicon.titles.contains(head) || partisans.contains(head),
      !institutions.contains(head)
    else { return false }
    return words.dropFirst().dropLast().contains { $0.lowercased() == "former" || $0.first?.isUppercase == true }
  }

  /// A party's member as an epithet's head: `the Florida Democrat` (set 62), beside `the Ohio
  /// Republican`, whose head is a title already.
  static let partisans: WordSet = ["democrat", "republican", "independent"]

  /// The last word of an epithet, case folded (`the Ohio Republican` → `republican`).
  static func epithetHead(_ written: String) -> String {
    WordTokenizer.foldCase(String(written.split(separator: " ").last ?? ""))
  }

  /// Whether an epithet's head allows the person's gender (`the congresswoman` is no man the
  /// lists know).
  static func epithet(_ written: String, fits person: String) -> Bool {
    let head = epithetHead(written)
    guard let given = givenNameGender(person) else { return true }
    return !(Gender.femaleRoles.contains(head) && given != .female || Gender.maleRoles.contains(head) && given != .male)
  }

  /// Whether the word right before byte `offset` of `text` is a lower-case preposition (read back
  /// over the bytes in place: asked for mentions near an epithet).
  static func afterPreposition(_ text: Substring, _ offset: Int) -> Bool {
    let utf8 = text.utf8
    var end = utf8.index(utf8.startIndex, offsetBy: offset)
    while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
    var start = end
    while start > utf8.startIndex, case let b = utf8[utf8.index(before: start)], b >= 0x61, b <= 0x7A { start = utf8.index(before: start) }
    guard start < end else { return false }
    if start > utf8.startIndex, case let b = utf8[utf8.index(before: start)], b >= 0x41, b <= 0x5A { return false }
    return QuoteFinder.prepositions.contains(String(Substring(utf8[start..<end])))
  }

  /// The heads of the phrases that stand for an unnamed source (`the senior official`).
  static let anonymousHeads: WordSet = ["official", "officials", "source", "sources", "aide", "aides", "adviser", "advisor", "insider", "staffer", "person"]

  /// Documents and institutions hold no one's role: `The report insisted` is nobody's.
  static let institutions: WordSet = [
    "statement", "announcement", "report", "police", "ministry", "department", "agency", "government", "office",
    "administration", "campaign", "authority", "authorities",
  ]

  /// True when `head` is a noun that names an office or role (`president`, `spokesman`), not an
  /// institution, honorific or nationality: whoever holds it may be meant by `the … head`.
  static func couldNameRole(_ head: String) -> Bool { roleHeads.contains(head) }

  /// Every such noun, one set so that a word costs one lookup.
  static let roleHeads: WordSet = Lexicon.roleNouns.union(Lexicon.titles).union(synonyms.keys)
    .subtracting(institutions).subtracting(RoleFinder.honorifics).filter { !RoleFinder.nationality($0) }

  /// The person an article means by `the MODIFIERS HEAD`: someone it named before with a role of
  /// that head noun (or a synonym) whose role has every modifier; the latest named wins.
  static func match(head: String, modifiers: [String], holders: [String: Holder], at place: (Int, Int)) -> String? {
    guard couldNameRole(head) else { return nil }
    let accepted = synonyms[head] ?? [head]
    var best: (String, (Int, Int))? = nil
    for holder in holders.values where !holder.heads.isDisjoint(with: accepted) {
      guard modifiers.allSatisfy({ holder.words.contains($0) }) else { continue }
      let before = holder.places.partitionPoint { $0.0 < place.0 || $0.0 == place.0 && $0.1 < place.1 }
      guard before > 0 else { continue }
      let last = holder.places[before - 1]
      if best == nil || last > best!.1 { best = (holder.person, last) }
    }
    return best?.0
  }
}
