/// Which words around a quotation are cues (speech verbs and their multi-word kin: `put it`, `in the
/// words of`, `went on`) and which only look like one (`tells the story of`, `called it`).
extension QuoteFinder {
  /// `Harvard then sent this letter stating that Harvard “reserves the right …”`, `a statement
  /// saying “…”`: a participle right after a document or group that speaks has it for its subject.
  /// (not `those lawmakers urging Mr. Obama to …`: people after a determiner in a clause)
  static func documentParticiple(_ tokens: [WordToken], _ i: Int) -> Bool {
    i > 0 && tokens[i].isLowercase && Lexicon.participleCues.contains(tokens[i]) && documentNouns.contains(tokens[i - 1])
  }

  static let documentNouns: WordSet = [
    "statement", "announcement", "report", "letter", "memo", "filing", "lawsuit", "complaint", "ruling", "decision", "order",
    "document", "release", "editorial", "tweet", "post", "email", "e-mail", "message", "petition", "headline", "note",
  ]

  /// Verbs that put a document out: `Manafort issued a statement saying …` is Manafort's.
  static let issuingVerbs: WordSet = ["issued", "released", "sent", "posted", "published", "wrote", "signed", "filed", "tweeted", "put"]

  /// The speaker of a document's participle, the last within fourteen words of the mark: the one
  /// who issued the document when the sentence names them right before (`independent counsel
  /// Robert W. Ray issued a final report saying`), else the document. Asked only when no person
  /// of the sentence speaks (`Sasse released a statement criticizing …` is Sasse's already).
  static func documentBefore(_ tokens: [WordToken]) -> Attribution? {
    guard let c = tokens.indices.last(where: { documentParticiple(tokens, $0) }), tokens.count - c - 1 <= 14,
      let document = nounPhrase(Array(tokens[..<c]), direction: .leftOfCue)
    else { return nil }
    let distance = tokens.count - c - 1
    let start = c - document.count
    var v = start
    while v > 0, Lexicon.determiners.contains(tokens[v - 1].key) || ["final", "new", "brief", "joint", "written", "out"].contains(tokens[v - 1].key) { v -= 1 }
    // (`Her campaign later issued a statement`: a group too; not a list that ends in a comma,
    // `A coalition …, including …, the NFL, and Major League Baseball, filed a lawsuit`)
    if v > 1, tokens[v - 1].isLowercase, issuingVerbs.contains(tokens[v - 1]), tokens[v - 2].text != ",",
      let issuer = nounPhrase(Array(tokens[..<(v - 1)]), direction: .leftOfCue)
    {
      return describe(issuer, cue: cuePhrase(tokens, c), distance: distance)
    }
    return describe(document, cue: cuePhrase(tokens, c), distance: distance)
  }

  /// `The Galveston County Daily News reports that, “…”`: `reports` (a plural noun as often, so no
  /// cue of its own) after a capitalised name and before `that` or a colon.
  static func reportsCue(_ tokens: [WordToken], _ i: Int) -> Bool {
    i > 0 && i + 1 < tokens.count && tokens[i].key == "reports" && tokens[i].isLowercase && tokens[i - 1].isCapitalized
      && (tokens[i + 1].key == "that" || tokens[i + 1].text == ":"
        // (`Anna Giaritelli of the Washington Examiner reports, “…”`: capitals and their `of the`
        // from the sentence's start, then the comma)
        || tokens[i + 1].text == "," && i <= 10 && tokens[..<i].allSatisfy { $0.isCapitalized || $0.text == "." || ["of", "the", "at", "for"].contains($0.key) }
        // (`The Washington Post reports tonight: “…”`)
        || i + 2 < tokens.count && ["tonight", "today", "yesterday", "now"].contains(tokens[i + 1].key) && (tokens[i + 2].text == ":" || tokens[i + 2].key == "that")
        // (`As USA Today reports, “…”`)
        || tokens[i + 1].text == "," && tokens[max(i - 5, 0)..<i].contains { $0.key == "as" })
  }

