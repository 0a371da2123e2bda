/// The phrase that credits a quotation from its own sentence: a cue after the closing mark or before
/// the opening one, and the speaker phrase around that cue.
extension QuoteFinder {
  struct Attribution {
    var written: String
    /// Where the speaker phrase stands in the paragraph.
    var range: Range<Int>
    var name: [String]
    var cue: String
    var pronoun: Bool
    /// Tokens between the mark and the cue phrase.
    var distance: Int
  }

  /// `“…,” X said` and `“…,” said X`, where the cue comes within a few words of the closing mark.
  static func after(_ tokens: [WordToken], closesSentence: Bool) -> Attribution? {
    var t = tokens[...]
    while let f = t.first, f.kind == .punctuation, [",", "—", "–", "-", "…"].contains(f.text) { t = t.dropFirst() }
    // (`“…,” then President-elect Obama told CNN`: the time of the office is no part of the speaker)
    if let f = t.first, f.key == "then", f.isLowercase, t.dropFirst().first?.isCapitalized == true { t = t.dropFirst() }
    // (28 words: `“…,” Paul Mitchell, co-founder of the Los Angeles voter analytics firm Political Data Inc
    // and not affiliated with the lawsuit, tells The San Francisco Chronicle.`, set 59)
    let window = Array(withoutAffiliations(t).prefix(28))
    // according to X
    // (not `… would be “a disaster for innovation.” According to Crowdpac, …`: a capital opens the
    // next sentence, whose source it names)
    if window.count >= 3, window[0].key == "according", window[1].key == "to", !(closesSentence && window[0].isCapitalized) {
      return phraseAfterCue(window, cueIndex: 1, cue: "according to", distance: 0)
    }
    // (`“external stomachs,” in the words of Kevin Kelly, a co-founder of Wired`)
    if window.count >= 5, isWordsOf(window, 2) {
      return phraseAfterCue(window, cueIndex: 3, cue: "in the words of", distance: 0)
    }
    // (`“baptism by gunfire that deified her,” in Paglia’s words`: a possessive name before
    // `words`, the cue's other form)
    if window.count >= 3, window[0].key == "in", window[0].isLowercase, window[1].isCapitalized, window[1].key.hasSuffix("'s"),
      window[2].key == "words", window.count == 3 || window[3].kind == .punctuation
    {
      let name = describe([window[1]], cue: "in the words of", distance: 0)
      if !name.name.isEmpty {
        return Attribution(
          written: QuoteFinder.stripPossessive(window[1].text), range: window[1].range, name: name.name.map(QuoteFinder.stripPossessive), cue: name.cue,
          pronoun: false, distance: 0)
      }
    }
    // (set 51: `“the worst recession since the Great Depression,” to use the president's own
    // words`, `in his words`: the owner of the words, a role or a pronoun as well as a name)
    if window.count >= 3, window[0].isLowercase, case let start = window[0].key == "in" ? 1 : window[0].key == "to" && window[1].key == "use" ? 2 : 0,
      start > 0, let w = window.indices.dropFirst(start).prefix(5).first(where: { window[$0].key == "words" && window[$0].isLowercase }),
      case let ownerEnd = window[w - 1].key == "own" ? w - 1 : w, ownerEnd > start, window[start..<ownerEnd].allSatisfy(\.isWord),
      case let owner = window[ownerEnd - 1], owner.key.hasSuffix("'s") || possessivePronoun(owner.key) != nil && ownerEnd - start == 1,
      let found = possessiveOwner(window[start..<(ownerEnd - 1)], owner, noun: window[w], cue: "in the words of", distance: 0, direction: .whole)
    {
      return found
    }
    // `just “go through the motions” to get a paycheck, as a 1929 state commission put it.`: the
    // writer's clause goes on after a partial quotation, then its last clause, `as` a speaker and a
    // cue, credits it
    if !closesSentence, let comma = window.indices.first(where: { window[$0].text == "," }), comma > 0, comma + 3 < window.count,
      window[comma + 1].key == "as", window[comma + 1].isLowercase,
      !window[..<comma].contains(where: { $0.kind == .punctuation }),
      let end = window.indices.first(where: { $0 > comma + 2 && [".", "!", "?"].contains(window[$0].text) }),
      case let clause = Array(window[(comma + 1)..<end]), let c = clause.indices.last(where: { clause[$0].isLowercase && (putItCue(clause, $0) || $0 == clause.count - 1 && Lexicon.cueVerbs.contains(clause[$0])) }),
      c >= 2, !clause[1..<c].contains(where: { $0.kind == .punctuation }), let phrase = nounPhrase(Array(clause[1..<c]), direction: .whole)
    {
      return describe(phrase, cue: putItCue(clause, c) ? "put it" : clause[c].key, distance: comma + 1)
    }
    // `manifested “nothing wrong” as Trump has claimed`, `“…,” as Barr put it`: `as`, the
    // speaker, the cue
    if let first = window.first, first.key == "as", first.isLowercase,
      let c = window.indices.dropFirst().prefix(6).first(where: {
        window[$0].isLowercase && (Lexicon.cueVerbs.contains(window[$0]) || putItCue(window, $0) || asDefiningVerbs.contains(window[$0]))
      })
    {
      var end = c
      while end > 1, ["has", "had", "have", "once", "often", "famously", "later"].contains(window[end - 1].key) { end -= 1 }
      if end > 1, let phrase = nounPhrase(Array(window[1..<end]), direction: .whole) {
        return describe(phrase, cue: putItCue(window, c) ? "put it" : window[c].key, distance: c)
      }
    }
    for (c, tok) in window.enumerated() {
      // `were "angry at the White House" over the revelations …, according to The Times.`: the
      // writer's clause goes on after a partial quotation, then credits it
      if !closesSentence, c > 0, tok.key == "according", window[c - 1].text == ",", c + 2 < window.count, window[c + 1].key == "to" {
        return phraseAfterCue(Array(window[c...]), cueIndex: 1, cue: "according to", distance: c)
      }
      if tok.kind == .punctuation && !["," , "."].contains(tok.text)
        && !(c > 0 && c + 1 < window.count && (pluralPossessive(window[c - 1], tok, before: window[c + 1]) || companyAmpersand(window[c - 1], tok, before: window[c + 1])))
      {
        return nil
      }
      // (a period after a title, an initial or an abbreviation: `Acme Corp. CEO Bill Johnson said`)
      if tok.kind == .punctuation && tok.text == "." && !(c > 0 && (Lexicon.titles.contains(window[c - 1]) || window[c - 1].text.utf8.count <= 2
        || SentenceSplitter.abbreviations.contains(window[c - 1])))
      {
        return nil
      }
      // `“…,” hyped sensationalist anchor David Muir.`: any past-tense verb right after the mark,
      // then a name that ends the sentence, is an inverted cue
      if c == 0, tok.kind == .word, tok.isLowercase, tok.key.hasSuffix("ed"), !Lexicon.cueVerbs.contains(tok),
        let end = window.indices.first(where: { [".", "!", "?", ","].contains(window[$0].text) && !Lexicon.titles.contains(window[max($0 - 1, 0)].key) }),
        end >= 3, end <= 8, [".", "!", "?"].contains(window[end].text), window[1..<end].allSatisfy(\.isWord)
      {
        let phrase = Array(window[1..<end])
        let named = describe(phrase, cue: tok.key, distance: 0)
        if named.name.count >= 2, named.name.count == nameWords(phrase).count, phrase.last?.isCapitalized == true { return named }
      }
      // (a plain form takes a plural subject: not `he add`, `I ask`, `Roberts to explain`)
      let plainSubject = c > 0 && !["he", "she", "i", "it", "to"].contains(window[c - 1].key)
      // (`“…,” the Times reports.`, `“…,” the statement read.`: forms that are nouns or other
      // verbs as often, cues right after a name or a document)
      // (`“…,” LMPD's policies state.`: `state` is a cue after the plural document that states)
      // (set 64: `“…,” the paper reports, “…”`: after a publication's noun too)
      let reportsAfter = c > 0 && (tok.key == "reports" && (window[c - 1].isCapitalized || publicationNouns.contains(window[c - 1])) || tok.key == "read" && fitsRole(window[c - 1])
        || tok.key == "state" && window[c - 1].isLowercase && window[c - 1].key.hasSuffix("s") && Lexicon.speakerNouns.contains(window[c - 1]))
      guard tok.kind == .word, tok.isLowercase,
        speechVerb(window, c) || plainSubject && Lexicon.plainCueVerbs.contains(tok) || backCue(window, c) || reportsAfter
          // (`“…,” Pew researchers found.`: a finding after a study's or researchers' quotation)
          || foundCue(window, c)
          // (set 54: `“…,” Nagler points out.`)
          || pointsOut(window, c)
      else { continue }
      // (set 48: `… are accused of being an “influx.” Others have argued that we can’t …`: a
      // new sentence of what a crowd argues, its cue before `that`, is not the term's credit)
      if closesSentence, c + 1 < window.count, window[c + 1].key == "that", genericSubjects.contains(window[0]),
        window[1..<c].allSatisfy({ $0.isLowercase && trailingAdverbs.contains($0) })
      {
        return nil
      }
      if c == 0 {
        return phraseAfterCue(window, cueIndex: 0, cue: cuePhrase(window, 0), distance: 0)
      }
      // `“…,” it said`: a company, a group or a document the quotation's paragraphs name (the
      // finder says which, or none)
      if c == 1, window[0].key == "it", window[0].isLowercase, speechVerb(window, c) {
        return Attribution(written: window[0].text, range: window[0].range, name: [], cue: cuePhrase(window, c), pronoun: false, distance: c)
      }
      // `“This program is like a second birth,” one said.`: one of the people just written of, kept
      // as written like an unnamed official
      if c == 1, ["one", "another"].contains(window[0].key), window[0].isLowercase, speechVerb(window, c) {
        return Attribution(written: window[0].text, range: window[0].range, name: [], cue: cuePhrase(window, c), pronoun: false, distance: c)
      }
      // `“…” in Parliament, he said.`: the writer's words, a comma, then the pronoun that speaks
      if !closesSentence, c >= 3, window[c - 2].text == ",", window[c - 1].kind == .word, Lexicon.pronouns.contains(window[c - 1]) {
        return describe([window[c - 1]], cue: cuePhrase(window, c), distance: c)
      }
      if let phrase = nounPhrase(Array(window[..<c]), direction: .whole) {
        var named = describe(phrase, cue: cuePhrase(window, c), distance: c)
        // (`the Hill reports`, `the Examiner reports`: a publication, not Anita Hill)
        if reportsAfter, phrase.first?.key == "the", phrase.filter(\.isCapitalized).count == 1 { named.name = [] }
        return named
      }
      if let unnamed = unnamedPhrase(window[..<c]) { return describe(unnamed, cue: cuePhrase(window, c), distance: c) }
      // `“…,” sickened Nicaragua sugar worker Manuel Antonio Tejarino said.`: a lower-case
      // modifier or two before a phrase that names someone in full
      // (the words between describe the person: no preposition, verb or punctuation among them)
      let nameStart = window[..<c].lastIndex { !($0.kind == .word && $0.isCapitalized || $0.text == ".") }.map { $0 + 1 } ?? 0
      // (`a frustrated Bill Clinton told`: the first two may be anything)
      let lead = min(2, window[..<c].prefix { $0.kind == .word && $0.isLowercase }.count)
      if lead > 0, c <= 10, nameStart >= lead, nameStart < c,
        window[lead..<nameStart].allSatisfy({ $0.kind == .word && !prepositions.contains($0) && !$0.key.hasSuffix("ed") && !$0.key.hasSuffix("ing") }),
        case let run = Array(window[nameStart..<c]), isFullName(run)
      {
        return describe(run, cue: cuePhrase(window, c), distance: c)
      }
      // `“…,” Linda Rae Murray, health policy professor at the University of Illinois at Chicago
      // told WBEZ.`: a name in full, then an appositive whose closing comma is missing
      if let comma = window[..<c].firstIndex(where: { $0.text == "," }), comma >= 2, comma + 1 < c, window[comma + 1].isLowercase,
        !window[(comma + 1)..<c].contains(where: { $0.kind == .punctuation && $0.text != "." }),
        let name = nounPhrase(Array(window[..<comma]), direction: .whole), isFullName(name)
      {
        return describe(name, cue: cuePhrase(window, c), distance: c)
      }
      // `Monika Bickert, head of Global Policy Management at Facebook, said`: a name, then an
      // appositive set off by commas that the phrase rules do not know
      if let comma = window[..<c].firstIndex(where: { $0.text == "," }), comma > 0, window[c - 1].text == ",",
        let name = nounPhrase(Array(window[..<comma]), direction: .whole), !nameWords(name).isEmpty
      {
        return describe(name, cue: cuePhrase(window, c), distance: c)
      }
      // `“…” of the trial, Dr. Swaminathan said`: the writer's words, a comma, then a name and the cue
      // (not `“….” The audience laughed, and Kelly told Trump, “…”`: a quotation that closed its
      // sentence is not inside the writer's clause, and `and Kelly` is the subject of a new one)
      if !closesSentence, let comma = window[..<c].lastIndex(where: { $0.text == "," }), comma + 1 < c,
        !["and", "but", "or"].contains(window[comma + 1].key),
        let name = nounPhrase(Array(window[(comma + 1)..<c]), direction: .whole),
        // (`The store “detected nothing extraordinary” about the purchaser, he said.`: a pronoun
        // or a document or group too, when its cue ends the sentence: `“…,” while improving the
        // VA, a White House fact sheet said.`; not a role, `the former FBI director`, which the
        // sentence's subject names better)
        !nameWords(name).isEmpty
          || (name.count == 1 && Lexicon.pronouns.contains(name[0]) || name.last.map { Lexicon.speakerNouns.contains($0) } == true)
          && (c + 1 == window.count || window[(c + 1)...].prefix(4).contains { $0.text == "." })
      {
        return describe(name, cue: cuePhrase(window, c), distance: c)
      }
      // `“…” in the primary season, Ryan Call, a former state GOP chairman, told the paper.`: the
      // writer's words, then a name in full with its appositive in commas, then the cue
      if !closesSentence, window[c - 1].text == ",",
        let k = window[..<(c - 1)].lastIndex(where: { $0.text == "," }), k + 1 < c - 1, window[k + 1].isLowercase,
        let j = window[..<k].lastIndex(where: { $0.text == "," }), j + 1 < k,
        case let run = Array(window[(j + 1)..<k]), isFullName(run)
      {
        return describe(run, cue: cuePhrase(window, c), distance: c)
      }
      // (set 50: `“…,” organizing director for labor union Unite Here Local 11 representing
      // Disneyland employees, Austin Lynch, told Scriberr News.`: a role first, then the name in
      // full in commas right before the cue)
      if c >= 4, window[c - 1].text == ",", let k = window[..<(c - 1)].lastIndex(where: { $0.text == "," }), k >= 2, k + 1 < c - 1,
        case let run = Array(window[(k + 1)..<(c - 1)]), isFullName(run),
        window[..<k].contains(where: { $0.isLowercase && (Lexicon.roleNouns.contains($0) || Lexicon.titles.contains($0)) }),
        !window[..<k].contains(where: { $0.kind == .punctuation || $0.isLowercase && Lexicon.isCueForm($0.key) })
      {
        return describe(run, cue: cuePhrase(window, c), distance: c)
      }
      // `“…” than men, says Kelly Dittmar`: the quotation ends inside the writer's clause and the
      // speaker follows an inverted cue
      if window[c - 1].text == ",", Lexicon.inversionCues.contains(tok),
        let named = phraseAfterCue(window, cueIndex: c, cue: cuePhrase(window, c), distance: c), !named.name.isEmpty
      {
        return named
      }
      return nil
    }
    return nil
  }

