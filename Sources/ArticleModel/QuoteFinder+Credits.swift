/// Credits that stand apart from the quotation's sentence: a line of names under it, a dash or a
/// bare name after the closing mark.
extension QuoteFinder {
  static let creditCue = "(credit line after)"

  /// `Scott Bixby, Daily Beast`, `Michael Sean Winters, National Catholic Reporter`: the name
  /// before the first comma of a line of names under a quotation.
  static func creditLine(_ line: String) -> Attribution? {
    let toks = WordTokenizer.tokens(line)
    // (`William J. Burns and Jake Sullivan, The Atlantic`: the first of several names)
    let name = Array(toks.prefix { $0.text != "," && $0.key != "and" })
    // (set 61: `Editorial Board, New York Post`: a paper's board speaks as the paper's, no person)
    if case let keys = name.map(\.key), keys == ["editorial", "board"] || keys == ["the", "editors"], name.count < toks.count {
      return Attribution(written: line.trimmingCharacters(in: .whitespaces), range: 0..<0, name: [], cue: creditCue, pronoun: false, distance: 0)
    }
    guard name.count >= 2, name.count <= 5, name.allSatisfy({ $0.isCapitalized || $0.text == "." }) else { return nil }
    // (the person finder reads initials: `William J. Burns`)
    guard let person = PersonFinder.candidates(paragraph: 0, text: line, tokens: toks).first, person.range.lowerBound == 0, person.name.count >= 2 else {
      return nil
    }
    // (the line is not the paragraph's text: the phrase has no place in it)
    return Attribution(written: person.written, range: 0..<0, name: person.name, cue: creditCue, pronoun: false, distance: 0)
  }

  /// `“… run half-empty.” — Shawn Hubler, Erica L. Green and Dana Goldstein, New York Times`,
  /// `“…” ~ Bill Clinton, 1995 State Of The Union Speech`, `“…” MP3 Audio] — MSNBC host Martin
  /// Bashir on November 15`: a quotation that closes its sentence, then a dash and a name, is
  /// credited like a block quotation in a round-up; the first name of a list speaks.
  /// `lone`: the tokens are a paragraph of their own, opening with the dash (an epigraph's `—
  /// Mencius (372 – 292 BC)`), where one capitalised word may be the name.
  static func dashCredit(_ tokens: [WordToken], lone: Bool = false) -> Attribution? {
    // (a link label may stand between the mark and the dash, never a lower-case word)
    // (`"…" -- Nomen Penn`: two hyphens for a dash, as a typewriter writes it)
    func isDash(_ i: Int) -> Bool {
      let t = tokens[i]
      return t.kind == .punctuation && (["—", "–", "~", "--"].contains(t.text)
        || t.text == "-" && i > 0 && tokens[i - 1].text == "-" && tokens[i - 1].range.upperBound == t.range.lowerBound)
    }
    guard let dash = tokens.indices.prefix(lone ? 1 : 6).first(where: isDash),
      !tokens[..<dash].contains(where: { $0.isLowercase || ["“", "\"", "."].contains($0.text) })
    else { return nil }
    if lone, let document = documentCredit(tokens[(dash + 1)...]) { return document }
    // capitals, and the roles and titles among them (`MSNBC host Martin Bashir`)
    var phrase = Array(tokens[(dash + 1)...].prefix { t in
      t.kind == .punctuation ? t.text == "." : t.isCapitalized || Lexicon.roleNouns.contains(t) || Lexicon.titles.contains(t)
    })
    // (`“We have the votes.” — Frank Thorp V (@frankthorp)`: an embedded tweet's author quotes
    // someone else)
    let end = dash + 1 + phrase.count
    if end + 1 < tokens.count, tokens[end].text == "(", tokens[end + 1].text.hasPrefix("@") { return nil }
    while phrase.last?.text == "." && !(phrase.count >= 2 && PersonFinder.isInitial(phrase[phrase.count - 2])) { phrase.removeLast() }
    guard phrase.count <= 8, phrase.last?.isCapitalized == true else { return nil }
    // (a paragraph of its own is a credit only when the name is all or followed by its dates or an
    // appositive: not `—Paul Hannon contributed to this article.`)
    // (`— Host Bill Maher to former Obama Attorney General Eric Holder on HBO’s Real Time`: where
    // and to whom; not `— On NPR's All Things Considered on Sunday, Pelosi criticized …`, nor
    // `—Colleen McCain Nelson, John D. McKinnon and … contributed to this article.`)
    let next = end < tokens.count ? tokens[end] : nil
    let creditEnds = next.map { [",", "(", "."].contains($0.text) || ["to", "on", "in", "at"].contains($0.key) } ?? true
    if lone, !creditEnds || phrase.isEmpty || Lexicon.sentenceWords.contains(phrase[0])
      || tokens.contains(where: { $0.isLowercase && ($0.key.hasSuffix("ed") || Lexicon.cueVerbs.contains($0) || ["contributing", "reporting"].contains($0.key)) })
    {
      return nil
    }
    // (one word only when nothing but its dates or an appositive follows: not `—Updated at 11:03
    // a.m.`, `— Advice to Hillary Clinton on talking to reporters`)
    let loneName = lone && phrase.count == 1 && !Lexicon.titles.contains(phrase[0])
      && (next.map { [",", "("].contains($0.text) } ?? true) && !phrase[0].key.hasSuffix("ed") && !phrase[0].key.hasSuffix("ing")
    guard phrase.count >= 2 || loneName else { return nil }
    let named = describe(phrase, cue: "(credit after a dash)", distance: 0)
    return named.name.count >= (loneName ? 1 : 2) ? named : nil
  }