  /// `The investigation found "no persuasive evidence …"`, `the study finds that “…”`: `found` is
  /// no cue of its own (`police found a “safe space”`), but after a study or a report it quotes one.
  /// (`showed that` too, and a time may stand between: `A Fox News poll this week showed that
  /// “…”`; not `Podesta said that the report shows there “is no debate”`, Podesta's words)
  static func foundCue(_ tokens: [WordToken], _ i: Int) -> Bool {
    guard i > 0, tokens[i].isLowercase, ["found", "finds"].contains(tokens[i].key)
      || ["showed", "shows"].contains(tokens[i].key) && i + 1 < tokens.count && tokens[i + 1].key == "that"
    else { return false }
    return findingNouns.contains(tokens[i - 1])
      || i >= 3 && ["this", "last"].contains(tokens[i - 2].key) && ["week", "month", "year"].contains(tokens[i - 1].key) && findingNouns.contains(tokens[i - 3].key)
  }

  static let findingNouns: WordSet = [
    "study", "studies", "report", "investigation", "survey", "analysis", "poll", "review", "audit", "inquiry",
    "researchers", "investigators", "panel", "committee", "court", "judge", "jury",
  ]

  /// A cue verb at `i`, but not `Yet Trump continues to own his hotels`: `continue` before an
  /// infinitive goes on doing, it says nothing (after `“emoluments.”` it credited Trump with the
  /// Constitution's word).
  static func speechVerb(_ tokens: [WordToken], _ i: Int) -> Bool {
    Lexicon.cueVerbs.contains(tokens[i])
      && !(i + 1 < tokens.count && ["continued", "continues"].contains(tokens[i].key) && tokens[i + 1].key == "to")
      // (`a video posted online warned`, `photos and videos posted online`: a participle after
      // what was posted, not its author's cue)
      && !(i > 0 && tokens[i].key == "posted" && (documentNouns.contains(tokens[i - 1]) || postedThings.contains(tokens[i - 1])))
      && !toldStory(tokens, i)
      // (set 47: `Couric is said to have edited the first documentary video, “Under the Gun,”`: the
      // passive before an infinitive is hearsay about her, no one's words)
      && !(i > 0 && i + 1 < tokens.count && tokens[i + 1].key == "to" && passiveAuxiliaries.contains(tokens[i - 1]))
      // (`“…” and the other three states that were sued, Garcia said`, `swing states`: the noun)
      && !(i > 0 && ["states", "claims", "notes"].contains(tokens[i].key) && (tokens[i - 1].kind == .number || pluralQuantifiers.contains(tokens[i - 1])))
      // (set 57: `saying Mr Trump's claims were “fake news”`: after a possessive, a noun)
      && !(i > 0 && ["claims", "notes", "states", "reports", "remarks", "comments"].contains(tokens[i].key) && tokens[i - 1].key.hasSuffix("'s"))
  }

  /// Words before a plural noun that is also a cue's form (`three states`, `the claims`).
  static let pluralQuantifiers: WordSet = [
    "the", "other", "many", "several", "these", "those", "some", "all", "both", "most", "few", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "dozen", "swing", "battleground", "member", "neighboring", "neighbouring", "southern",
    "northern", "western", "eastern", "red", "blue", "false", "such", "their", "our", "its", "his", "her",
  ]

  /// `the book tells the recent history of …`, `the film tells the story of …`: a history told is
  /// no one's words (a story told about someone, `he told a story about Wilson’s “empty-barrel”
  /// bragging`, may quote them).
  static func toldStory(_ tokens: [WordToken], _ i: Int) -> Bool {
    guard ["tells", "told"].contains(tokens[i].key) else { return false }
    let next = tokens[(i + 1)...].prefix(4)
    return next.prefix(3).contains { ["history", "histories"].contains($0.key) }
      || zip(next, next.dropFirst()).contains { ["story", "stories", "tale", "tales"].contains($0.0.key) && $0.1.key == "of" }
  }

  static let postedThings: WordSet = ["video", "videos", "photo", "photos", "picture", "pictures", "image", "images", "ad", "ads", "clip", "clips", "footage"]