  /// Who owns the words of `his words`, `the president’s assertion`: the person a possessive
  /// pronoun stands for (with the noun, as `his letter` is written), else the noun phrase that
  /// ends in the possessive, its mark off (the range stays the word's, mark and all: the role
  /// finder's phrase ends where it does).
  static func possessiveOwner(
    _ lead: ArraySlice<WordToken>, _ owner: WordToken, noun: WordToken, cue: String, distance: Int, direction: Direction
  ) -> Attribution? {
    if possessivePronoun(owner.key) != nil {
      return Attribution(written: join([owner, noun]), range: owner.range.lowerBound..<noun.range.upperBound, name: [], cue: cue, pronoun: true, distance: distance)
    }
    let stripped = WordToken(range: owner.range, text: stripPossessive(owner.text), kind: .word)
    return nounPhrase(Array(lead) + [stripped], direction: direction).map { describe($0, cue: cue, distance: distance) }
  }

  /// Verbs that define or name in `“…,” as William Buckley aptly defined conservatism` (set 51):
  /// after `as` and a speaker, the words are theirs.
  static let asDefiningVerbs: WordSet = ["defined", "defines", "termed", "terms", "phrased", "phrases", "framed", "frames", "summed", "sums"]

  /// Plural subjects that name a crowd, no one in it (`Others have argued that …`).
  static let genericSubjects: WordSet = ["others", "critics", "some", "many", "supporters", "opponents", "experts", "observers", "skeptics", "sceptics"]