  /// (set 69) `— Pelosi's tweet`, `— Pelosi and Blumenauer's statement` as the line under a
  /// block quotation: the quotation is the document of the one named, or of the first of the
  /// two, and nothing but the owner and the document is on the line.
  static func documentCredit(_ line: ArraySlice<WordToken>) -> Attribution? {
    var words = line
    if words.last?.text == "." { words = words.dropLast() }
    guard let document = words.last, document.isLowercase, documentNouns.contains(document), words.count >= 2,
      case let owner = words.dropLast(), let mark = owner.last, mark.key.hasSuffix("'s"),
      owner.allSatisfy({ $0.isCapitalized || $0.isLowercase && $0.key == "and" }), let first = owner.first, first.isCapitalized,
      !Lexicon.sentenceWords.contains(first)
    else { return nil }
    let lead = Array(owner.prefix { $0.key != "and" })
    let name = nameWords(lead)
    guard !name.isEmpty, name.count == lead.count else { return nil }
    return Attribution(written: join(Array(words)), range: 0..<0, name: name, cue: "(credit after a dash)", pronoun: false, distance: 0)
  }

  /// `“…,” David Castillo, Professor of Romance Languages and Literature at the University at
  /// Buffalo.` and a paragraph that ends `“….” Patrisse Cullors`: a name in full right after the
  /// mark, alone or with an appositive of capitals, role nouns and small words, credits the
  /// quotation with no verb (a name with a verb after it opens the next sentence instead).
  static func bareNameCredit(_ tokens: [WordToken]) -> Attribution? {
    let t = tokens.drop { $0.text == "," }
    var run = Array(t.prefix { $0.kind == .word && $0.isCapitalized || $0.text == "." })
    while run.last?.text == ".", !(run.count >= 2 && PersonFinder.isInitial(run[run.count - 2])) { run.removeLast() }
    guard isFullName(run) else { return nil }
    var rest = t.dropFirst(run.count)
    if rest.last?.text == "." { rest = rest.dropLast() }
    if let comma = rest.first {
      guard comma.text == ",", rest.count >= 2 else { return nil }
      let appositive = rest.dropFirst()
      guard appositive.allSatisfy({ w in
        w.kind == .word && (w.isCapitalized || titleSmallWords.contains(w) || isHeadNoun(w) || phraseAdjectives.contains(w))
          || w.text == "," || w.text == "."
      }), !appositive.contains(where: { $0.isLowercase && Lexicon.isCueForm($0.key) })
      else { return nil }
    }
    return describe(run, cue: "(name after)", distance: 0)
  }
}