  /// Verbs a publication or an organisation puts its words out with, beside the cue forms
  /// (`The Tampa Bay Times reports:`, `The AP just moved this alert:`, `The Demos Group offers …:`).
  static let organisationVerbs: WordSet = [
    "has", "had", "is", "was", "put", "puts", "reports", "offers", "quotes", "publishes", "posts", "tweets", "summarizes",
    "details", "runs", "ran", "just", "also", "now", "then",
  ]

  /// `Bush could declare that “…”`, `Trump would later say that “…”`: a plain form of a speech verb
  /// after a modal (and at most one adverb) is a cue before the mark too.
  /// (only before `that`, a comma or a colon: `I would say “watch out for that rake”` is a writer's
  /// aside, and on ABP most modal cues without them were)
  static func modalCue(_ tokens: [WordToken], _ i: Int) -> Bool { modalBefore(tokens, cue: i) != nil }

  /// Where the modal of a modal cue at `i` stands (the subject is right before it), or nil.
  static func modalBefore(_ tokens: [WordToken], cue i: Int) -> Int? {
    // (set 45: `McCarthy would later tell me, “…”`: `tell` and whom, then the comma)
    let next = i + 2 < tokens.count && tokens[i].key == "tell" && toldObjects.contains(tokens[i + 1]) ? i + 2 : i + 1
    guard i > 0, next < tokens.count, modalCueVerbs.contains(tokens[i]), tokens[next].key == "that" || [",", ":"].contains(tokens[next].text)
    else { return nil }
    var m = i - 1
    if m > 0, tokens[m].isLowercase, tokens[m].key.hasSuffix("ly") || ["later", "also", "then", "once", "only"].contains(tokens[m].key) { m -= 1 }
    // (the writer and the generic `one`, `you`, `we` are no speakers: `One would say that …`)
    guard tokens[m].isLowercase, modals.contains(tokens[m]), m > 0, !["i", "we", "you", "one"].contains(tokens[m - 1].key) else { return nil }
    return m
  }

  /// The nouns of a publication, after which `reports` is its verb (`“…,” the paper reports`).
  static let publicationNouns: WordSet = ["paper", "newspaper", "magazine", "network", "outlet", "station", "site", "website", "tabloid", "daily", "agency", "wire"]

  /// `the President keeps asking aides “…?”`, `Democrats are calling it a “…”`: a speech
  /// participle after `keeps` or `is` has the subject before that verb, so the nearest cue is it,
  /// not the one whose clause reports it (`a White House official who says the President keeps
  /// asking`); where the aspect verb stands, or nil. (Not `writing`: `he is writing a book, “…”`.)
  static func progressiveBefore(_ tokens: [WordToken], cue i: Int) -> Int? {
    guard i > 1, tokens[i].isLowercase, Lexicon.participleCues.contains(tokens[i]), tokens[i].key != "writing" else { return nil }
    var a = i - 1
    if a > 1, tokens[a].isLowercase, tokens[a].key.hasSuffix("ly") || ["still", "also", "now", "repeatedly", "again"].contains(tokens[a].key) { a -= 1 }
    guard tokens[a].isLowercase, aspectVerbs.contains(tokens[a]), !["i", "we", "you", "one", "it", "there", "that", "this", "what"].contains(tokens[a - 1].key) else { return nil }
    return a
  }

  /// `could hear police calling, “…”`, `heard the attacker shouting, "…"`: a speech participle
  /// after the object of a verb of hearing or seeing has that object for its speaker, not the
  /// subject who heard it; the object's range, or nil. (A crowd's cry counts here, `heard people
  /// chanting`, as it does not after a subject; not `heard over the intercom saying`, `see them
  /// as saying`, `hearing by saying`: the words between are a noun phrase, no preposition opens it.)
  static func perceivedSpeaker(_ tokens: [WordToken], cue i: Int) -> Range<Int>? {
    guard i > 1, tokens[i].isLowercase, Lexicon.participleCues.contains(tokens[i]) || crowdParticiples.contains(tokens[i]) else { return nil }
    guard let v = tokens[max(0, i - 6)..<(i - 1)].lastIndex(where: { $0.isLowercase && perceptionVerbs.contains($0) }) else { return nil }
    let object = tokens[(v + 1)..<i]
    guard let first = object.first, object.allSatisfy({ $0.isWord }), !prepositions.contains(first), !["no", "that", "it", "this"].contains(first.key),
      !object.contains(where: { $0.isLowercase && (aspectVerbs.contains($0) || perceptionVerbs.contains($0) || ["as", "and", "who", "that"].contains($0.key)) })
    else { return nil }
    return object.startIndex..<object.endIndex
  }