  static let replyCues: WordSet = ["responded", "replied", "answered", "retorted", "responds", "replies", "answers"]

  /// The person named right after the last `asked` of the paragraph before `offset` (titles
  /// allowed), when `cue` is a reply.
  static func addressee(of cue: String, in tokens: [WordToken], before offset: Int, people: ArraySlice<PersonFinder.Candidate>) -> PersonFinder.Candidate? {
    guard replyCues.contains(cue), let asked = tokens.lastIndex(where: { $0.range.upperBound <= offset && ($0.key == "asked" || $0.key == "asks") }),
      asked + 1 < tokens.count
    else { return nil }
    let next = tokens[asked + 1].range.lowerBound
    return people.first { $0.range.lowerBound == next && $0.range.upperBound <= offset }
  }

  /// Drops what stands between two dashes (`The announcement -- made by the White House and
  /// tweeted by the president -- said`, `Jiang — who reports on the White House — asked`): an aside
  /// between a subject and its cue.
  static func withoutAsides(_ tokens: [WordToken]) -> [WordToken] {
    func isDash(_ t: WordToken) -> Bool {
      t.kind == .punctuation && (t.text == "—" || t.text == "–" || t.text.utf8.count >= 2 && t.text.utf8.allSatisfy { $0 == 0x2D })
    }
    var out: [WordToken] = []
    var i = 0
    while i < tokens.count {
      if isDash(tokens[i]), let close = tokens[(i + 1)...].firstIndex(where: isDash),
        !tokens[i..<close].contains(where: { ["\"", "“", "”"].contains($0.text) })
      {
        i = close + 1
        continue
      }
      out.append(tokens[i])
      i += 1
    }
    return out
  }

