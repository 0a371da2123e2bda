/// Finds quotations in an article's paragraphs and the phrase that credits each one.
///
/// For every quoted span it looks, in this order, for a speech verb right after the closing mark
/// (`“…,” Mr. Earnest said`, `“…,” said Kirby`), for one before the opening mark in the same
/// sentence (`Mr. Kerry responded: “…”`, `Kirby said Kerry stressed to Putin that “…”`), then for
/// an earlier quotation of the same paragraph or of the paragraph before that this one continues.
/// Short spans that nobody says are scare quotes or titles and are dropped.
enum QuoteFinder {
  static let scareMarkers: WordSet = [
    "so-called", "called", "dubbed", "termed", "known", "titled", "entitled", "word", "words", "term",
    "phrase", "slogan", "label", "labeled", "labelled", "branded", "nicknamed", "hashtag",
    // (`The search engine goes by the name “Project Dragonfly.”`)
    "name", "motto", "nickname", "moniker",
    // (set 23: `the presidential retreat in Maryland was named “Camp David.”`)
    "named", "renamed",
  ]
  /// `I’m a New Yorker` is someone speaking, not a title.
  static let firstPerson: WordSet = ["i", "i'm", "i've", "i'll", "i'd"]
  /// Words a title leaves in lower case (`A Journey to the Rivers`).
  static let titleSmallWords: WordSet = ["of", "the", "and", "a", "an", "in", "on", "with", "to", "for", "at", "by", "from", "or"]
  /// Nouns that name a work whose title follows in quotation marks.
  static let worksOfTitle: WordSet = [
    "podcast", "show", "program", "programme", "book", "film", "movie", "series", "song", "album", "column",
    "newsletter", "documentary", "play", "novel", "essay", "episode",
  ]
  /// Writings whose title, in sentence case, may stand in commas after them (`the study, “…”, found`).
  static let studies: WordSet = ["study", "paper", "report", "article", "survey", "analysis", "review"]
  static let trailingAdverbs: WordSet = [
    "later", "also", "then", "once", "again", "further", "previously", "earlier", "recently", "has",
    "had", "have", "was", "is", "would", "will", "reportedly", "simply", "just", "quickly",
    "repeatedly", "separately", "publicly", "privately", "flatly", "firmly", "angrily", "bluntly", "himself",
    "herself", "themselves", "itself", "even",
  ]
  /// An adverb or auxiliary between a speaker and the cue (`Boehner also said`), in lower case:
  /// `Mr. Will said`, `Mr. Even said` are names.
  static func isTrailingAdverb(_ t: WordToken) -> Bool { t.kind == .word && t.isLowercase && trailingAdverbs.contains(t) }
  /// The last word of the name of a law, a plan or an agreement (`“Kate’s Law”`).
  static let namesOfActs: WordSet = ["law", "act", "bill", "amendment", "plan", "doctrine", "agreement", "accord", "treaty", "resolution", "initiative"]
  /// `known as “the Donald”`, `referred to as “principles”`: a term named, not a quotation.
  static let namingVerbs: WordSet = ["known", "referred", "described", "billed", "touted", "styled", "characterized", "characterised"]
  /// A phrase after one of these is its object, not a subject (`a congressman from Tennessee`).
  static let prepositions: WordSet = [
    "of", "for", "to", "with", "in", "from", "on", "at", "by", "into", "near", "about", "against", "over", "under",
    "after", "before",
  ]
  /// A sentence that opens with one of these opens with an adverbial (`On Thursday`, `In a
  /// statement`), not with its subject.
  static let adverbialOpeners: WordSet = ["in", "on", "at", "after", "before", "during", "for", "from", "with", "by", "since", "until"]
  /// Words that open a subordinate clause: a pronoun after one is that clause's subject.
  static let subordinators: WordSet = ["as", "when", "while", "because", "if", "after", "before", "since", "although", "though", "that", "until", "where", "whom", "who"]
  /// Verbs that cue a quotation as infinitives after `to` (`took to Twitter to add that “…”`).
  static let infinitiveCues: WordSet = ["add", "note", "explain", "argue", "insist", "warn", "write", "tweet", "declare", "claim", "stress", "say"]
  /// Words that open a clause before its subject (`While the White House has stated …`).
  static let clauseConjunctions: WordSet = ["while", "although", "though", "because", "if", "when", "whereas", "unless", "once", "but", "and", "so", "yet", "despite",
    // (`As Wael recounted that period of time, “…”`: `as` opens the clause, it names nobody)
    "as"]
  /// Adverbs that open a sentence before a comma (`Additionally, the statement reads`).
  static let sentenceAdverbs: WordSet = [
    "additionally", "meanwhile", "however", "moreover", "furthermore", "separately", "similarly", "likewise",
    "finally", "instead", "indeed", "later", "earlier", "overall", "nonetheless", "nevertheless", "again", "still",
    "fact",  // (`In fact, the president’s spokesman replied`)
    // (`Publicly, aides argue that` gave the speaker 'Publicly')
    "publicly", "privately", "ultimately", "importantly", "notably", "specifically", "previously", "recently",
    "initially", "originally", "currently", "apparently", "reportedly", "typically", "traditionally",
    "historically", "frankly", "honestly", "clearly", "obviously", "certainly", "interestingly", "ironically",
    "unfortunately", "fortunately", "surprisingly", "tellingly", "crucially", "lastly", "secondly", "firstly",
  ]
  /// `, who …,` and `, a law professor at …,`: what opens an appositive after a name.
  static let appositiveOpeners: WordSet = ["who", "whose", "a", "an", "the"]
  static let phraseAdjectives: WordSet = [
    "senior", "top", "former", "second", "third", "first", "chief", "deputy", "foreign", "defense", "lead", "fact",
    "press", "white", "house", "state", "high-ranking", "high-level", "unnamed", "anonymous", "military",
    "administration", "government", "u.s.", "us", "russian", "american", "european", "western",
    "israeli", "palestinian", "syrian", "iranian", "chinese", "british", "french", "german", "local", "international",
    "federal", "intelligence", "defence", "security", "police", "campaign", "of", "for", "to", "and",
    "with", "in", "who", "familiar", "close", "knowledgeable", "involved", "the", "a", "an", "one",
    "two", "its", "his", "her", "their", "another", "other", "presidential", "party", "medical", "legal",
    "political", "economic", "health", "news",
    // (`the longtime Clinton family adviser Paul Begala`, `a veteran Republican strategist`)
    "longtime", "family", "veteran", "fellow", "retired", "prominent", "leading", "key", "young", "elderly",
    "conservative", "liberal", "progressive", "independent", "outside", "republican", "democratic",
  ]