  static let perceptionVerbs: WordSet = ["hear", "hears", "heard", "hearing", "overheard", "overhear", "saw", "see", "sees", "watched", "watch", "watching"]
  static let crowdParticiples: WordSet = ["shouting", "yelling", "chanting", "screaming"]

  static let aspectVerbs: WordSet = ["keeps", "kept", "keep", "is", "was", "are", "were", "began", "begins", "started", "starts"]

  static let toldObjects: WordSet = ["me", "us", "him", "her", "them", "reporters", "people", "audiences", "supporters"]
  static let modalCueVerbs: WordSet = ["say", "tell", "declare", "add", "write", "note", "argue", "insist", "warn", "explain", "claim", "admit", "acknowledge", "concede", "tweet"]
  static let modals: WordSet = ["could", "would", "will", "can", "may", "might", "should", "must", "did", "does", "do"]

  /// `He went on, “…”`: going on is a cue only right before the mark, after a comma or a colon
  /// (`the talks went on, “with no end in sight”` quotes nobody's words as often — the subject
  /// rules decide).
  static func goesOn(_ tokens: [WordToken], _ i: Int) -> Bool {
    i + 3 == tokens.count && tokens[i].isLowercase && ["went", "goes", "go"].contains(tokens[i].key) && tokens[i + 1].key == "on"
      && (tokens[i + 2].text == "," || tokens[i + 2].text == ":")
  }

  /// `As the Beacon points out, “…”`: `points` is a noun as often; before `out` it is a cue.
  static func pointsOut(_ tokens: [WordToken], _ i: Int) -> Bool {
    i + 1 < tokens.count && tokens[i].isLowercase && ["points", "point"].contains(tokens[i].key) && tokens[i + 1].key == "out"
  }

  /// `The state's junior senator called Bolton a "disgruntled, angry man"`, `labels political
  /// polarization “damaging …”`: a verb that characterises its object, then the object and at most
  /// an article before the mark, quotes its subject's words. (Right before the mark, with no
  /// object, `a group called “…”` names a thing: that is the scare markers' rule; `called for`,
  /// `called on` ask for something.)
  static func characterization(_ tokens: [WordToken], _ i: Int) -> Bool {
    guard tokens[i].isLowercase, characterizingVerbs.contains(tokens[i]), i + 1 < tokens.count else { return false }
    // (a name in marks may stand in the object: `Tehran has called the impounding of "Grace 1"
    // an "illegal interception."`)
    var object = tokens[(i + 1)...].filter { !["\"", "“", "”"].contains($0.text) }
    // (an appositive in commas may follow the object: `the Ambassador called the UN Human Rights
    // Council, a council which currently includes …, a “cesspool of political bias.”`)
    if let first = object.firstIndex(where: { $0.text == "," }), let last = object.lastIndex(where: { $0.text == "," }), first < last,
      last - first <= 16, object[(last + 1)...].count <= 1, object[(last + 1)...].allSatisfy({ termDeterminers.contains($0) })
    {
      object = Array(object[..<first] + object[(last + 1)...])
    }
    return !object.isEmpty && object.count <= 6 && object.allSatisfy({ $0.kind != .punctuation }) && !prepositions.contains(object.first!)
  }

  /// `what he calls “an early Christmas present”`, `what Trump once called “American carnage”`:
  /// the words someone calls a thing by, right before the mark, are that person's (where `a
  /// policy called “…”` names a thing). The thing may be a relative word, and the verb `describe
  /// as` (set 47: `Couric, whom he described as “not a nice person.”`).
  static func whatTheyCall(_ tokens: [WordToken], _ i: Int) -> Bool { callerOf(tokens, i) != nil }