  /// Drops party and state tags and parentheses from a speaker phrase: `Rep. Jesse Jackson Jr.,
  /// D-Ill., said`, `Sen. Richard Blumenthal (D-Conn.) said`.
  static func withoutAffiliations(_ tokens: ArraySlice<WordToken>) -> [WordToken] {
    var out: [WordToken] = []
    var depth = 0
    // (`(as he puts it)` is an attribution, not an affiliation: its words stay, its marks go)
    var asAside = false
    var i = tokens.startIndex
    while i < tokens.endIndex {
      let t = tokens[i]
      if depth == 0, t.text == "(", i + 1 < tokens.endIndex, tokens[i + 1].key == "as" {
        asAside = true
      } else if asAside, t.text == ")" {
        asAside = false
      } else if t.text == "(" { depth += 1 } else if t.text == ")" { depth = max(depth - 1, 0) } else if depth == 0, t.text == "[",
        let close = tokens[(i + 1)...].prefix(8).firstIndex(where: { $0.text == "]" }), close > i + 1,
        tokens[(i + 1)..<close].allSatisfy({ $0.isCapitalized || $0.text == "." }),
        close + 1 < tokens.endIndex, tokens[close + 1].isLowercase, Lexicon.cueVerbs.contains(tokens[close + 1])
      {
        // (an editor's brackets around the speaker, `“…,” [Sen. Angus King] said`: the words stay;
        // not `[Emphasis added]`, `[Andrew Jeong contributed …]`)
        out.append(contentsOf: tokens[(i + 1)..<close])
        i = close
      } else if depth == 0 {
        // D-Ill. / R-Texas: a party letter, a hyphen, a state
        if PersonFinder.partyTag(t) {
          // (`R-South Carolina`, `D-New York`: the state's second word goes with the tag)
          if i + 2 < tokens.endIndex, tokens[i + 1].isCapitalized, [",", ")", "."].contains(tokens[i + 2].text) { i += 1 }
          if i + 1 < tokens.endIndex, tokens[i + 1].text == "." { i += 1 }
          // (`R-S.D.`, `D-N.Y.`: the rest of a dotted state, glued to the period)
          if i + 1 < tokens.endIndex, tokens[i].text == ".", tokens[i + 1].range.lowerBound == tokens[i].range.upperBound, tokens[i + 1].kind == .word,
            tokens[i + 1].isCapitalized, tokens[i + 1].text.utf8.count <= 3
          {
            i += 1
            if i + 1 < tokens.endIndex, tokens[i + 1].text == ".", tokens[i + 1].range.lowerBound == tokens[i].range.upperBound { i += 1 }
          }
          if i + 1 < tokens.endIndex, tokens[i + 1].text == ",", out.last?.text == "," { i += 1 }
        } else {
          out.append(t)
        }
      }
      i += 1
    }
    return out
  }