  /// The quotations of an article, given each paragraph's tokens and sentence ranges.
  static func find(
    in paragraphs: [Paragraph], tokens: [[WordToken]], sentences paragraphSentences: [[Range<Int>]], people: [PersonFinder.Candidate],
    creditLines: [String?] = []
  ) -> [Quote] {
    var quotes: [Quote] = []
    // quotations still open when their paragraph ended: a credit line under the paragraph that
    // closes them is theirs too
    var openEnded: Set<Int> = []
    var lastSpeaker: (paragraph: Int, quote: Quote)? = nil
    var openAtParagraphEnd = false
    // surnames the article writes in full, once: a one-word mention of one is a person
    // (and a given name no list holds, `Wael` after `Wael Ghonim`: PeopleIndex resolves it so)
    let namedInFull = FullNames(people)
    // the paragraph before's people and quoted stretches, for rules that read back one paragraph
    var previousHere: ArraySlice<PersonFinder.Candidate> = []
    var previousQuoted: [Range<Int>] = []
    for (pi, paragraph) in paragraphs.enumerated() {
      let text = paragraph.text
      let toks = tokens[pi]
      let here = people[people.partitionPoint { $0.paragraph < paragraph.number }...].prefix { $0.paragraph == paragraph.number }
      let spans = QuoteSpan.find(in: text, paragraph: paragraph.number)
      let quoted = spans.map(\.content)
      defer { (previousHere, previousQuoted) = (here, quoted) }
      let sentences = paragraphSentences[pi]
      var previousInParagraph: Quote? = nil
      // the last span dropped as a term named (`known as “…”`): a list goes on with the next
      var lastTerm = -2
      // a paragraph of quotation (it opens with one and ends in one) over a line of names
      let paragraphCredit = pi < creditLines.count && spans.first?.open == 0
        && spans.last.map { ($0.closeEnd ?? text.utf8.count) >= text.utf8.count - 1 } == true
        ? creditLines[pi].flatMap(creditLine) : nil
      // spans dropped as a name the writer mentions: the writer's sentence goes on through them
      var mentioned: Set<Int> = []
      for (si, span) in spans.enumerated() {
        let prevEnd = (0..<si).last { !mentioned.contains($0) }.map { spans[$0].closeEnd ?? spans[$0].content.upperBound } ?? 0
        let nextOpen = si + 1 < spans.count ? spans[si + 1].open : text.utf8.count
        let length = text.utf8.count
        let sentence = sentences.range(containing: span.open) ?? 0..<length
        let closeSentence = sentences.range(containing: max(span.content.upperBound - 1, span.content.lowerBound)) ?? sentence
        let beforeStart = max(sentence.lowerBound, prevEnd)
        let beforeTokens = beforeStart <= span.open ? Array(toks.tokens(within: beforeStart..<span.open)) : []
        // the attribution after the mark may stand in what the splitter took for the next sentence
        // (`“…results?” Justice Breyer asked.`): the window reaches to the end of the sentence of
        // the first word after the mark
        let firstAfter = span.closeEnd.map { ce in toks.partitionPoint { $0.range.lowerBound < ce } } ?? toks.count
        let afterAnchor = firstAfter < toks.count ? toks[firstAfter].range.lowerBound : length
        let afterEnd = min(nextOpen, sentences.range(containing: afterAnchor)?.upperBound ?? closeSentence.upperBound)
        let afterTokens = span.closeEnd.map { ce in ce <= afterEnd ? Array(toks.tokens(within: ce..<afterEnd)) : [] } ?? []
        let content = PersonFinder.substring(text, span.content)
        let contentWords = WordTokenizer.tokens(content).filter(\.isWord)
        // whether a lower-case word of the quotation's sentence (to its closing one) is such a verb
        func sentenceHas(_ verb: (String) -> Bool) -> Bool {
          toks.tokens(within: sentence.lowerBound..<closeSentence.upperBound).contains { $0.isLowercase && verb($0.key) }
        }
        guard !contentWords.isEmpty else { continue }
        // (`<a href="https://twitter.com/…">`: an embedded tweet's markup left in the text; a value
        // after `=` is an attribute, no one's words)
        if span.open > 0, text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: span.open - 1)] == UInt8(ascii: "=") {
          mentioned.insert(si)
          continue
        }
        // a title: every word capitalised after `the` or `on` (`on the “Tonight Show Starring Jimmy
        // Fallon”`), after a possessive (`NBC’s “Meet the Press”`) or a kind of work (`podcast,
        // “Ground Game.”`); American style puts the sentence's period inside the marks
        let titleLead = beforeTokens.last.map { last in
          ["the", "on", "in", "of", "a", "with", "at"].contains(last.key) || last.key.hasSuffix("'s")
            // (`on CBS’ “Face the Nation”`: a possessive mark after a capitalised name)
            || (last.text == "’" || last.text == "'") && beforeTokens.dropLast().last.map { $0.isCapitalized && $0.range.upperBound == last.range.lowerBound } == true
            || last.text == "," && beforeTokens.dropLast().last.map { Self.worksOfTitle.contains($0) } == true
            || Self.worksOfTitle.contains(last)
        } ?? false
        let titleCase = contentWords.allSatisfy { $0.isCapitalized || Self.titleSmallWords.contains($0) }
        // (`two “pressing” border issues — the “Dreamers” and border security`: one capitalised
        // word after `the` names a group or a thing, it quotes nobody)
        if contentWords.count == 1, beforeTokens.last?.key == "the", contentWords[0].isCapitalized,
          !(content.last.map { ".!?".contains($0) } ?? false)
        {
          continue
        }
        if titleLead, contentWords.count >= 2, titleCase,
          !(content.last.map { "!?".contains($0) } ?? false), !(content.last == "." && contentWords.count > 5)
        {
          continue
        }
        // `The study, “Assessing the Russian Internet Research Agency’s impact …”, was authored by`:
        // a title in sentence case set off by commas right after the work it names (`according to
        // the report, “the economy …”` quotes the report: no comma and verb close it there)
        if beforeTokens.count >= 3, beforeTokens.last?.text == ",",
          let work = beforeTokens.dropLast().last, Self.worksOfTitle.contains(work) || Self.studies.contains(work),
          ["the", "a", "an", "this", "his", "her", "their", "its", "new"].contains(beforeTokens[beforeTokens.count - 3].key),
          afterTokens.first?.text == ",", afterTokens.count >= 2, afterTokens[1].isLowercase, !Lexicon.isCueForm(afterTokens[1].key),
          !(content.last.map { ".!?".contains($0) } ?? false)
        {
          continue
        }
        // `read “A Journey to the Rivers”`: three capitalised words or more with nothing but small
        // words between them name a work, whatever stands before
        if titleCase, contentWords.count <= 12, contentWords[0].isCapitalized, contentWords.filter(\.isCapitalized).count >= 3,
          !contentWords.contains(where: { Self.firstPerson.contains($0) }),
          !(content.last.map { "!?".contains($0) } ?? false)
        {
          continue
        }
        // `a document titled, “Recommendations for Reform: Restoring Trust between the Chicago
        // Police …”`, `latest book is “Suicide of the West: How …”`: a title and its subtitle, however
        // long, when four in five of its longer words are capitalised
        if content.utf8.contains(0x3A), !(content.last.map { "!?".contains($0) } ?? false),
          !contentWords.contains(where: { Self.firstPerson.contains($0) }),
          case let long = contentWords.filter({ $0.text.utf8.count >= 4 }), long.count >= 4,
          long.filter(\.isCapitalized).count * 5 >= long.count * 4
        {
          continue
        }
        // (`titled, “…”`: the marker may stand before a comma or a colon)
        if let marker = beforeTokens.last(where: { $0.kind == .word }), scareMarkers.contains(marker),
          beforeTokens.reversed().prefix(while: { $0.kind != .word }).allSatisfy({ $0.text == "," }), contentWords.count <= 6
        {
          lastTerm = si
          continue
        }
        // `also referred to as “principles”`, `known as “the Donald”`
        // (not `Anthropologist Emanuel Marx described tribes as “units of subsistence.”`: the
        // active verb with its object between is someone's characterization, in his words)
        let lastWords = beforeTokens.suffix(3).map(\.key)
        let activeDescription = lastWords.count == 3 && lastWords[0] == "described" && beforeTokens.suffix(3).first?.isLowercase == true
          && beforeTokens.count >= 4 && beforeTokens[beforeTokens.count - 4].isCapitalized && beforeTokens[beforeTokens.count - 4].kind == .word
        if lastWords.last == "as", contentWords.count <= 6, lastWords.contains(where: namingVerbs.contains), !activeDescription
        {
          lastTerm = si
          continue
        }
        // `(known as “homophily” or “filter bubbles”)`: the next term of a list of named terms
        if lastTerm == si - 1, contentWords.count <= 6, !beforeTokens.isEmpty,
          beforeTokens.allSatisfy({ $0.text == "," || ["or", "and", "nor"].contains($0.key) })
        {
          lastTerm = si
          continue
        }
        // `the proposed “Kate’s Law”`, `the “Affordable Care Act”`: the name of a law or a plan
        if contentWords.count <= 6, contentWords.count >= 2, titleCase, contentWords.last.map({ Self.namesOfActs.contains($0) }) == true,
          !(content.last.map { ".!?,".contains($0) } ?? false)
        {
          continue
        }
        // `a city whose immigrant “sanctuary” protections`, `a “clean” funding bill`: one word
        // before the noun it modifies, in a sentence where nobody speaks, marks the writer's word;
        // in a sentence with a cue (`promised a “pitiless” effort`, `an overall “dismal” record,
        // Kasich said`) it is the speaker's
        if contentWords.count == 1, content.utf8.allSatisfy({ $0 != 0x2E && $0 != 0x2C && $0 != 0x21 && $0 != 0x3F }),
          beforeTokens.last?.text != ":",
          // (nothing but the mark after the word: `“Well-respected,” chimed in` is a quotation)
          let close = span.closeEnd, case let mark = PersonFinder.slice(text, span.content.upperBound..<close).utf8,
          mark.count <= 3, !mark.contains(0x2C), !mark.contains(0x2E),
          Self.nounFollows(afterTokens, close: close), !sentenceHas(Lexicon.isCueForm)
        {
          continue
        }
        // `Mitch “Meathead” McConnell`: capitals right between a first name and a surname are a nickname
        if contentWords.count <= 2, contentWords.allSatisfy(\.isCapitalized), let first = beforeTokens.last, first.isCapitalized,
          FirstNames.all.contains(first), first.range.upperBound + 1 == span.open, let close = span.closeEnd,
          let surname = afterTokens.first, surname.isCapitalized, surname.range.lowerBound == close + 1
        {
          continue
        }
        // `the references to “Frank” in the audio version`, `compared Trump to "Leeroy Jenkins," the
        // videogame player`: one or two capitalised words as the object of a preposition or after
        // an article are a name the writer mentions, not words anyone said (`told him “No”`,
        // `called her “Crooked Hillary”` stay: no preposition or article before them)
        if contentWords.count <= 2, contentWords.allSatisfy(\.isCapitalized), let prev = beforeTokens.last, prev.isWord, prev.isLowercase,
          prepositions.contains(prev) || ["the", "a", "an", "as"].contains(prev.key),
          content.utf8.dropLast(content.utf8.last == 0x2C ? 1 : 0).allSatisfy({ $0 != 0x2C && $0 != 0x2E && $0 != 0x21 && $0 != 0x3F && $0 != 0x3A })
        {
          mentioned.insert(si)
          continue
        }
        // `words with positive connotations like "preeminent"`, `terms like “gridlock,” “filibusters”`
        if contentWords.count <= 4, Self.followsWordList(beforeTokens) {
          lastTerm = si
          continue
        }
        // `The "bag of words" approach disregards grammar`: a few lower-case words between an article
        // and the noun they modify, in a sentence with no speech verb, name a thing in the writer's
        // sentence (not `the “white moderate” and the “white church.”`, King's words: no noun follows)
        if (2...4).contains(contentWords.count), !contentWords[0].isCapitalized, let det = beforeTokens.last, det.isWord,
          Self.termDeterminers.contains(det), content.utf8.allSatisfy({ $0 != 0x2C && $0 != 0x2E && $0 != 0x21 && $0 != 0x3F && $0 != 0x3A && $0 != 0x3B }),
          let close = span.closeEnd, Self.nounFollows(afterTokens, close: close),
          !sentenceHas({ Lexicon.isCueForm($0) || Self.characterizingVerbs.contains($0) })
        {
          continue
        }
        // (`… O'Donnell.'”`: a nested quotation's mark after the period)
        let endsSentence = content.reversed().first { $0 != "'" && $0 != "’" }.map { ".!?".contains($0) } ?? false
        // (`“…,” said`: the comma that closes the words inside the marks)
        let commaInside = text.utf8.dropFirst(span.content.upperBound).first == 0x2C
        var attribution = after(afterTokens, closesSentence: endsSentence) ?? (endsSentence ? dashCredit(afterTokens) : nil)
          // (a sentence's worth of words closed inside the marks: not the nickname in `“Rocket Man” Kim Jong Un`)
          ?? (contentWords.count >= 4 && (content.last.map { ".!?".contains($0) } == true || commaInside) ? bareNameCredit(afterTokens) : nil)
        // `Tolbert Nyenswah, …, told me, “….” Welch recalled long meetings …`: a quotation that
        // closes its sentence with a period, after a cue and its comma or colon, is that cue's; a
        // name and a verb after it open the next sentence
        if attribution != nil, content.last == ".", let mark = beforeTokens.last, mark.text == "," || mark.text == ":",
          let near = before(beforeTokens, maximumDistance: 3)
        {
          attribution = near
        }
        // `He said “the media” are trying to control people, and that these efforts are
        // “made-to-order for their objectives.” Hannity said that …`: a partial quotation that ends
        // the writer's sentence belongs to the cue of that sentence; the name after it opens the next
        let partial = isPartial(beforeTokens: beforeTokens, content: contentWords)
        let inWritersSentence = endsSentence && partial
        if inWritersSentence, attribution != nil,
          previousInParagraph.map({ $0.range.lowerBound >= sentence.lowerBound && !$0.speakerAsWritten.isEmpty }) == true
            || before(beforeTokens, maximumDistance: 20) != nil
        {
          attribution = nil
        }
        if attribution == nil || attribution!.distance > 2 {
          // a quotation that closes its sentence (`… said in a tweet that the plan “has all the
          // makings of a cover up.”`) belongs to that sentence's cue, however far back; a cue
          // further on is the next sentence's
          let closesSentence = content.last == "." || span.closeEnd.map { ce in
            text.utf8.dropFirst(ce).first(where: { $0 != 0x20 }).map { $0 == 0x2E } ?? true
          } ?? false
          // (a partial quotation inside reported speech, `The first change, she said, was … that
          // “pluralistic British values” are …`, is the speaker's too, unless a cue follows it)
          attribution = before(beforeTokens, maximumDistance: closesSentence || attribution == nil ? 40 : 14) ?? (closesSentence ? nil : attribution)
        }
        // `X tweeted that Orban is “…,” Politico reported`, `said “maybe” … but “maybe not,” according
        // to a Politico report`: a report or a publication is the channel; a person the sentence
        // already has speaking is the speaker
        if let a = attribution, isChannel(a), a.range.lowerBound > span.open {
          let sentenceTokens = Array(toks.tokens(within: sentence.lowerBound..<span.open))
          // (`A family member said that Wilson was “…,” according to an FBI affidavit`: a role too)
          if let person = before(beforeTokens, maximumDistance: 40).flatMap({ $0.written.isEmpty || isChannel($0) ? nil : $0 })
            ?? sentenceSubject(sentenceTokens, paragraph: paragraph.number, people: people, namedInFull: namedInFull, quoted: quoted)
          {
            attribution = person
          } else if let previous = previousInParagraph, previous.range.lowerBound >= sentence.lowerBound, !previous.speakerName.isEmpty {
            attribution = nil
          }
        }
        // `McConnell: “…”` (a list of statements): a short name, a colon, the quotation; `Added
        // Gibbs: “…”` is an inverted cue
        // (`Burr: "“This morning …`: a stray mark between is no matter)
        let leading = beforeTokens.reversed().drop { ["\"", "“", "”"].contains($0.text) }.reversed()
        if attribution == nil, let colon = leading.last, colon.text == ":", leading.count <= 7, leading.first?.range.lowerBound == sentence.lowerBound {
          let verb = leading.first.flatMap { Lexicon.cueVerbs.contains($0) ? $0.key : nil }
          if let phrase = nounPhrase(Array(leading.dropFirst(verb == nil ? 0 : 1).dropLast()), direction: .whole), !nameWords(phrase).isEmpty {
            attribution = describe(phrase, cue: verb ?? "(name and colon)", distance: 0)
          }
        }
        // `Derrick Johnson, interim president and CEO of the NAACP: “…”` (a list of statements with
        // the speaker's post after the name): a name, a comma, any description, a colon
        let lead = Array(leading)
        if attribution == nil, let colon = lead.last, colon.text == ":", lead.count <= 24, lead.first?.range.lowerBound == sentence.lowerBound,
          let comma = lead.firstIndex(where: { $0.text == "," }), comma > 0, comma <= 4,
          lead[..<comma].allSatisfy({ $0.isCapitalized || $0.text == "." }),
          !lead[comma...].contains(where: { $0.isLowercase && Lexicon.cueVerbs.contains($0) })
        {
          let name = Array(lead[..<comma])
          let words = nameWords(name)
          if !words.isEmpty, words.count == name.filter(\.isWord).count || name.count <= 4 {
            attribution = describe(name, cue: "(name and colon)", distance: 0)
          }
        }
        // a cue right after the mark that named nobody (`“…,” the four-term congressman said`) is
        // the attribution, not one back in the sentence
        // (`“…” and described …` is a second verb of the sentence's subject)
        let cueFollows = afterTokens.prefix(5).contains { $0.isLowercase && (Lexicon.cueVerbs.contains($0) || Lexicon.plainCueVerbs.contains($0)) }
          && !["and", "but", "or"].contains(afterTokens.first(where: \.isWord)?.key ?? "")
        let previousInSentence = previousInParagraph.map { $0.range.lowerBound >= sentence.lowerBound && !$0.speakerAsWritten.isEmpty } ?? false
        if attribution == nil && !cueFollows && !previousInSentence {
          // from the start of the sentence: `Mr. Royce called for Mr. Trump to “…” Mr. Putin at
          // the summit, adding, “…”` is Royce's, though Putin is named after the first quotation
          let sentenceTokens = Array(toks.tokens(within: sentence.lowerBound..<span.open))
          attribution = sentenceSubject(sentenceTokens, paragraph: paragraph.number, people: people, namedInFull: namedInFull, quoted: quoted)
            ?? documentBefore(beforeTokens)
            ?? coordinatedCueSubject(sentenceTokens, after: afterTokens, paragraph: paragraph.number, people: people, namedInFull: namedInFull, quoted: quoted)
            ?? colonLeadIn(sentenceTokens, paragraph: paragraph.number, people: people, namedInFull: namedInFull, quoted: quoted)
        }
        if attribution == nil, let credit = paragraphCredit { attribution = credit }
        // `… in some way," Walsh said. "It shows a lack of leadership,"`: a sentence that is only a
        // name and its cue, right before a quotation that opens the next one, credits it
        if attribution == nil, beforeTokens.isEmpty, sentence.lowerBound > 0, let previous = sentences.last(where: { $0.upperBound <= sentence.lowerBound }),
          previous.lowerBound >= prevEnd
        {
          // (after a closing mark, if the sentence holds one: the end of a quotation whose
          // opening mark is missing)
          let all = toks.tokens(within: previous)
          let bare = Array(all[((all.lastIndex { $0.text == "\"" || $0.text == "”" }).map { $0 + 1 } ?? all.startIndex)...])
          if bare.count <= 7, bare.last?.text == ".", let a = after(bare, closesSentence: true), a.distance <= 3, !a.name.isEmpty { attribution = a }
        }
        // `"For decades," Bush started, "the United States …`: a quotation split around a name and
        // one verb is that name's, whatever the verb
        if attribution == nil, si + 1 < spans.count, afterEnd == nextOpen, afterTokens.count >= 3, afterTokens.count <= 6,
          afterTokens.last?.text == ",", let verb = afterTokens.dropLast().last, verb.isLowercase,
          let name = nounPhrase(Array(afterTokens.dropLast(2)), direction: .whole), !nameWords(name).isEmpty,
          name.count == afterTokens.count - 2, commaInside
        {
          attribution = describe(name, cue: verb.key, distance: 0)
        }
        var quote = Quote(
          article: "", paragraph: paragraph.number, range: span.content, words: PersonFinder.slice(text, span.content), speaker: "",
          speakerAsWritten: "", cue: "", partial: partial)
        if let a = attribution {
          quote.speakerAsWritten = a.written
          quote.speakerName = a.name
          // `People for Bernie co-founder Charles Lenchner told`: a name the person finder did not
          // find in the phrase gives way to the last person it did find there
          if !a.name.isEmpty, !here.contains(where: { a.range.contains($0.range.lowerBound) && $0.name.last == a.name.last }),
            let found = here.last(where: { $0.vouched && a.range.contains($0.range.lowerBound) && $0.range.upperBound <= a.range.upperBound })
          {
            quote.speakerName = found.name
          }
          quote.speakerRange = a.range.isEmpty ? nil : a.range  // (a credit line stands outside the paragraph)
          quote.cue = a.cue
          if a.pronoun {
            let opening = toks.first { $0.range.lowerBound >= sentence.lowerBound }?.range.lowerBound
            quote.speakerName = resolvePronoun(
              a.written, paragraph: paragraph.number, offset: span.open, people: people, lastSpeaker: lastSpeaker?.quote,
              previousInParagraph: previousInParagraph, namedInFull: namedInFull, sentenceStart: opening, quoted: quoted,
              pronounAt: a.range.isEmpty ? nil : a.range.lowerBound)
            // `the editors of National Review wrote that … “…”. … “…,” they wrote.`: `they` after a
            // group's quotation is that group, kept as written like the group
            if quote.speakerName.isEmpty, WordTokenizer.foldCase(a.written) == "they",
              let group = previousInParagraph ?? lastSpeaker.flatMap({ $0.paragraph >= paragraph.number - 1 ? $0.quote : nil }),
              group.speakerName.isEmpty, isGroup(group.speakerAsWritten)
            {
              quote.speakerAsWritten = group.speakerAsWritten
            }
            // `Jiang … asked Trump about why he … “global competition,” … “Well, …,” he responded.`:
            // the one who answers is the one asked
            if let addressee = addressee(of: a.cue, in: toks, before: span.open, people: here) { quote.speakerName = addressee.name }
            // (the same pronoun again after the role's first quote is the role still)
            if let previous = previousInParagraph, previous.speakerName == quote.speakerName {
              quote.antecedentRole = previous.antecedentRole
            } else {
              quote.antecedentRole = roleSubject(toks, from: previousInParagraph?.range.upperBound ?? 0, before: span.open, people: here, quoted: quoted)
                .map { Quote.Place(paragraph: paragraph.number, range: $0) }
              // `The governor, who didn't take any questions, anticipated the pushback.` then a
              // paragraph `“…,” he said.`: a role that opens a sentence of the paragraph before,
              // with no quotation there, when nobody in this one speaks before the pronoun
              if quote.antecedentRole == nil, previousInParagraph == nil, pi > 0, lastSpeaker.map({ $0.paragraph < paragraph.number - 1 }) ?? true,
                Gender(pronoun: a.written) != nil,
                !here.contains(where: { $0.range.upperBound <= span.open }),
                let end = tokens[pi - 1].last?.range.upperBound,
                let role = roleSubject(tokens[pi - 1], from: 0, before: end, people: previousHere, quoted: previousQuoted)
              {
                quote.antecedentRole = Quote.Place(paragraph: paragraphs[pi - 1].number, range: role)
              }
            }
          }
        } else if let previous = previousInParagraph, sentenceOpener(after: previous, before: span.open, people: here) == nil,
          // (one word nobody says, `After an extended Thanksgiving “vacation,” he quit`, is a scare
          // quote; one in the sentence of the last, `calling the candidate a “phony” and “fraud.”`, is theirs)
          contentWords.count >= 2 || span.open == 0 || previous.range.lowerBound >= sentence.lowerBound
        {
          inherit(&quote, from: previous)
        } else if si == 0, span.open == 0, pi > 0,
          let intro = colonIntroducer(paragraphs[pi - 1], tokens: tokens[pi - 1], sentences: paragraphSentences[pi - 1], people: people)
        {
          quote.speakerAsWritten = intro.written
          quote.speakerName = intro.name
          quote.cue = "(colon before)"
        } else if si == 0, span.open == 0, pi > 0, (span.closeEnd ?? length) >= length - 1, lastSpeaker.map({ $0.paragraph < paragraph.number - 1 }) ?? true,
          let speech = reportedSpeechBefore(tokens: tokens[pi - 1], sentences: paragraphSentences[pi - 1])
        {
          quote.speakerAsWritten = speech.written
          quote.speakerName = speech.name
          if speech.pronoun {
            quote.speakerName = resolvePronoun(
              speech.written, paragraph: paragraphs[pi - 1].number, offset: speech.range.lowerBound, people: people, lastSpeaker: nil,
              previousInParagraph: nil, namedInFull: namedInFull, pronounAt: speech.range.lowerBound)
          }
          quote.cue = "(reported speech before)"
        } else if let last = lastSpeaker, last.paragraph == paragraph.number - 1,
          span.open == 0 || openAtParagraphEnd && si == 0
        {
          inherit(&quote, from: last.quote)
        } else if let last = lastSpeaker, span.open == 0, paragraph.number - last.paragraph <= 4,
          (span.closeEnd ?? length) >= length - 1,
          !people[people.partitionPoint { $0.paragraph <= last.paragraph }...].prefix(while: { $0.paragraph <= paragraph.number }).contains(where: \.speechSubject)
        {
          // a paragraph that is all quotation, a few paragraphs after the last speaker's quote with
          // only reported speech of the same person between (`she called for …`): still theirs
          inherit(&quote, from: last.quote)
        } else if !(span.open == 0 && span.closeEnd.map { $0 >= length - 1 } == true && endsSentence),
          contentWords.count < 6 || !(span.open == 0 && contentWords.count >= 6) && contentWords.count < 10,
          // (`For the record, Gibson told us he's pro-gay rights. "I don't like endless wars."`: a
          // sentence of its own, capitalised and closed, after someone's reported speech is theirs)
          !(beforeTokens.isEmpty && endsSentence && contentWords[0].isCapitalized && !quote.partial
            && speechSubject(before: paragraph.number, offset: span.open, people: people, since: lastSpeaker?.quote) != nil)
        {
          // a scare quote, a title, a term; not a short sentence that is the whole paragraph
          // (`“Is that a good idea?”` after `Davidson then tells Pence that …`)
          continue
        } else if !quote.partial, let subject = speechSubject(before: paragraph.number, offset: span.open, people: people, since: lastSpeaker?.quote) {
          // `Saltz emphasized that you need not agree. “If you’re talking about politics …”`, and a
          // quote paragraph after `Abu Zahra, 50, said protesters were peaceful.`: the last person
          // who spoke, in reported speech, just before
          quote.speakerAsWritten = subject.written
          quote.speakerName = subject.name
          quote.cue = "(reported speech before)"
        }
        quote.partial = quote.partial || contentWords.count < 4 && !(quote.text.last.map { ".!?".contains($0) } ?? false)
        if span.closeEnd == nil, si == spans.count - 1 { openEnded.insert(quotes.count) }
        quotes.append(quote)
        previousInParagraph = quote
        if !quote.speakerAsWritten.isEmpty { lastSpeaker = (paragraph.number, quote) }
      }
      openAtParagraphEnd = spans.last.map { $0.closeEnd == nil } ?? false
    }
    for i in quotes.indices.reversed() where openEnded.contains(i) && i + 1 < quotes.count {
      let next = quotes[i + 1]
      if next.cue == creditCue, next.paragraph == quotes[i].paragraph + 1 { inherit(&quotes[i], from: next) }
    }
    return quotes
  }

  static let creditCue = "(credit line after)"

  /// `Scott Bixby, Daily Beast`, `Michael Sean Winters, National Catholic Reporter`: the name
  /// before the first comma of a line of names under a quotation.
  static func creditLine(_ line: String) -> Attribution? {
    let toks = WordTokenizer.tokens(line)
    // (`William J. Burns and Jake Sullivan, The Atlantic`: the first of several names)
    let name = Array(toks.prefix { $0.text != "," && $0.key != "and" })
    guard name.count >= 2, name.count <= 5, name.allSatisfy({ $0.isCapitalized || $0.text == "." }) else { return nil }
    // (the person finder reads initials: `William J. Burns`)
    guard let person = PersonFinder.candidates(paragraph: 0, text: line, tokens: toks).first, person.range.lowerBound == 0, person.name.count >= 2 else {
      return nil
    }
    // (the line is not the paragraph's text: the phrase has no place in it)
    return Attribution(written: person.written, range: 0..<0, name: person.name, cue: creditCue, pronoun: false, distance: 0)
  }

  /// `So naturally, Donald Trump, he of no impulse control, had this to say on Tuesday:` or `CBS
  /// issued a statement in response, denying …:` before a paragraph that opens with a quotation:
  /// whatever the verb, the subject of the sentence that ends in the colon introduces it — the
  /// first person the sentence names as no object or owner, else the organisation that opens it.
  static func colonIntroducer(
    _ paragraph: Paragraph, tokens: [WordToken], sentences: [Range<Int>], people: [PersonFinder.Candidate]
  ) -> (written: String, name: [String])? {
    guard let colon = tokens.last, colon.text == ":", let sentence = sentences.last(where: { $0.lowerBound < colon.range.upperBound }) else { return nil }
    let words = Array(tokens.tokens(within: sentence.lowerBound..<colon.range.lowerBound))
    // `… thanks to tweets like this one, from Johns Hopkins epidemiologist Jennifer Nuzzo:`: a
    // person named right before the colon after `from` or `by` is the author, whatever the
    // sentence quoted before
    if let last = people.last(where: { $0.paragraph == paragraph.number && $0.range.upperBound <= colon.range.lowerBound }),
      last.vouched, last.range.upperBound == colon.range.lowerBound,
      let at = words.lastIndex(where: { $0.range.upperBound <= last.range.lowerBound && ($0.isLowercase || $0.kind == .punctuation) }),
      ["from", "by"].contains(words[at].key)
        || words[at].isLowercase && words[..<at].suffix(3).contains(where: { ["from", "by"].contains($0.key) })
    {
      return (last.written, last.name)
    }
    // the writer's own lead-in, not a sentence that quotes someone already
    guard !words.isEmpty, !words.contains(where: { ["\"", "“", "”"].contains($0.text) }) else { return nil }
    let from = people.partitionPoint { $0.paragraph < paragraph.number || $0.paragraph == paragraph.number && $0.range.lowerBound < sentence.lowerBound }
    for p in people[from...] {
      guard p.paragraph == paragraph.number, p.range.upperBound <= colon.range.lowerBound else { break }
      // (the first such, vouched or not: `then-Senator Obama used … on his opponent, Sen. John
      // McCain:` is Obama's; but a capitalised word opening the sentence, `Two years prior`, needs
      // something to vouch for it)
      if !p.governed, !p.possessive, p.vouched || p.range.lowerBound > sentence.lowerBound { return (p.written, p.name) }
    }
    // (`The government is taking liberties …, according to Rep. Rogers:`: the one the sentence
    // credits, though `to` governs the name)
    if let at = words.indices.last(where: { $0 + 2 < words.count && words[$0].key == "according" && words[$0 + 1].key == "to" }),
      let p = people[from...].prefix(while: { $0.paragraph == paragraph.number }).first(where: { $0.range.lowerBound >= words[at + 1].range.upperBound && $0.range.upperBound <= colon.range.lowerBound }),
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
      guard j + 1 < words.count, case let verb = words[j + 1], verb.isLowercase, !prepositions.contains(verb),
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

  /// `Politico reported`, `according to a Politico report`: a publication or a report that carries
  /// what someone said, not a person.
  static func isChannel(_ a: Attribution) -> Bool {
    guard a.cue == "according to" || a.cue == "reported" else { return false }
    guard let last = a.name.last else { return !a.pronoun }
    let key = WordTokenizer.foldCase(last)
    return a.name.count == 1 && (EntityFinder.organisations.contains(key) || EntityFinder.organisationHeads.contains(key))
  }

  /// A speaker phrase whose head is a plural noun of people (`the editors of National Review`,
  /// `two senior officials`): one that `they` can stand for.
  static func isGroup(_ written: String) -> Bool {
    let words = written.split(separator: " ").map { WordTokenizer.foldCase(String($0)) }
    let head = words.firstIndex { prepositions.contains($0) }.map { words[..<$0] } ?? words[...]
    guard let last = head.last, last.hasSuffix("s") else { return false }
    return Lexicon.speakerNouns.contains(last) || Lexicon.roleNouns.contains(last)
  }

  static func inherit(_ quote: inout Quote, from previous: Quote) {
    quote.speakerAsWritten = previous.speakerAsWritten
    quote.speakerName = previous.speakerName
    quote.cue = previous.cue
    quote.antecedentRole = previous.antecedentRole
  }

  /// A quotation is partial when it continues a sentence of the writer's (`to “do the right
  /// thing”`) rather than following a cue's colon or comma, or when it starts in lower case.
  static func isPartial(beforeTokens: [WordToken], content: [WordToken]) -> Bool {
    if let first = content.first, !first.isCapitalized && first.kind == .word { return true }
    guard let last = beforeTokens.last else { return false }
    if last.kind == .punctuation { return !(last.text == ":" || last.text == "," || last.text == "—" || last.text == "–") }
    return !Lexicon.cueVerbs.contains(last)
  }

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
    let window = Array(withoutAffiliations(t).prefix(20))
    // according to X
    if window.count >= 3, window[0].key == "according", window[1].key == "to" {
      return phraseAfterCue(window, cueIndex: 1, cue: "according to", distance: 0)
    }
    // (`“external stomachs,” in the words of Kevin Kelly, a co-founder of Wired`)
    if window.count >= 5, isWordsOf(window, 2) {
      return phraseAfterCue(window, cueIndex: 3, cue: "in the words of", distance: 0)
    }
    // `manifested “nothing wrong” as Trump has claimed`, `“…,” as Barr put it`: `as`, the
    // speaker, the cue
    if let first = window.first, first.key == "as", first.isLowercase,
      let c = window.indices.dropFirst().prefix(6).first(where: { window[$0].isLowercase && (Lexicon.cueVerbs.contains(window[$0]) || putItCue(window, $0)) })
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
      let reportsAfter = c > 0 && (tok.key == "reports" && window[c - 1].isCapitalized || tok.key == "read" && fitsRole(window[c - 1]))
      guard tok.kind == .word, tok.isLowercase,
        speechVerb(window, c) || plainSubject && Lexicon.plainCueVerbs.contains(tok) || backCue(window, c) || reportsAfter
      else { continue }
      if c == 0 {
        return phraseAfterCue(window, cueIndex: 0, cue: cuePhrase(window, 0), distance: 0)
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

  /// `“… run half-empty.” — Shawn Hubler, Erica L. Green and Dana Goldstein, New York Times`,
  /// `“…” ~ Bill Clinton, 1995 State Of The Union Speech`, `“…” MP3 Audio] — MSNBC host Martin
  /// Bashir on November 15`: a quotation that closes its sentence, then a dash and a name, is
  /// credited like a block quotation in a round-up; the first name of a list speaks.
  static func dashCredit(_ tokens: [WordToken]) -> Attribution? {
    // (a link label may stand between the mark and the dash, never a lower-case word)
    guard let dash = tokens.prefix(5).firstIndex(where: { $0.kind == .punctuation && ["—", "–", "~", "--"].contains($0.text) }),
      !tokens[..<dash].contains(where: { $0.isLowercase || ["“", "\"", "."].contains($0.text) })
    else { return nil }
    // capitals, and the roles and titles among them (`MSNBC host Martin Bashir`)
    var phrase = Array(tokens[(dash + 1)...].prefix { t in
      t.kind == .punctuation ? t.text == "." : t.isCapitalized || Lexicon.roleNouns.contains(t) || Lexicon.titles.contains(t)
    })
    // (`“We have the votes.” — Frank Thorp V (@frankthorp)`: an embedded tweet's author quotes
    // someone else)
    let end = dash + 1 + phrase.count
    if end + 1 < tokens.count, tokens[end].text == "(", tokens[end + 1].text.hasPrefix("@") { return nil }
    while phrase.last?.text == "." && !(phrase.count >= 2 && PersonFinder.isInitial(phrase[phrase.count - 2])) { phrase.removeLast() }
    guard phrase.count >= 2, phrase.count <= 8, phrase.last?.isCapitalized == true else { return nil }
    let named = describe(phrase, cue: "(credit after a dash)", distance: 0)
    return named.name.count >= 2 ? named : nil
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
      } else if t.text == "(" { depth += 1 } else if t.text == ")" { depth = max(depth - 1, 0) } else if depth == 0 {
        // D-Ill. / R-Texas: a party letter, a hyphen, a state
        if PersonFinder.partyTag(t) {
          // (`R-South Carolina`, `D-New York`: the state's second word goes with the tag)
          if i + 2 < tokens.endIndex, tokens[i + 1].isCapitalized, [",", ")", "."].contains(tokens[i + 2].text) { i += 1 }
          if i + 1 < tokens.endIndex, tokens[i + 1].text == "." { i += 1 }
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
      return t.kind == .word && t.isLowercase && speechVerb(tokens, i) || t.key == "according" || isWordsOf(tokens, i)
        || namedParticiple(tokens, i) || pluralCue(tokens, i) || backCue(tokens, i) || putItCue(tokens, i) || reportsCue(tokens, i) || foundCue(tokens, i)
        || pointsOut(tokens, i) || characterization(tokens, i) || goesOn(tokens, i)
    }) {
      guard tokens.count - c - 1 <= maximumDistance else { return nil }
      if let found = coordinatedRole(tokens, cue: c) ?? attribution(tokens, cue: c) { return found }
      end = c
    }
    return nil
  }

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

  /// `Harvard then sent this letter stating that Harvard “reserves the right …”`, `a statement
  /// saying “…”`: a participle right after a document or group that speaks has it for its subject.
  /// (not `those lawmakers urging Mr. Obama to …`: people after a determiner in a clause)
  static func documentParticiple(_ tokens: [WordToken], _ i: Int) -> Bool {
    i > 0 && tokens[i].isLowercase && Lexicon.participleCues.contains(tokens[i]) && documentNouns.contains(tokens[i - 1])
  }
  static let documentNouns: WordSet = [
    "statement", "announcement", "report", "letter", "memo", "filing", "lawsuit", "complaint", "ruling", "order",
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
  }
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
    let object = tokens[(i + 1)...].filter { !["\"", "“", "”"].contains($0.text) }
    return !object.isEmpty && object.count <= 6 && object.allSatisfy({ $0.kind != .punctuation }) && !prepositions.contains(object.first!)
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

  /// `Graham shot back, “…”`, `“…,” Trump fired back.`: a verb of attack with `back` after it
  /// answers like `retorted`.
  static func backCue(_ tokens: [WordToken], _ i: Int) -> Bool {
    i + 1 < tokens.count && tokens[i].kind == .word && tokens[i].isLowercase && backVerbs.contains(tokens[i]) && tokens[i + 1].key == "back"
  }
  static let backVerbs: WordSet = ["shot", "fired", "hit"]

  /// `As Beauchamp puts it in a summary statement: “…”`, `(as he puts it) that … “…”`: `put it`
  /// after `as` and a speaker a few words before.
  static func putItCue(_ tokens: [WordToken], _ i: Int) -> Bool { putItAs(tokens, i) != nil }

  /// Where the `as` of a `put it` cue at `i` stands.
  /// (`As the former senior White House aide put it`: a role of several words may stand between)
  static func putItAs(_ tokens: [WordToken], _ i: Int) -> Int? {
    guard i >= 2, i + 1 < tokens.count, tokens[i].isLowercase, tokens[i].key == "put" || tokens[i].key == "puts", tokens[i + 1].key == "it" else { return nil }
    return tokens[max(i - 8, 0)..<(i - 1)].lastIndex { $0.key == "as" }
  }

  /// `Democrats argue that … an "ideologically-driven action"`, `The lawmakers add that "…"`: a
  /// plain cue form after a plural noun, before `that`.
  static func pluralCue(_ tokens: [WordToken], _ i: Int) -> Bool {
    guard i > 0, i + 1 < tokens.count, tokens[i].isLowercase, Lexicon.plainCueVerbs.contains(tokens[i]), tokens[i + 1].key == "that" else { return false }
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

  static func attribution(_ tokens: [WordToken], cue c: Int) -> Attribution? {
    let distance = tokens.count - c - 1
    if let quoted = quotedAs(tokens, cue: c) { return describe(quoted, cue: tokens[c].key, distance: distance) }
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
    // `The left, says Bobby Jindal, wants to “…”`: an inverted cue set off by commas inside the
    // sentence, with no speaker before it, names the one after it
    if c > 0, tokens[c - 1].text == ",", Lexicon.inversionCues.contains(tokens[c]),
      let named = phraseAfterCue(tokens, cueIndex: c, cue: cuePhrase(tokens, c), distance: distance), !named.name.isEmpty,
      named.range.upperBound <= tokens[tokens.count - 1].range.lowerBound,
      let next = tokens.first(where: { $0.range.lowerBound >= named.range.upperBound }), next.text == ","
    {
      return named
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
    if c >= 3, Lexicon.participleCues.contains(tokens[c]), tokens[c - 1].text == ",", let run = clauseSubject(tokens[..<(c - 1)]),
      let first = run.first, let last = run.last,
      let p = people[people.partitionPoint { $0.paragraph < paragraph || $0.paragraph == paragraph && $0.range.lowerBound < first.range.lowerBound }...]
        .first(where: { $0.paragraph == paragraph && $0.range.upperBound == last.range.upperBound }),
      // (a name in full opening the clause before its verb vouches for itself)
      p.name.count >= 2 || vouchedOrNamedInFull(p, namedInFull)
    {
      return Attribution(written: p.written, range: p.range, name: p.name, cue: tokens[c].key, pronoun: false, distance: tokens.count - c - 1)
    }
    let cueStart = tokens[c].range.lowerBound
    let from = people.partitionPoint { $0.paragraph < paragraph || $0.paragraph == paragraph && $0.range.lowerBound < start }
    for p in people[from...] {
      guard p.paragraph == paragraph, p.range.upperBound <= cueStart else { break }
      // a name inside a quotation is not who speaks it
      guard vouchedOrNamedInFull(p, namedInFull), !quoted.contains(where: { $0.contains(p.range.lowerBound) }) else { continue }
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

  /// `On Jan 14th he posed a question to the followers of the page: “…”`: the writer's sentence
  /// that ends in a colon right before the quotation introduces it, whatever its verb — the first
  /// person it names as no object or owner, else a pronoun near its start that is its subject.
  static func colonLeadIn(
    _ tokens: [WordToken], paragraph: Int, people: [PersonFinder.Candidate], namedInFull: FullNames, quoted: [Range<Int>]
  ) -> Attribution? {
    guard let colon = tokens.last, colon.text == ":", let first = tokens.first,
      !tokens.contains(where: { ["\"", "“", "”"].contains($0.text) })
    else { return nil }
    if let p = firstSubject(in: first.range.lowerBound..<colon.range.lowerBound, paragraph: paragraph, tokens: tokens, people: people, namedInFull: namedInFull, quoted: quoted) {
      return Attribution(written: p.written, range: p.range, name: p.name, cue: "(colon)", pronoun: false, distance: 0)
    }
    // (not `When he arrived, the crowd chanted:`: a pronoun after `when`, `as` is a clause's own)
    guard let at = tokens.prefix(6).firstIndex(where: { $0.kind == .word && ["he", "she", "they"].contains($0.key) }),
      !(at > 0 && subordinators.contains(tokens[at - 1])), !tokens[..<at].contains(where: { $0.text == "," })
    else { return nil }
    return Attribution(written: tokens[at].text, range: tokens[at].range, name: [], cue: "(colon)", pronoun: true, distance: 0)
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

  static func phraseAfterCue(_ tokens: [WordToken], cueIndex: Int, cue: String, distance: Int) -> Attribution? {
    let rest = Array(tokens[(cueIndex + 1)...])
    guard let first = rest.first, first.kind == .word else { return nil }
    // (`said former NSA director Michael Hayden`: a modifier may open it)
    if !(first.isCapitalized || Lexicon.determiners.contains(first) || Lexicon.pronouns.contains(first) || isModifier(first)) { return nil }
    guard let phrase = nounPhrase(rest, direction: .rightOfCue), let end = rest.firstIndex(where: { $0.range == phrase[phrase.count - 1].range }) else {
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
      })
      else { return nil }
    case .leftOfCue:
      var t = tokens
      while let last = t.last, isTrailingAdverb(last) { t.removeLast() }
      phrase = []
      var commas = 0
      while let last = t.last, fits(last) || t.count >= 2 && phrase.first.map({ pluralPossessive(t[t.count - 2], last, before: $0) }) == true {
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
        if last.text == "." && !(t.count >= 2 && (Lexicon.titles.contains(t[t.count - 2]) || t[t.count - 2].text.utf8.count == 1)) { break }
        phrase.insert(last, at: 0)
        t.removeLast()
        if Lexicon.pronouns.contains(last) { break }
      }
      // (`When I was a new lawyer, a colleague told me`: a comma before a whole phrase opened by an
      // article, with no name before it and no comma closing it, ends a clause, not a name's appositive)
      if let comma = phrase.firstIndex(where: { $0.text == "," }), comma + 1 < phrase.count, ["a", "an", "the"].contains(phrase[comma + 1].key),
        !phrase[(comma + 1)...].contains(where: { $0.text == "," }), nameWords(Array(phrase[..<comma])).isEmpty
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
      for t in tokens {
        if t.kind == .punctuation && t.text == "," { break }
        if t.kind == .punctuation && t.text == "." && !(phrase.last.map { Lexicon.titles.contains($0) || $0.text.utf8.count == 1 } ?? false) { break }
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
      || words.contains(where: { $0.isCapitalized && !Lexicon.sentenceWords.contains($0) || Lexicon.roleNouns.contains($0) || Lexicon.speakerNouns.contains($0) })
    return ok ? phrase : nil
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
      let titleSoFar = !part.isEmpty && part.allSatisfy(isRole)
        || !part.isEmpty && part.allSatisfy(\.isCapitalized) && part.last.map(isRole) == true
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
    // `The Washington Free Beacon`: `the` and capitals with no title, role or first name among
    // them name an organisation, place words and all (not the `Free Beacon` the name rule keeps)
    if !pair, let org = organisationName(phrase), org.count > name.count { return Attribution(written: written, range: range, name: org, cue: cue, pronoun: false, distance: distance) }
    return Attribution(written: written, range: range, name: pair ? [] : name, cue: cue, pronoun: false, distance: distance)
  }

  /// The words of `The Washington Free Beacon` after `the`, when all are capitalised (small words
  /// `of`, `and`, `for` between) and none is a title, a role noun or a first name.
  static func organisationName(_ phrase: [WordToken]) -> [String]? {
    guard let the = phrase.first, the.key == "the" else { return nil }
    let rest = phrase.dropFirst()
    guard rest.count >= 2, rest.allSatisfy({ $0.kind == .word }), rest.first!.isCapitalized, rest.last!.isCapitalized,
      rest.allSatisfy({ $0.isCapitalized || ["of", "and", "for", "&"].contains($0.key) }),
      !rest.contains(where: { Lexicon.isTitle($0.key) || Lexicon.roleNouns.contains($0) || FirstNames.all.contains($0) }),
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
      let titleSurname = run.isEmpty && afterFirstName && t.isCapitalized && !k.hasSuffix(".")
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
    return run.map { PersonFinder.isInitial($0) ? $0.text + "." : stripPossessive($0.text) }
  }

  /// Two name words or more and nothing else (`Manuel Antonio Tejarino`, not `health policy professor`).
  static func isFullName(_ phrase: [WordToken]) -> Bool {
    let n = nameWords(phrase).count
    return n >= 2 && n == phrase.filter(\.isWord).count
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
    pronounAt: Int? = nil
  ) -> [String] {
    let name = antecedent(
      pronoun, paragraph: paragraph, offset: offset, people: people, lastSpeaker: lastSpeaker, previousInParagraph: previousInParagraph,
      namedInFull: namedInFull, sentenceStart: sentenceStart, quoted: quoted, pronounAt: pronounAt)
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
      namedInFull: namedInFull, sentenceStart: sentenceStart, quoted: quoted, pronounAt: at)
  }

  /// The person `pronoun` stands for, read from the people named before it and the speakers
  /// before it.
  static func antecedent(
    _ pronoun: String, paragraph: Int, offset: Int, people: [PersonFinder.Candidate], lastSpeaker: Quote?,
    previousInParagraph: Quote?, namedInFull: FullNames, sentenceStart: Int?, quoted: [Range<Int>], pronounAt: Int?
  ) -> [String] {
    // `I` and `we` outside quotation marks are the writer, whom the article does not name, and
    // `they` are more than one person
    if ["i", "we", "they"].contains(WordTokenizer.foldCase(pronoun)) { return [] }
    // `she` is never a man the article named, nor `he` a woman
    let wanted = Gender(pronoun: pronoun)
    func fits(_ name: [String], _ written: String) -> Bool {
      guard let wanted, !name.isEmpty, let gender = Gender.of(name: name, written: written, in: people) else { return true }
      return gender == wanted
    }
    func fits(_ q: Quote) -> Bool { !q.speakerName.isEmpty && fits(q.speakerName, q.speakerAsWritten) }
    // the people named in this paragraph before the quote and in the one before it; candidates
    // are in text order, so the window is found by binary search and kept short
    let end = people.partitionPoint { $0.paragraph < paragraph || $0.paragraph == paragraph && $0.range.upperBound <= offset }
    // this paragraph's people before the quote; a name inside a quotation (`“My son Seth signed
    // …,” he said`) is someone the speaker talks about
    let hereStart = people[..<end].partitionPoint { $0.paragraph < paragraph }
    let spoken = { (p: PersonFinder.Candidate) in p.paragraph == paragraph && quoted.contains { $0.contains(p.range.lowerBound) } }
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
    return people[..<end].last(where: { $0.vouched && fits($0.name, $0.written) })?.name ?? []
  }
}