  /// Whether the words before a mark end in `what he calls`, `whom he described as` or `that he
  /// liked to refer to as` (the three places the verb may stand).
  static func endsWithCaller(_ tokens: [WordToken]) -> Bool {
    (max(tokens.count - 3, 0)..<tokens.count).contains { whatTheyCall(tokens, $0) }
  }

  /// Where the caller stands in `what he calls …` (the pronoun, or the capitalised words).
  static func callerOf(_ tokens: [WordToken], _ i: Int) -> Range<Int>? {
    guard i >= 2, tokens[i].isLowercase,
      i == tokens.count - 1 && ["calls", "called", "call", "deemed", "deems"].contains(tokens[i].key)
        || i == tokens.count - 2 && tokens[i + 1].key == "as" && ["describes", "described", "describe"].contains(tokens[i].key)
        // (set 49: `an event that he liked to refer to as “The Superbowl of politics.”`)
        || i == tokens.count - 3 && tokens[i + 1].key == "to" && tokens[i + 2].key == "as" && ["refers", "referred", "refer"].contains(tokens[i].key)
    else { return nil }
    var s = i - 1
    if s >= 2, tokens[s].key == "to", ["likes", "liked", "like", "loves", "loved", "love", "prefers", "preferred"].contains(tokens[s - 1].key) { s -= 2 }
    if tokens[s].isLowercase, ["once", "has", "had", "have", "later", "also", "often", "famously"].contains(tokens[s].key) { s -= 1 }
    // the subject: a pronoun, or at most three capitalised words
    var start = s
    if !(tokens[s].isLowercase && ["he", "she", "they"].contains(tokens[s].key)) {
      while start >= 0, s - start < 3, tokens[start].kind == .word, tokens[start].isCapitalized { start -= 1 }
      start += 1
      guard start <= s else { return nil }
      // (set 56: `which the United Nations also called “…”`: the name's article before it)
      if start >= 2, tokens[start - 1].key == "the", tokens[start - 1].isLowercase { start -= 1 }
    }
    return start >= 1 && ["what", "whom", "which", "that"].contains(tokens[start - 1].key) ? start..<(s + 1) : nil
  }

  /// A lower-case word right after the closing mark that a quoted modifier can qualify (`“clean”
  /// funding`, `"bag of words" approach`): no function word, speech verb or adverb.
  static func nounFollows(_ afterTokens: [WordToken], close: Int) -> Bool {
    guard let next = afterTokens.first, next.isWord, next.isLowercase, next.range.lowerBound == close + 1 else { return false }
    return !Stopwords.all.contains(next) && !Lexicon.isCueForm(next.key) && !trailingAdverbs.contains(next)
  }

  /// `… connotations like`, `… terms such as` right before the mark.
  static func followsWordList(_ before: [WordToken]) -> Bool {
    let keys = before.suffix(3).map(\.key)
    if keys.last == "like", keys.count >= 2 { return wordListNouns.contains(keys[keys.count - 2]) }
    return keys.count == 3 && keys[1] == "such" && keys[2] == "as" && wordListNouns.contains(keys[0])
  }

  /// Plural nouns that list words (`words with positive connotations like "preeminent"`, `terms like
  /// “gridlock”`): after one and `like` or `such as`, a quotation is a word mentioned, not said.
  static let wordListNouns: WordSet = ["words", "terms", "phrases", "labels", "slogans", "names", "expressions", "connotations", "buzzwords", "epithets", "nicknames"]

  static let termDeterminers: WordSet = ["the", "a", "an", "another", "this", "that", "these", "those", "its", "their", "any", "no", "every", "each"]

  static let characterizingVerbs: WordSet = ["called", "calls", "labeled", "labelled", "labels", "dubbed", "dubs", "branded", "brands", "deemed", "deems"]