  /// `X said: “…”`, `X said that “…”`, `Kirby said Kerry stressed to Putin that “…”`: the last cue
  /// before the opening mark, no more than fourteen words before it.
  static func before(_ written: [WordToken], maximumDistance: Int = 14) -> Attribution? {
    // `Sen. Claire McCaskill, D-Mo., said`: party tags and asides out of the way first
    let tokens = withoutAsides(withoutAffiliations(written[...]))
    // the last cue that has a speaker: in `Mr. Issa said … the attack, which claimed four lives,
    // … that the committee “is …”` the nearer `claimed` has none
    var end = tokens.count
    while let c = tokens.indices[..<end].last(where: { i in
      let t = tokens[i]
      return t.kind == .word && t.isLowercase && (speechVerb(tokens, i) || modalCue(tokens, i) || progressiveBefore(tokens, cue: i) != nil) || t.key == "according" || isWordsOf(tokens, i)
        || namedParticiple(tokens, i) || pluralCue(tokens, i) || backCue(tokens, i) || putItCue(tokens, i) || reportsCue(tokens, i) || foundCue(tokens, i)
        || pointsOut(tokens, i) || characterization(tokens, i) || goesOn(tokens, i) || whatTheyCall(tokens, i) || judgedAs(tokens, i)
        || possessiveSpeech(tokens, i) || perceivedSpeaker(tokens, cue: i) != nil
    }) {
      guard tokens.count - c - 1 <= maximumDistance else { return nil }
      // (`Bush could declare that`: the subject stands before the modal)
      if let m = modalBefore(tokens, cue: c) {
        if let found = attribution(Array(tokens[..<m] + tokens[c...]), cue: m) { return found }
        end = c
        continue
      }
      // (set 66: `The document, filed on Wednesday in Independence County, Arkansas, on behalf of
      // the baby's mother, Lunden Alexis Roberts, said`: the subject stands before the aside)
      if let k = participleAside(tokens, cue: c), let found = attribution(Array(tokens[..<k] + tokens[c...]), cue: k) {
        return found
      }
      if let a = progressiveBefore(tokens, cue: c) {
        // (only as the nearest cue: not past `what it described as a “threat”` to the lawyer of
        // `Newsmax reported … that a … lawyer is calling for an investigation into what it …`)
        if end == tokens.count, let found = attribution(Array(tokens[..<a] + tokens[c...]), cue: a) { return found }
        end = c
        continue
      }
      // (`Wait, you mean Trump did not say …`: an interjection that opens the sentence names nobody)
      if let found = coordinatedRole(tokens, cue: c) ?? attribution(tokens, cue: c), !Lexicon.interjections.contains(WordTokenizer.foldCase(found.written)) {
        return found
      }
      end = c
    }
    return nil
  }

  /// Where a participle's aside between commas opens (`The lawyer, based in New York, said`),
  /// right before the cue; nil when none stands there. The aside is read from its first comma, so
  /// commas inside it (`Independence County, Arkansas,`) and a name it ends in are no subject.
  static func participleAside(_ tokens: [WordToken], cue c: Int) -> Int? {
    guard c >= 4, tokens[c - 1].text == ",", tokens[c].isLowercase, Lexicon.cueVerbs.contains(tokens[c]) else { return nil }
    guard let k = tokens.indices[max(1, c - 24)..<(c - 2)].first(where: { i in
      tokens[i].text == "," && tokens[i - 1].isWord && tokens[i + 1].isWord && tokens[i + 1].isLowercase && asideParticiple(tokens[i + 1])
    }),
      // (no quotation inside it, and no cue of its own)
      !tokens[k..<(c - 1)].contains(where: { ["\"", "“", "”"].contains($0.text) || $0.isLowercase && Lexicon.cueVerbs.contains($0) }),
      // (not a past tense in a relative clause: `Dan Judy, a pollster whose firm, North Star
      // Opinion Research, worked for Rubio, said`; nor the author, `The article, written by
      // Pedro Noguera, explained`, whose words a document is)
      !tokens[..<k].contains(where: { $0.isLowercase && ["who", "whose", "which", "that"].contains($0.key) }), tokens[k + 2].key != "by"
    else { return nil }
    return k
  }

  /// A past participle that opens an aside: `filed`, `based`, `seated`, `written`; or a present
  /// participle of the anonymous source's aside.
  static func asideParticiple(_ t: WordToken) -> Bool {
    asidePresentParticiples.contains(t) || irregularAsideParticiples.contains(t)
      || t.key.hasSuffix("ed") && t.key.utf8.count >= 5 && !Lexicon.cueVerbs.contains(t) && !edWordsNoParticiple.contains(t)
  }

  /// (set 68: `A senior U.N. diplomat, speaking on condition of anonymity, described …`, where a
  /// role that opens in lower case is no opener the appositive rule reads)
  static let asidePresentParticiples: WordSet = [
    "speaking", "requesting", "declining", "citing", "responding", "appearing", "writing", "testifying", "referring",
  ]
  static let irregularAsideParticiples: WordSet = [
    "written", "seen", "known", "shown", "given", "taken", "made", "held", "led", "sent", "set", "put", "born", "brought", "caught",
  ]
  static let edWordsNoParticiple: WordSet = ["indeed", "need", "agreed", "proceed", "exceed", "succeed"]

  /// `…, and shortly thereafter a security guard approached him and said, “Let's go.”`: a cue
  /// coordinated with the verb before it has that verb's subject; a role that opens the clause
  /// (names have the sentence-subject rules).
  static func coordinatedRole(_ tokens: [WordToken], cue c: Int) -> Attribution? {
    guard c >= 3, tokens[c - 1].key == "and", tokens[c - 1].isLowercase else { return nil }
    let start = (tokens[..<(c - 1)].lastIndex { $0.text == "," }).map { $0 + 1 } ?? 0
    var words = tokens[start..<(c - 1)]
    while let f = words.first, f.isLowercase, ["and", "but", "then", "so", "thereafter", "later", "soon"].contains(f.key) || f.key.hasSuffix("ly") {
      words = words.dropFirst()
    }
    // (the role's own verb and its object, a few words: not `The indictment also alleges that van
    // der Zwaan deleted an email … — and told`)
    guard let role = roleIntroducer(Array(words)), role.startIndex == 0,
      case let between = words.dropFirst(role.count), between.count <= 6, between.allSatisfy({ $0.isWord && $0.key != "that" })
    else { return nil }
    return roleAttribution(role, cue: tokens[c].key, distance: tokens.count - c - 1)
  }

  /// The name in full that opens a clause as the subject of its verb (`Tucker Carlson ripped into
  /// …`), after an opening adverbial and its comma: nil when the clause opens otherwise.
  static func clauseSubject(_ words: ArraySlice<WordToken>) -> [WordToken]? {
    var rest = words
    if let first = rest.first, first.isCapitalized, adverbialOpeners.contains(first) {
      guard let comma = rest.firstIndex(where: { $0.text == "," }) else { return nil }
      rest = rest[(comma + 1)...]
    }
    // (the capitals that open it, with a title's or an initial's period: `Sen. Ted Cruz`)
    let run = rest.prefix { $0.isWord && $0.isCapitalized || $0.text == "." }
    guard !run.isEmpty, run.last?.text != ".", case let phrase = Array(run), isFullName(phrase), run.endIndex < rest.endIndex else { return nil }
    // (an appositive in commas may stand before the verb: `Tucker Carlson, the network's host, ripped`)
    var at = run.endIndex
    if rest[at].text == ",", at + 1 < rest.endIndex, rest[at + 1].isLowercase,
      let close = rest[(at + 1)...].firstIndex(where: { $0.text == "," }), close + 1 < rest.endIndex
    {
      at = close + 1
    }
    guard rest[at].isLowercase, rest[at].isWord, !prepositions.contains(rest[at]), !["and", "or", "who", "whose"].contains(rest[at].key) else { return nil }
    return phrase
  }