  /// `They denounced Mr. Romney as a “fat cat”`, `Trump praised Kim as a “very honorable” man`: a
  /// verb of judgment, its object, then `as` (and an article) right before the mark: the judge's
  /// words. (Set 50.)
  static func judgedAs(_ tokens: [WordToken], _ i: Int) -> Bool {
    // (not a verb coordinated with a cue before it, `Its authors have decried his “…” and
    // condemned Mueller as “…”`: that cue has the subject)
    guard tokens[i].isLowercase, judgingVerbs.contains(tokens[i]), i == 0 || !["and", "or"].contains(tokens[i - 1].key) else { return false }
    var end = tokens.count
    if end - 1 > i, ["a", "an", "the"].contains(tokens[end - 1].key) { end -= 1 }
    guard end - 1 > i + 1, tokens[end - 1].key == "as" else { return false }
    let object = tokens[(i + 1)..<(end - 1)]
    // (`Walker referred to Cullen as “…”`: `to` and the object; not the passive `is referred to as`)
    if ["referred", "refers"].contains(tokens[i].key) {
      guard object.first?.key == "to", object.count >= 2, !(i > 0 && passiveAuxiliaries.contains(tokens[i - 1])) else { return false }
    }
    return object.count <= 6 && object.allSatisfy { $0.kind == .word || $0.text == "." }
  }
  /// `despite the president’s assertion that there are “…”`, `his promise to “…”`: a noun of
  /// speech owned by a possessive, a few words before the mark, quotes its owner. (Set 50.)
  static func possessiveSpeech(_ tokens: [WordToken], _ i: Int) -> Bool {
    guard i >= 1, tokens.count - i <= 8, tokens[i].isLowercase, speechNouns.contains(tokens[i]) else { return false }
    let owner = tokens[i - 1]
    // (not inside someone's reported speech: `Crump wrote … that Gooden's statement “directly
    // contradicts …”`, `Smith said the administration’s argument that …` are the writer's and the judge's)
    // (nor the object of a verb that judges it, `Flake called Trump’s remarks “kind of appalling”`,
    // `Sanders mocked Clinton’s declaration of support: “…”`)
    // (and the words follow the noun: `that`, `of`, `to`, a colon or the mark, not `his comments
    // saying Hoyer “mischaracterized”`)
    // (not a comma: `In his remarks, Buttigieg congratulated Sanders on his “strong showing.”`)
    let complement = i + 1 == tokens.count || [":", "that", "of", "to"].contains(tokens[i + 1].key)
    return owner.kind == .word && (owner.key.hasSuffix("'s") && owner.key.utf8.count > 2 || owner.isLowercase && possessivePronoun(owner.key) != nil)
      && complement
      && !tokens[..<i].contains(where: { $0.isLowercase && (Lexicon.cueVerbs.contains($0) || characterizingVerbs.contains($0) || judgingVerbs.contains($0)) })
  }
  static let speechNouns: WordSet = [
    "assertion", "claim", "insistence", "contention", "argument", "warning", "promise", "pledge", "vow", "declaration",
    "admission", "suggestion", "remark", "remarks", "comment", "comments", "charge", "accusation", "complaint", "boast", "prediction",
    // (not `call`: `Flynn’s call from Obama’s ‘…’` is a telephone's)
    "assurance", "reminder", "plea", "demand", "statement", "words", "description", "characterization",
  ]

  static let judgingVerbs: WordSet = [
    "denounced", "denounces", "derided", "derides", "dismissed", "dismisses", "hailed", "hails", "praised", "praises",
    "condemned", "condemns", "mocked", "mocks", "ridiculed", "ridicules", "portrayed", "portrays", "characterized",
    "characterizes", "characterised", "lambasted", "lambastes", "attacked", "attacks", "slammed", "blasted", "touted", "touts",
    "referred", "refers",
  ]

  /// `Graham shot back, “…”`, `“…,” Trump fired back.`: a verb of attack with `back` after it
  /// answers like `retorted`.
  static func backCue(_ tokens: [WordToken], _ i: Int) -> Bool {
    i + 1 < tokens.count && tokens[i].kind == .word && tokens[i].isLowercase && backVerbs.contains(tokens[i]) && tokens[i + 1].key == "back"
  }

  /// (set 44: `“Nobody’s being hurt, press,” Trump called back to us`)
  static let backVerbs: WordSet = ["shot", "fired", "hit", "called"]

  /// `As Beauchamp puts it in a summary statement: “…”`, `(as he puts it) that … “…”`: `put it`
  /// after `as` and a speaker a few words before.
  static func putItCue(_ tokens: [WordToken], _ i: Int) -> Bool { putItAs(tokens, i) != nil }