  static func attribution(_ tokens: [WordToken], cue c: Int) -> Attribution? {
    let distance = tokens.count - c - 1
    if let quoted = quotedAs(tokens, cue: c) { return describe(quoted, cue: tokens[c].key, distance: distance) }
    // (`the president’s assertion that …`: the owner of the words, its possessive mark off)
    if possessiveSpeech(tokens, c) {
      return possessiveOwner(tokens[..<(c - 1)], tokens[c - 1], noun: tokens[c], cue: tokens[c].key, distance: distance, direction: .leftOfCue)
    }
    // (`an event that he liked to refer to as “…”`: the caller, past the verbs between)
    if let caller = callerOf(tokens, c) {
      return describe(Array(tokens[caller]), cue: tokens[c].key, distance: distance)
    }
    if let heard = perceivedSpeaker(tokens, cue: c) {
      return describe(Array(tokens[heard]), cue: tokens[c].key, distance: distance)
    }
    if namedParticiple(tokens, c) {
      var s = capitalsStart(tokens, before: c)
      // (`Despite Trump saying`: the word that opens the sentence is no part of the name)
      while s < c - 1, clauseConjunctions.contains(tokens[s]) || Lexicon.sentenceWords.contains(tokens[s]) { s += 1 }
      let run = Array(tokens[s..<c])
      if !nameWords(run).isEmpty { return describe(run, cue: tokens[c].key, distance: distance) }
    }
    // (`as Secretary of State Mike Pompeo likes to put it`: the verb the phrase ends in is no part of it)
    if let asAt = putItAs(tokens, c),
      case let words = tokens[(asAt + 1)..<c], case let end = (words.lastIndex { !($0.isLowercase && ["likes", "liked", "to", "would", "once", "famously", "might"].contains($0.key)) } ?? asAt) + 1,
      end > asAt + 1, let phrase = nounPhrase(Array(tokens[(asAt + 1)..<end]), direction: .whole)
        // (`As Claire Lehmann, the founding editor of the refreshingly heterodox new website
        // Quillette has put it`: a name in full, then a description the phrase rules do not read)
        ?? Optional(Array(tokens[(asAt + 1)..<end].prefix { $0.isCapitalized || $0.text == "." })).flatMap({ name in
          isFullName(name) && asAt + 1 + name.count < end && tokens[asAt + 1 + name.count].text == "," ? name : nil
        })
    {
      return describe(phrase, cue: "put it", distance: distance)
    }
    if tokens[c].key == "words" {
      return phraseAfterCue(Array(tokens[c...]), cueIndex: 1, cue: "in the words of", distance: distance)
    }
    if tokens[c].key == "according" {
      guard c + 2 < tokens.count, tokens[c + 1].key == "to" else { return nil }
      return phraseAfterCue(Array(tokens[c...]), cueIndex: 1, cue: "according to", distance: distance)
    }
    // `The left, says Bobby Jindal, wants to “…”`, `The 1619 Project, writes the Times, “aims to
    // …”`: an inverted cue set off by commas inside the sentence names the one after it, whatever
    // stands before it (the subject of the writer's sentence)
    // (a paper too: `writes the Times`)
    if c > 0, tokens[c - 1].text == ",", tokens[c].isLowercase, Lexicon.inversionCues.contains(tokens[c]),
      let named = phraseAfterCue(tokens, cueIndex: c, cue: cuePhrase(tokens, c), distance: distance),
      !named.name.isEmpty || named.written.hasPrefix("the ") && named.written.split(separator: " ").last?.first?.isUppercase == true,
      named.range.upperBound <= tokens[tokens.count - 1].range.lowerBound,
      let next = tokens.first(where: { $0.range.lowerBound >= named.range.upperBound }), next.text == ","
    {
      return named
    }
    // `Neither does Orla Brannick, who frankly described in a post the facts of life: “…”`: the
    // name before `, who` and the cue (adverbs between) speaks, when it is a bare name (a role
    // there, `said Josh Holmes, a former chief of staff to …, who added`, is the rules' below)
    var w = c - 1
    while w > 0, tokens[w].isLowercase, tokens[w].key.hasSuffix("ly") { w -= 1 }
    if w >= 2, tokens[w].key == "who", tokens[w - 1].text == ",",
      let name = nounPhrase(Array(tokens[..<(w - 1)]), direction: .leftOfCue), isFullName(name)
    {
      return describe(name, cue: cuePhrase(tokens, c), distance: distance)
    }
    // (`the support of Delegate Eleanor Holmes Norton, the District’s sole representative in
    // Congress, who announced`: the name before the appositive, when the appositive opens with
    // an article or a possessive and holds no verb of its own)
    if w >= 4, tokens[w].key == "who", tokens[w - 1].text == ",",
      let comma = tokens[max(0, w - 14)..<(w - 1)].lastIndex(where: { $0.text == "," }), comma >= 1, comma + 2 < w - 1,
      ["the", "a", "an"].contains(tokens[comma + 1].key) || tokens[comma + 1].key.hasSuffix("'s") && tokens[comma + 1].isCapitalized,
      !tokens[(comma + 1)..<(w - 1)].contains(where: { $0.isLowercase && (Lexicon.isCueForm($0.key) || $0.key == "who") }),
      case let s = capitalsStart(tokens, before: comma), s < comma, case let name = Array(tokens[s..<comma]), nameWords(name).count >= 2
    {
      return describe(name, cue: cuePhrase(tokens, c), distance: distance)
    }
    // (a phrase that reaches back to the name that opens the clause, `Earnest, the press
    // secretary,`, keeps its role; one that stops short of it does not speak)
    let opener = appositiveOpener(Array(tokens[..<c]))
    func reachesOpener(_ phrase: [WordToken]) -> Bool { opener.map { phrase[0].range.lowerBound <= $0[0].range.lowerBound } ?? true }
    if let subject = relativeClauseSubject(Array(tokens[..<c])), reachesOpener(subject) {
      return describe(subject, cue: cuePhrase(tokens, c), distance: distance)
    }
    let left = nounPhrase(Array(tokens[..<c]), direction: .leftOfCue)
    if let name = opener, !(left.map(reachesOpener) ?? false) {
      return describe(name, cue: cuePhrase(tokens, c), distance: distance)
    }
    if let phrase = left {
      if let subject = copulaSubject(tokens, cue: c, phrase: phrase) { return describe(subject, cue: cuePhrase(tokens, c), distance: distance) }
      if let name = unclosedAppositiveName(tokens, phrase: phrase) { return describe(name, cue: cuePhrase(tokens, c), distance: distance) }
      return describe(phrase, cue: cuePhrase(tokens, c), distance: distance)
    }
    // `A U.S. official with access to classified reports told RFE/RL …`: the noun phrase that
    // opens the sentence, when it holds a role or a name and the cue follows closely
    // (not `On Thursday`, `In a follow-up statement`, `WASHINGTON`: a phrase that opens with a
    // preposition, or holds neither a person's name nor a role, speaks for nobody)
    if c <= 10, let phrase = nounPhrase(Array(tokens[..<c]), direction: .rightOfCue),
      let first = phrase.first, !adverbialOpeners.contains(first),
      !nameWords(phrase).isEmpty || phrase.contains(where: { Lexicon.roleNouns.contains($0) || Lexicon.speakerNouns.contains($0) })
    {
      return describe(phrase, cue: cuePhrase(tokens, c), distance: distance)
    }
    // `said X: “…”` is rare; a cue at the start of the window with the speaker after it
    return nil
  }

  /// `The Chronicle quoted DeBartolo as describing his experience … as a “…” and adding, “…”`: a
  /// participle after `quoted X as` (or `cited`) has X for its subject, not the one who quotes.
  static func quotedAs(_ tokens: [WordToken], cue c: Int) -> [WordToken]? {
    guard tokens[c].isLowercase, Lexicon.participleCues.contains(tokens[c]) else { return nil }
    let low = max(0, c - 30)
    guard let q = tokens[low..<c].lastIndex(where: { $0.isLowercase && ["quoted", "quotes", "quoting", "cited", "cites"].contains($0.key) }),
      let a = tokens[(q + 1)..<c].firstIndex(where: { $0.key == "as" }), a > q + 1,
      // (a person, not `cited better-than-average unemployment rates in Ohio and Florida as`)
      a - q - 1 <= 5, let phrase = nounPhrase(Array(tokens[(q + 1)..<a]), direction: .whole), !nameWords(phrase).isEmpty
    else { return nil }
    return phrase
  }

  /// `the school administrator`, `one lobbyist`, `the presumptive Republican presidential nominee`:
  /// a determiner and at most four words that end in a lower-case noun (no preposition, pronoun,
  /// relative word or adverb among them), read as a speaker only where a cue's subject stands and
  /// kept as written. (Read as a pronoun, a definite one — `the real estate mogul` — went to the
  /// last person named more often than to the one it describes: 2 right, 6 wrong on 500 ABP files.)
  static func unnamedPhrase<C: Collection>(_ words: C) -> [WordToken]? where C.Element == WordToken {
    let w = Array(words)
    guard w.count >= 2, w.count <= 5, w[0].isLowercase, ["the", "a", "an", "one", "another"].contains(w[0].key),
      let last = w.last, last.isLowercase, !last.key.hasSuffix("ly"), !last.key.hasSuffix("ing"),
      !w.dropFirst().contains(where: { prepositions.contains($0.key) || Lexicon.pronouns.contains($0) || Lexicon.determiners.contains($0) || ["who", "which", "that", "and", "or", "but"].contains($0.key) || Lexicon.cueVerbs.contains($0) })
    else { return nil }
    return w
  }

  static func phraseAfterCue(_ tokens: [WordToken], cueIndex: Int, cue: String, distance: Int) -> Attribution? {
    let rest = Array(tokens[(cueIndex + 1)...])
    guard let first = rest.first, first.kind == .word else { return nil }
    // (`“Halleluia!” tweeted someone who …`, `“…,” tweeted another.`: an unnamed speaker, kept as
    // written, when no noun follows — `said another staffer` is the staffer's phrase)
    if first.isLowercase, ["someone", "somebody", "another"].contains(first.key),
      rest.count == 1 || rest[1].kind == .punctuation || rest[1].isLowercase && ["who", "close", "familiar", "in", "at", "on"].contains(rest[1].key)
    {
      return Attribution(written: first.text, range: first.range, name: [], cue: cue, pronoun: false, distance: distance)
    }
    // (`said former NSA director Michael Hayden`: a modifier may open it)
    // (`said undecided voter Robbie Bostic`: a participle before a head noun too)
    let participle = first.isLowercase && first.key.hasSuffix("ed") && rest.count > 1 && isHeadNoun(rest[1])
    if !(first.isCapitalized || Lexicon.determiners.contains(first) || Lexicon.pronouns.contains(first) || isModifier(first) || participle) { return nil }
    guard let phrase = nounPhrase(rest, direction: .rightOfCue), let end = rest.firstIndex(where: { $0.range == phrase[phrase.count - 1].range }) else {
      // (`“…,” said one lobbyist, who …`: a short phrase of a determiner and words no list holds,
      // ended by the sentence or a comma, is an unnamed speaker where a cue's subject stands)
      if let unnamed = unnamedPhrase(rest.prefix { $0.kind == .word }), unnamed.count == rest.count || [",", "."].contains(rest[unnamed.count].text) {
        return describe(unnamed, cue: cue, distance: distance)
      }
      return nil
    }
    // `said the message from Ryan`, `according to a letter from Sen. Joe Manchin`: a document from
    // someone named is theirs
    if documentNouns.contains(phrase[phrase.count - 1]), case let at = end + 1, at + 1 < rest.count, rest[at].key == "from",
      let sender = nounPhrase(Array(rest[(at + 1)...]), direction: .rightOfCue), !nameWords(sender).isEmpty
    {
      return describe(sender, cue: cue, distance: distance)
    }
    // `In the immortal words of the Defense secretary, Albert Nimziki: "…"`: a role, then the
    // name in full set off by a comma
    if nameWords(phrase).isEmpty, end + 2 < rest.count,
      rest[end + 1].text == ",", case let capitals = Array(rest[(end + 2)...].prefix { $0.isCapitalized || $0.text == "." }),
      end + 2 + capitals.count == rest.count || [",", ":", "."].contains(rest[end + 2 + capitals.count].text)
    {
      // (the sentence's period is no initial's)
      var run = capitals
      while run.last?.text == ".", !(run.count >= 2 && PersonFinder.isInitial(run[run.count - 2])) { run.removeLast() }
      if isFullName(run) { return describe(run, cue: cue, distance: distance) }
    }
    return describe(phrase, cue: cue, distance: distance)
  }
}