  /// Where the `as` of a `put it` cue at `i` stands.
  /// (`As the former senior White House aide put it`: a role of several words may stand between)
  static func putItAs(_ tokens: [WordToken], _ i: Int) -> Int? {
    guard i >= 2, i + 1 < tokens.count, tokens[i].isLowercase, tokens[i].key == "put" || tokens[i].key == "puts", tokens[i + 1].key == "it" else { return nil }
    // (and a name with a long appositive: `As Claire Lehmann, the founding editor of the
    // refreshingly heterodox new website Quillette has put it`; the caller reads what stands between)
    return tokens[max(i - 20, 0)..<(i - 1)].lastIndex { $0.key == "as" }
  }

  /// `Democrats argue that … an "ideologically-driven action"`, `The lawmakers add that "…"`: a
  /// plain cue form after a plural noun, before `that`.
  /// (set 66: `Taken together, the authors write, these deficiencies show “…”`: between commas, an
  /// aside of the subject and its verb, it is a cue before the mark too)
  static func pluralCue(_ tokens: [WordToken], _ i: Int) -> Bool {
    guard i > 0, i + 1 < tokens.count, tokens[i].isLowercase, Lexicon.plainCueVerbs.contains(tokens[i]) else { return false }
    let aside = tokens[i + 1].text == "," && (i >= 2 && tokens[i - 2].text == "," || i >= 3 && tokens[i - 2].key == "the" && tokens[i - 3].text == ",")
    guard tokens[i + 1].key == "that" || aside else { return false }
    // (people who speak, not `Others argue that` or `Critics argue that`, which a writer uses to
    // sum up a view in his own words; `critics` stays a speaker noun after a quotation)
    let subject = tokens[i - 1].key
    return subject != "critics" && subject.hasSuffix("s") && Lexicon.speakerNouns.contains(subject) || ["democrats", "republicans"].contains(subject)
  }

  /// `in the words of the network’s medical correspondent, the “worst case scenario” …`: `words`
  /// between `in the` and `of` is a cue like `according to`.
  /// (one adjective may stand between: `In the immortal words of … Albert Nimziki: "…"`)
  static func isWordsOf(_ tokens: [WordToken], _ i: Int) -> Bool {
    guard i >= 2, i + 1 < tokens.count, tokens[i].key == "words", tokens[i + 1].key == "of" else { return false }
    return tokens[i - 1].key == "the" && tokens[i - 2].key == "in"
      || i >= 3 && tokens[i - 1].isLowercase && tokens[i - 2].key == "the" && tokens[i - 3].key == "in"
  }

  /// `a soundbite of Baier explaining how “…”`, `with Trump saying “…”`: a participle right after
  /// a name has that name for its subject, whatever governs the name.
  static func namedParticiple(_ tokens: [WordToken], _ i: Int) -> Bool {
    // (not a place: `an ad in Iowa describing himself`)
    guard i > 0 && tokens[i].isLowercase && Lexicon.participleCues.contains(tokens[i]) && tokens[i - 1].isCapitalized
      && !nameWords([tokens[i - 1]]).isEmpty && !EntityFinder.places.contains(tokens[i - 1].baseKey)
      && !EntityFinder.organisations.contains(tokens[i - 1].baseKey)
    else { return false }
    // (not one spoken to: `a message from Spicer to Mack stating …` is not Mack's)
    var s = i - 1
    // (`to reporter David Mack`: a role may stand between)
    while s > 0, tokens[s - 1].isCapitalized || tokens[s - 1].text == "." || Lexicon.roleNouns.contains(tokens[s - 1]) { s -= 1 }
    return s == 0 || tokens[s - 1].key != "to"
  }

  static func cuePhrase(_ tokens: [WordToken], _ c: Int) -> String {
    let verb = tokens[c].key
    if backCue(tokens, c) { return "\(verb) back" }
    if (verb == "told" || verb == "tells"), c + 1 < tokens.count, tokens[c + 1].kind == .word,
      ["reporters", "journalists", "lawmakers", "members"].contains(tokens[c + 1].key)
    {
      return "\(verb) \(tokens[c + 1].key)"
    }
    return verb
  }
}
