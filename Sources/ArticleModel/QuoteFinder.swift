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
    // (set 43: `in an editorial headlined “The Sinclair story just got worse, thanks to U.S. Sen.
    // Dick Durbin.”`: a title of any length)
    "headlined", "captioned", "subtitled",
  ]
  /// Markers that give a work's title, however long (`titled`), not a term's few words.
  static let titleMarkers: WordSet = ["titled", "entitled", "headlined", "captioned", "subtitled"]

  /// Labels that open the items of a list before a colon (`Claim: ‘…’`): no speaker's name.
  static let colonLabels: WordSet = ["claim", "myth", "fact", "truth", "reality", "verdict", "question", "answer", "q", "a", "update", "note", "rating", "quote", "headline"]

  /// `I’m a New Yorker` is someone speaking, not a title.
  static let firstPerson: WordSet = ["i", "i'm", "i've", "i'll", "i'd"]

  /// Words a title leaves in lower case (`A Journey to the Rivers`).
  static let titleSmallWords: WordSet = ["of", "the", "and", "a", "an", "in", "on", "with", "to", "for", "at", "by", "from", "or"]

  /// Nouns that name a work whose title follows in quotation marks.
  static let worksOfTitle: WordSet = [
    "podcast", "show", "program", "programme", "book", "film", "movie", "series", "song", "album", "column",
    "newsletter", "documentary", "play", "novel", "essay", "episode",
    // (set 47: `the first documentary video, “Under the Gun,”`)
    "video",
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
    // (`says AP senior managing editor Mike Oreskes`: -ing words that qualify a post, which the
    // modifier test refuses as verbs)
    "managing", "acting", "founding", "outgoing", "incoming", "ranking", "presiding",
  ]

  /// The quotations of an article, given each paragraph's text (paragraph `i + 1` is
  /// `paragraphs[i]`), tokens and sentence ranges.
  static func find(
    in paragraphs: [String], tokens: [[WordToken]], sentences paragraphSentences: [[Range<Int>]], people: [PersonFinder.Candidate],
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
    for (pi, text) in paragraphs.enumerated() {
      let number = pi + 1  // (the paragraph's, 1-based)
      let toks = tokens[pi]
      let here = people[people.partitionPoint { $0.paragraph < number }...].prefix { $0.paragraph == number }
      let spans = QuoteSpan.find(in: text, paragraph: number)
      let quoted = spans.map(\.content)
      defer { (previousHere, previousQuoted) = (here, quoted) }
      let sentences = paragraphSentences[pi]
      var previousInParagraph: Quote? = nil
      // where the last quotation that did not take its speaker from the one before it ends
      var chainStart = 0
      // the last span dropped as a term named (`known as “…”`): a list goes on with the next
      var lastTerm = -2
      // a paragraph of quotation (it opens with one and ends in one) over a line of names
      // (set 61: or after a lead-in of nobody in particular, `Others note, “…”` over `Kyle Smith,
      // National Review`)
      let opensWithQuotation = spans.first.map { $0.open == 0 || $0.open <= 40 && toks.first.map { Self.genericSubjects.contains($0) } == true } ?? false
      let paragraphCredit = pi < creditLines.count && opensWithQuotation
        && spans.last.map { ($0.closeEnd ?? text.utf8.count) >= text.utf8.count - 1 } == true
        ? creditLines[pi].flatMap(creditLine)
          // (`“Stability is in unity.”` over `— Mencius (372 – 292 BC), Chinese philosopher`: an
          // epigraph, its author in the next paragraph after a dash; one name is enough there)
          ?? (pi + 1 < tokens.count ? dashCredit(tokens[pi + 1], lone: true) : nil)
        : nil
      // spans dropped as a name the writer mentions: the writer's sentence goes on through them
      var mentioned: Set<Int> = []
      // quotations of a series waiting for the credit of the last (`called it “a reckless gamble”
      // and “a gift to our enemies,” Dobbins said`), for span `series.next`; `kept` ones stand
      // without a speaker when the series has none, the others were scare quotes
      var series: (next: Int, quotes: [(quote: Quote, kept: Bool)]) = (-1, [])
      // (`[17] Akerlof, G. & Yellen, J. (1996). “New mothers, not married: …” The Brookings
      // Institute.`: a note or a bibliography entry quotes the titles of works, nobody's words)
      if !spans.isEmpty, Self.isReferenceEntry(toks) {
        openAtParagraphEnd = false
        continue
      }
      for (si, span) in spans.enumerated() {
        var inheritedInParagraph = false
        if series.next != si { flushSeries(&series, into: &quotes) }
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
        // (`‘HOW HIGH?’`, `‘Fairly Benign’`: a paragraph of a few words in single marks is a wire
        // story's subhead, a quotation's words set over the section that quotes them)
        if span.open == 0, span.isSingle(in: text), (span.closeEnd ?? length) >= length - 1, contentWords.count <= 8 { continue }
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
        // (a sentence's or a clause's end inside the marks: what titles, names of acts and
        // mentioned words lack)
        let closedInside = content.last.map { ".!?,".contains($0) } ?? false
        // `Carson told "The Story" Thursday that …`: capitals right after `told` name the program
        // spoken to, whose words are no quotation (not `he told “No one…”`: that ends a sentence)
        if let told = beforeTokens.last, told.key == "told", told.isLowercase, (1...5).contains(contentWords.count), contentWords[0].isCapitalized,
          contentWords.allSatisfy({ $0.isCapitalized || titleSmallWords.contains($0) }), !contentWords.contains(where: { Self.firstPerson.contains($0) }),
          !closedInside
        {
          continue
        }
        // (`titled, “…”`: the marker may stand before a comma or a colon)
        if let marker = beforeTokens.last(where: { $0.kind == .word }), scareMarkers.contains(marker), !endsWithCaller(beforeTokens),
          beforeTokens.reversed().prefix(while: { $0.kind != .word }).allSatisfy({ $0.text == "," }),
          contentWords.count <= 6 || titleMarkers.contains(marker) && contentWords.count <= 25
        {
          lastTerm = si
          continue
        }
        // `also referred to as “principles”`, `known as “the Donald”`
        // (not `Anthropologist Emanuel Marx described tribes as “units of subsistence.”`: the
        // active verb with its object between is someone's characterization, in his words)
        let lastWords = beforeTokens.suffix(3).map(\.key)
        // (set 52: `Walker referred to Cullen as “…”`: the active verb may take `to` and its object)
        let activeDescription = beforeTokens.indices.suffix(5).last(where: { ["described", "referred"].contains(beforeTokens[$0].key) && beforeTokens[$0].isLowercase })
          .map { v in
            v >= 1 && beforeTokens[v - 1].isCapitalized && beforeTokens[v - 1].kind == .word
              && beforeTokens.count - 1 - v >= (beforeTokens[v].key == "referred" ? 3 : 2)
          } ?? false
        // (`Richard Cordray, often described as a liberal “progressive populist,”`: an article
        // and adjectives may stand between the `as` and the mark)
        let namedAfterAs = beforeTokens.indices.suffix(4).last(where: { beforeTokens[$0].key == "as" }).map { a in
          a >= 1 && namingVerbs.contains(beforeTokens[a - 1]) && beforeTokens[(a + 1)...].allSatisfy { $0.kind == .word && $0.isLowercase && !Lexicon.cueVerbs.contains($0) }
            // (not `Obama offered what he described as a “cautionary note”`: the caller's words)
            && !endsWithCaller(Array(beforeTokens[...a]))
        } ?? false
        if lastWords.last == "as" && lastWords.contains(where: namingVerbs.contains) || namedAfterAs, contentWords.count <= 6, !activeDescription,
          !endsWithCaller(beforeTokens)
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
          !closedInside
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
        // (`“Tries” is doing a lot of work here.`: a word or two in quotes as the subject of the
        // writer's verb are the words themselves, mentioned, in a sentence with no speech verb;
        // not `Snowden has said his “sole motive” was to inform …`)
        if contentWords.count <= 2, !sentenceHas({ Lexicon.isCueForm($0) || Self.characterizingVerbs.contains($0) }), !closedInside, let next = afterTokens.first, next.isLowercase,
          ["is", "was", "has", "does", "means", "meant", "appears", "appeared"].contains(next.key)
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
        // (set 63: `It read: “Went to SXSW & all I got was this coronavirus.”`: a sentence in the
        // marks right after a speech verb and its colon is someone's words, whoever the `it` is)
        let verbBeforeColon = beforeTokens.count >= 2 && beforeTokens.last?.text == ":" ? beforeTokens[beforeTokens.count - 2] : nil
        let afterSpeechColon = endsSentence
          && verbBeforeColon.map { $0.isLowercase && (Lexicon.cueVerbs.contains($0) || $0.key == "read" || $0.key == "reads") } == true
        // (`“…,” said`: the comma that closes the words inside the marks)
        let commaInside = text.utf8.dropFirst(span.content.upperBound).first == 0x2C
        // (`“[H]ow he could even pose such a question.” Perhaps Holt asked because …`: after a
        // period inside the marks, a sentence that opens with an adverb (not `But he said`) is the
        // writer's next one, its cue no credit)
        let nextSentenceOpens = content.last == "." && afterTokens.first.map { $0.isCapitalized && ["perhaps", "maybe", "still", "instead"].contains($0.key) } == true
        var attribution = (nextSentenceOpens ? nil : after(afterTokens, closesSentence: endsSentence)) ?? (endsSentence ? dashCredit(afterTokens) : nil)
          // (a sentence's worth of words closed inside the marks: not the nickname in `“Rocket Man” Kim Jong Un`)
          ?? (contentWords.count >= 4 && (content.last.map { ".!?".contains($0) } == true || commaInside) ? bareNameCredit(afterTokens) : nil)
        // `“…,” it said`: the group or document `it` stands for; when the paragraphs show none, the
        // quotation is read as one with no cue after it (a cue before it, or the speaker before,
        // may credit it)
        var itSpeaker: String? = nil
        if let a = attribution, WordTokenizer.foldCase(a.written) == "it" {
          itSpeaker = itAntecedent(
            previous: previousInParagraph ?? lastSpeaker.map(\.quote), paragraph: number,
            before: toks.tokens(within: 0..<span.open), previousParagraph: pi > 0 ? tokens[pi - 1] : [])
          if itSpeaker == nil { attribution = nil }
        }
        // `noting: “…plasma must only be collected ….” According to The Atlantic, “the idea …”`: a
        // new sentence that opens with `According to X,` right before the next quotation leads
        // that one in
        if attribution != nil, endsSentence, afterEnd == nextOpen, si + 1 < spans.count, afterTokens.last?.text == ",",
          let first = afterTokens.first(where: \.isWord), first.key == "according", first.isCapitalized
        {
          attribution = nil
        }
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
            ?? sentenceSubject(sentenceTokens, paragraph: number, people: people, namedInFull: namedInFull, quoted: quoted)
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
          // (not `Claim: ‘Face masks don’t work’`, `Myth: …`: a label of a list, no one's name)
          if let phrase = nounPhrase(Array(leading.dropFirst(verb == nil ? 0 : 1).dropLast()), direction: .whole), !nameWords(phrase).isEmpty,
            !(phrase.count == 1 && Self.colonLabels.contains(phrase[0]))
          {
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
        // `Says AP Executive Editor Kathleen Carroll, "…"`: a cue verb that opens the sentence, its
        // subject after it, then a comma and the quotation
        if attribution == nil, let comma = lead.last, comma.text == ",", lead.count >= 3, lead.count <= 14,
          lead.first?.range.lowerBound == sentence.lowerBound, let verb = lead.first, verb.isCapitalized, Lexicon.cueVerbs.contains(verb),
          let phrase = nounPhrase(Array(lead.dropFirst().dropLast()), direction: .whole), !nameWords(phrase).isEmpty
        {
          attribution = describe(phrase, cue: verb.key, distance: 0)
        }
        // a cue right after the mark that named nobody (`“…,” the four-term congressman said`) is
        // the attribution, not one back in the sentence
        // (`“…” and described …` is a second verb of the sentence's subject)
        let cueFollows = afterTokens.prefix(5).contains { $0.isLowercase && (Lexicon.cueVerbs.contains($0) || Lexicon.plainCueVerbs.contains($0)) }
          && !["and", "but", "or"].contains(afterTokens.first(where: \.isWord)?.key ?? "")
        let previousInSentence = previousInParagraph.map { $0.range.lowerBound >= sentence.lowerBound && !$0.speakerAsWritten.isEmpty } ?? false
        // (`Dr. Regnerus quoted Sigmund Freud on this issue: “…”`: the one quoted speaks)
        if attribution == nil, let q = quotedBeforeMark(Array(toks.tokens(within: sentence.lowerBound..<span.open))) { attribution = q }
        if attribution == nil && !cueFollows && !previousInSentence {
          // from the start of the sentence: `Mr. Royce called for Mr. Trump to “…” Mr. Putin at
          // the summit, adding, “…”` is Royce's, though Putin is named after the first quotation
          let sentenceTokens = Array(toks.tokens(within: sentence.lowerBound..<span.open))
          attribution = sentenceSubject(sentenceTokens, paragraph: number, people: people, namedInFull: namedInFull, quoted: quoted)
            ?? documentBefore(beforeTokens)
            ?? coordinatedCueSubject(sentenceTokens, after: afterTokens, paragraph: number, people: people, namedInFull: namedInFull, quoted: quoted)
            ?? colonLeadIn(sentenceTokens, paragraph: number, people: people, namedInFull: namedInFull, quoted: quoted)
            ?? (contentWords.first?.isCapitalized == true && endsSentence
              ? commaLeadIn(sentenceTokens, paragraph: number, people: people, namedInFull: namedInFull, quoted: quoted) : nil)
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
        // (`“Admirable as is the monument,” he began, “it does not …”`: and a pronoun and one verb)
        if attribution == nil, si + 1 < spans.count, afterEnd == nextOpen, afterTokens.count == 3, afterTokens[2].text == ",",
          afterTokens[0].isLowercase, Lexicon.pronouns.contains(afterTokens[0]), afterTokens[1].isLowercase, afterTokens[1].isWord,
          !Lexicon.determiners.contains(afterTokens[1]), commaInside
        {
          attribution = describe([afterTokens[0]], cue: afterTokens[1].key, distance: 0)
        }
        var quote = Quote(
          paragraph: number, range: span.content, words: PersonFinder.slice(text, span.content), speaker: "",
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
          // `“…,” the lobbyist said` after `…, as one GOP lobbyist put it`: the unnamed speaker the
          // article gave before with the same head noun
          // (not `The other caller said` after `One caller said`: someone else with that noun)
          if a.name.isEmpty, !a.pronoun, WordTokenizer.foldCase(a.written).hasPrefix("the "), let head = a.written.split(separator: " ").last,
            !a.written.split(separator: " ").contains(where: { ["other", "second", "third", "another", "different"].contains($0.lowercased()) }),
            let earlier = quotes.last(where: { q in
              q.speakerName.isEmpty && q.roleSpeaker == nil && q.speakerAsWritten.split(separator: " ").last == head
                && !WordTokenizer.foldCase(q.speakerAsWritten).hasPrefix("the ") && q.speakerAsWritten.contains(" ")
            })
          {
            quote.roleSpeaker = earlier.speakerAsWritten
          }
          quote.cue = a.cue
          if let itSpeaker, WordTokenizer.foldCase(a.written) == "it" {
            quote.speakerAsWritten = itSpeaker
            quote.speakerRange = nil
          }
          if a.pronoun {
            let opening = toks.first { $0.range.lowerBound >= sentence.lowerBound }?.range.lowerBound
            quote.speakerName = resolvePronoun(
              pronounOf(a.written), paragraph: number, offset: span.open, people: people, lastSpeaker: lastSpeaker?.quote,
              previousInParagraph: previousInParagraph, namedInFull: namedInFull, sentenceStart: opening, quoted: quoted,
              pronounAt: a.range.isEmpty ? nil : a.range.lowerBound, previousQuoted: previousQuoted,
              continuing: Self.continuingCues.contains(a.cue))
            // `the editors of National Review wrote that … “…”. … “…,” they wrote.`: `they` after a
            // group's quotation is that group, kept as written like the group
            if quote.speakerName.isEmpty, WordTokenizer.foldCase(a.written) == "they",
              let group = previousInParagraph ?? lastSpeaker.flatMap({ $0.paragraph >= number - 1 ? $0.quote : nil }),
              group.speakerName.isEmpty, isGroup(group.speakerAsWritten)
            {
              quote.speakerAsWritten = group.speakerAsWritten
            } else if quote.speakerName.isEmpty, WordTokenizer.foldCase(a.written) == "they",
              let group = theyAntecedent(before: toks.tokens(within: 0..<span.open), previousParagraph: pi > 0 ? tokens[pi - 1] : [])
            {
              // (`more than 20 students signed a letter …. They called MacDonald a “fascist.”`)
              quote.speakerAsWritten = group
            } else if quote.speakerName.isEmpty, WordTokenizer.foldCase(a.written) == "they",
              let named = quotes.last(where: { !$0.speakerName.isEmpty }), named.paragraph >= number - 2,
              Self.namesPair(named.speakerAsWritten)
            {
              // (set 69: `Pelosi and Blumenauer said that … “…”` then `“…,” the statement
              // continued` and `“…,” they added`: the pair last quoted by name, led by its first)
              quote.speakerName = named.speakerName
            }
            // `Jiang … asked Trump about why he … “global competition,” … “Well, …,” he responded.`:
            // the one who answers is the one asked
            if let addressee = addressee(of: a.cue, in: toks, before: span.open, people: here) {
              quote.speakerName = addressee.name
            } else if !a.range.isEmpty,
              let person = personOfSentenceBefore(
                pronoun: a.written, cue: a.cue, pronounAt: a.range.lowerBound, sentence: sentence, sentences: sentences, tokens: toks, people: here,
                allPeople: people, namedInFull: namedInFull, quoted: quoted, resolved: quote.speakerName)
            {
              quote.speakerName = person
            } else if !a.range.isEmpty,
              let role = indefiniteRoleBefore(
                pronoun: a.written, pronounAt: a.range.lowerBound, sentence: sentence, sentences: sentences, tokens: toks, people: here,
                namedInFull: namedInFull, resolved: quote.speakerName)
            {
              quote.speakerName = []
              quote.roleSpeaker = role
            } else if !a.range.isEmpty, span.open == 0, pi > 0, previousInParagraph == nil,
              lastSpeaker.map({ $0.paragraph < number - 1 }) ?? true, previousQuoted.isEmpty,
              let opening = paragraphSentences[pi - 1].first,
              let role = indefiniteRoleBefore(
                pronoun: a.written, pronounAt: opening.upperBound, sentence: opening, sentences: paragraphSentences[pi - 1], tokens: tokens[pi - 1],
                people: previousHere, namedInFull: namedInFull, resolved: quote.speakerName, within: [opening])
            {
              // (set 49: `But one Google employee, who declined to be named …, said he agreed with
              // Trump’s policy.` then a paragraph `“…,” he said`: the role that opens the paragraph
              // before, with no quotation there, is who goes on)
              quote.speakerName = []
              quote.roleSpeaker = role
            }
            // (the same pronoun again after the role's first quote is the role still)
            if let previous = previousInParagraph, previous.speakerName == quote.speakerName {
              quote.antecedentRole = previous.antecedentRole
            } else {
              quote.antecedentRole = roleSubject(toks, from: previousInParagraph?.range.upperBound ?? 0, before: span.open, people: here, quoted: quoted)
                .map { Quote.Place(paragraph: number, range: $0) }
              // `The governor, who didn't take any questions, anticipated the pushback.` then a
              // paragraph `“…,” he said.`: a role that opens a sentence of the paragraph before,
              // with no quotation there, when nobody in this one speaks before the pronoun
              if quote.antecedentRole == nil, previousInParagraph == nil, pi > 0, lastSpeaker.map({ $0.paragraph < number - 1 }) ?? true,
                Gender(pronoun: a.written) != nil,
                !here.contains(where: { $0.range.upperBound <= span.open }),
                let end = tokens[pi - 1].last?.range.upperBound,
                let role = roleSubject(tokens[pi - 1], from: 0, before: end, people: previousHere, quoted: previousQuoted)
              {
                quote.antecedentRole = Quote.Place(paragraph: pi, range: role)
              }
            }
            // (the name the pronoun found stays the answer when the role resolves to nobody)
            if quote.antecedentRole == nil, quote.roleSpeaker == nil, let last = lastSpeaker?.quote,
              let role = roleGoingOn(after: last, pronoun: a, paragraph: number, people: people)
            {
              quote.antecedentRole = role
            }
          }
          // `FDA said. … The agency discussed …, “…”`: the organisation a definite noun stands for,
          // named before the quotation (not inside it: `“…PREPA, FEMA has …,” the agency said`)
          let written = quote.speakerAsWritten.split(separator: " ")
          if quote.speakerName.isEmpty, written.count == 2, written[0].lowercased() == "the",
            let name = organisationAntecedent(of: String(written[1]), paragraphs: tokens[..<(pi + 1)], end: span.open)
          {
            quote.speakerName = name
          }
        } else if let previous = previousInParagraph, sentenceOpener(after: previous, before: span.open, people: here, namedInFull: namedInFull) == nil,
          // (one word nobody says, `After an extended Thanksgiving “vacation,” he quit`, is a scare
          // quote; one in the sentence of the last, `calling the candidate a “phony” and “fraud.”`, is theirs)
          contentWords.count >= 2 || span.open == 0 || previous.range.lowerBound >= sentence.lowerBound,
          // (set 48: a page that lost its paragraph breaks is one paragraph of fifty sentences, where
          // `Expert J.J. McNab told the Associated Press …` gave him every scare quote after it: the
          // speaker goes on two of the writer's sentences at most from the quotation that named
          // them; sentences inside quotation marks are the speaker's own and do not count)
          sentences.lazy.filter({ s in
            s.lowerBound >= chainStart && s.lowerBound <= span.open
              && !spans.contains { s.lowerBound >= $0.open && s.lowerBound < ($0.closeEnd ?? $0.content.upperBound) }
          }).count <= 2
        {
          inherit(&quote, from: previous)
          inheritedInParagraph = true
        } else if si == 0, span.open == 0, pi > 0,
          let intro = colonIntroducer(paragraph: pi, tokens: tokens[pi - 1], sentences: paragraphSentences[pi - 1], people: people)
        {
          quote.speakerAsWritten = intro.written
          quote.speakerName = intro.name
          quote.cue = "(colon before)"
        } else if si == 0, span.open == 0, pi > 0, (span.closeEnd ?? length) >= length - 1, lastSpeaker.map({ $0.paragraph < number - 1 }) ?? true,
          let speech = reportedSpeechBefore(tokens: tokens[pi - 1], sentences: paragraphSentences[pi - 1])
        {
          quote.speakerAsWritten = speech.written
          quote.speakerName = speech.name
          if speech.pronoun {
            quote.speakerName = resolvePronoun(
              speech.written, paragraph: pi, offset: speech.range.lowerBound, people: people, lastSpeaker: nil,
              previousInParagraph: nil, namedInFull: namedInFull, pronounAt: speech.range.lowerBound)
          }
          quote.cue = "(reported speech before)"
        } else if let last = lastSpeaker, last.paragraph == number - 1,
          span.open == 0 || openAtParagraphEnd && si == 0
        {
          inherit(&quote, from: last.quote)
        } else if let last = lastSpeaker, span.open == 0, number - last.paragraph <= 4,
          (span.closeEnd ?? length) >= length - 1,
          !people[people.partitionPoint { $0.paragraph <= last.paragraph }...].prefix(while: { $0.paragraph <= number }).contains(where: \.speechSubject)
        {
          // a paragraph that is all quotation, a few paragraphs after the last speaker's quote with
          // only reported speech of the same person between (`she called for …`): still theirs
          inherit(&quote, from: last.quote)
        } else if span.open > 0, beforeTokens.allSatisfy({ $0.kind == .punctuation }), endsSentence, !quote.partial, contentWords.count >= 6,
          let speech = reportedSpeechInSentenceBefore(toks, sentences: sentences, before: sentence.lowerBound, after: prevEnd)
        {
          // `A senior Democrat said that the party could mount a strong case without her. “It’s clear
          // that she’s so potent.”`: a sentence of quotation right after a sentence of someone's
          // reported speech in the same paragraph, with no quotation between, is theirs
          quote.speakerAsWritten = speech.written
          quote.speakerName = speech.name
          quote.speakerRange = speech.range.isEmpty ? nil : speech.range
          quote.cue = "(reported speech before)"
        } else if si == 0, spans.count == 1, span.open > 0, beforeTokens.isEmpty, endsSentence, !quote.partial, contentWords.count >= 6,
          (span.closeEnd ?? length) >= length - 1, let last = lastSpeaker, last.paragraph == number - 1, !last.quote.speakerName.isEmpty,
          !here.contains(where: { $0.range.lowerBound < span.open }),
          !toks.tokens(within: 0..<span.open).contains(where: { $0.isLowercase && Lexicon.isCueForm($0.key) })
        {
          // (set 50: `This gap between voters and donors creates uncertainty for the parties, and
          // … partisan extremes. “It’s not that parties are uncertain …”` after Feddersen's quotes:
          // the writer's gloss, naming no one and no speech, then sentences of quotation to the
          // paragraph's end go on with the speaker of the paragraph before)
          inherit(&quote, from: last.quote)
        } else if !(span.open == 0 && span.closeEnd.map { $0 >= length - 1 } == true && endsSentence),
          !afterSpeechColon,
          contentWords.count < 6 || !(span.open == 0 && contentWords.count >= 6) && contentWords.count < 10,
          // (`For the record, Gibson told us he's pro-gay rights. "I don't like endless wars."`: a
          // sentence of its own, capitalised and closed, after someone's reported speech is theirs)
          !(beforeTokens.isEmpty && endsSentence && contentWords[0].isCapitalized && !quote.partial
            && speechSubject(before: number, offset: span.open, people: people, since: lastSpeaker?.quote) != nil)
        {
          // a scare quote, a title, a term; not a short sentence that is the whole paragraph
          // (`“Is that a good idea?”` after `Davidson then tells Pence that …`); unless the next
          // quotation of its series has a speaker
          if seriesGoesOn(spans, si, tokens: toks, sentences: sentences) {
            quote.partial = true
            series = (si + 1, series.quotes + [(quote, false)])
          }
          continue
        } else if !quote.partial, let subject = speechSubject(before: number, offset: span.open, people: people, since: lastSpeaker?.quote) {
          // `Saltz emphasized that you need not agree. “If you’re talking about politics …”`, and a
          // quote paragraph after `Abu Zahra, 50, said protesters were peaceful.`: the last person
          // who spoke, in reported speech, just before
          quote.speakerAsWritten = subject.written
          quote.speakerName = subject.name
          quote.cue = "(reported speech before)"
        } else if !quote.partial, endsSentence, contentWords.count >= 6, beforeTokens.allSatisfy({ $0.kind == .punctuation }),
          let lead = sentenceBefore(
            paragraph: pi, span: span, sentence: sentence, prevEnd: prevEnd, tokens: tokens, sentences: paragraphSentences,
            wholeParagraph: si == 0 && (span.closeEnd ?? length) >= length - 1 && lastSpeaker.map({ $0.paragraph < number - 1 }) ?? true),
          let found = subjectOfSentenceBefore(lead.words, paragraph: lead.paragraph, people: people, namedInFull: namedInFull, quoted: lead.paragraph == number ? quoted : [], acrossParagraphs: lead.paragraph != number)
        {
          quote.speakerAsWritten = found.written
          quote.speakerName = found.name
          if found.pronoun {
            quote.speakerName = resolvePronoun(
              pronounOf(found.written), paragraph: lead.paragraph, offset: found.range.lowerBound, people: people, lastSpeaker: lastSpeaker?.quote,
              previousInParagraph: nil, namedInFull: namedInFull, pronounAt: found.range.lowerBound)
            if quote.speakerName.isEmpty { quote.speakerAsWritten = "" }
          }
          if !quote.speakerAsWritten.isEmpty {
            quote.speakerRange = lead.paragraph == number ? found.range : nil
            quote.cue = found.cue
          }
        }
        // (a few words without a closing period are partial, `a “pitiless” effort`, unless they open
        // the sentence in capitals and a cue after them credits them: `“We got him,” Menino tweeted`)
        if !quote.partial, contentWords.count < 4, !(quote.text.last.map { ".!?".contains($0) } ?? false) {
          let wholeUtterance = beforeTokens.allSatisfy({ !$0.isWord }) && contentWords.first?.isCapitalized == true
            && quote.cue != "" && quote.speakerRange.map({ $0.lowerBound > span.open }) == true
          quote.partial = !wholeUtterance
        }
        if quote.speakerAsWritten.isEmpty, seriesGoesOn(spans, si, tokens: toks, sentences: sentences) {
          series = (si + 1, series.quotes + [(quote, true)])
          previousInParagraph = quote
          continue
        }
        if !quote.speakerAsWritten.isEmpty {
          // (the words held as scare quotes only when the last closes on the comma before its cue,
          // `“a gift to our enemies,” Dobbins said`: not `“fake news” or “false news” has climbed,
          // according to CPJ research`, terms of the writer's sentence)
          for i in series.quotes.indices where series.quotes[i].kept || commaInside {
            inherit(&series.quotes[i].quote, from: quote)
            series.quotes[i].kept = true
          }
        }
        flushSeries(&series, into: &quotes)
        if span.closeEnd == nil, si == spans.count - 1 { openEnded.insert(quotes.count) }
        quotes.append(quote)
        previousInParagraph = quote
        if !inheritedInParagraph { chainStart = quote.range.upperBound }
        if !quote.speakerAsWritten.isEmpty { lastSpeaker = (number, quote) }
      }
      flushSeries(&series, into: &quotes)
      openAtParagraphEnd = spans.last.map { $0.closeEnd == nil } ?? false
    }
    for i in quotes.indices.reversed() where openEnded.contains(i) && i + 1 < quotes.count {
      let next = quotes[i + 1]
      if next.cue == creditCue, next.paragraph == quotes[i].paragraph + 1 { inherit(&quotes[i], from: next) }
    }
    for i in quotes.indices where quotes[i].speakerName.isEmpty {
      if let name = roleNamedLater(quotes[i], tokens: tokens, people: people) { quotes[i].speakerName = name }
    }
    return quotes
  }

  /// The writer's sentence a cue-less quotation follows, for `subjectOfSentenceBefore`: the one
  /// right before it in its paragraph (after any earlier quotation), or, for a paragraph that is all
  /// quotation, the last sentence of the paragraph before.
  static func sentenceBefore(
    paragraph pi: Int, span: QuoteSpan, sentence: Range<Int>, prevEnd: Int, tokens: [[WordToken]], sentences: [[Range<Int>]],
    wholeParagraph: Bool
  ) -> (words: ArraySlice<WordToken>, paragraph: Int)? {
    if span.open > 0 {
      guard let previous = sentences[pi].last(where: { $0.upperBound <= sentence.lowerBound }), previous.lowerBound >= prevEnd else { return nil }
      return (tokens[pi].tokens(within: previous), pi + 1)
    }
    guard wholeParagraph, pi > 0, let last = sentences[pi - 1].last, !tokens[pi - 1].contains(where: { ["\"", "“", "”"].contains($0.text) }) else { return nil }
    return (tokens[pi - 1].tokens(within: last), pi)
  }

  /// `a spokesman for the Colorado Department of … said that … “…”`, then `The spokesman, Ian
  /// Dickson, said …`: the person a role speaker's `The <role>, <name>,` names in the quotation's
  /// paragraph or the two after it; nil when none does.
  static func roleNamedLater(_ quote: Quote, tokens: [[WordToken]], people: [PersonFinder.Candidate]) -> [String]? {
    let written = quote.speakerAsWritten.split(separator: " ").map { WordTokenizer.foldCase(String($0)) }
    guard written.count >= 2, written[0] == "a" || written[0] == "an",
      let head = (written.firstIndex { prepositions.contains($0) }.map { written[..<$0] } ?? written[...]).last,
      Lexicon.roleNouns.contains(head), quote.paragraph >= 1, quote.paragraph <= tokens.count
    else { return nil }
    let pi = quote.paragraph - 1
    for pj in pi..<min(pi + 3, tokens.count) {
      let toks = tokens[pj]
      for k in toks.indices.dropLast(3) where toks[k].key == "the" && toks[k + 1].key == head && toks[k + 2].text == ","
        && (pj > pi || toks[k].range.lowerBound > quote.range.upperBound)
      {
        let at = toks[k + 3].range.lowerBound
        if let person = people.first(where: { $0.paragraph == pj + 1 && $0.range.lowerBound == at && $0.name.count >= 2 }) {
          return person.name
        }
      }
    }
    return nil
  }

  /// A footnote or a bibliography entry: `[17] …`, `Surname, I. …`, or `Surname, Given …` with a year
  /// in parentheses (`Akerlof, George A., Janet L. Yellen, and Michael Katz. “…” … (1996).`).
  static func isReferenceEntry(_ toks: [WordToken]) -> Bool {
    guard toks.count >= 4 else { return false }
    if toks[0].text == "[", toks[1].kind == .number, toks[2].text == "]" { return true }
    guard toks[0].kind == .word, toks[0].isCapitalized, toks[1].text == ",", toks[2].kind == .word, toks[2].isCapitalized,
      // (a surname, then a given name or an initial: not `Yes, Trump said`)
      !Lexicon.sentenceWords.contains(toks[0]), toks.count <= 80
    else { return false }
    // (an initial after the comma, `Akerlof, G.`, or a year in parentheses, `(1996)`, or a given
    // name, perhaps with an initial, then a period and a year somewhere: `Kessler, Steven. “…” The
    // American Thinker, January 12, 2019.`)
    if toks[2].text.utf8.count == 1, toks[3].text == "." { return true }
    // (the given name a known one and the title's mark right after the period: not the dateline
    // `HERSHEY, Pa. (AP) —` nor `Collins, R-Ga., the ranking member`)
    let period = toks[3].text == "." ? 3 : toks.count > 5 && toks[3].text.utf8.count == 1 && toks[3].isCapitalized && toks[4].text == "." ? 4 : nil
    func isYear(_ t: WordToken) -> Bool { t.kind == .number && t.text.utf8.count == 4 && (t.text.hasPrefix("19") || t.text.hasPrefix("20")) }
    if let period, period + 1 < toks.count, FirstNames.all.contains(toks[2].key), ["“", "\""].contains(toks[period + 1].text), toks.contains(where: isYear) {
      return true
    }
    return zip(toks, zip(toks.dropFirst(), toks.dropFirst(2))).contains { open, rest in open.text == "(" && isYear(rest.0) && rest.1.text == ")" }
  }

  /// `Politico reported`, `according to a Politico report`: a publication or a report that carries
  /// what someone said, not a person.
  static func isChannel(_ a: Attribution) -> Bool {
    guard a.cue == "according to" || a.cue == "reported" else { return false }
    guard let last = a.name.last else { return !a.pronoun }
    let key = WordTokenizer.foldCase(last)
    if a.name.count == 1 { return EntityFinder.organisations.contains(key) || EntityFinder.organisationHeads.contains(key) }
    // (set 66: `The document … said … “…,” according to the Arkansas Democrat-Gazette`: a paper's or
    // a body's name of several words too, unless a first name opens it, `according to Emily Post`)
    let head = key.split(separator: "-").last.map(String.init) ?? key
    return !FirstNames.all.contains(WordTokenizer.foldCase(a.name[0])) && channelEnds.contains(head)
  }
  static let channelEnds = WordSet(Array(organisationKinds["newspaper"]!) + Array(organisationEnds))

  /// A speaker phrase whose head is a plural noun of people (`the editors of National Review`,
  /// `two senior officials`): one that `they` can stand for.
  /// `Pelosi and Blumenauer`, `Thomas Mann and Norm Ornstein`: a speaker phrase of two names.
  static func namesPair(_ written: String) -> Bool {
    let words = written.split(separator: " ")
    guard let and = words.firstIndex(of: "and"), and > 0, and + 1 < words.count else { return false }
    return words.allSatisfy { $0 == "and" || $0.first?.isUppercase == true || $0.last == "," || $0.hasPrefix("(") }
      && words[and + 1].first?.isUppercase == true
  }

  static func isGroup(_ written: String) -> Bool {
    let words = written.split(separator: " ").map { WordTokenizer.foldCase(String($0)) }
    let head = words.firstIndex { prepositions.contains($0) }.map { words[..<$0] } ?? words[...]
    guard let last = head.last, last.hasSuffix("s") else { return false }
    return Lexicon.speakerNouns.contains(last) || Lexicon.roleNouns.contains(last)
  }

  /// True when only commas, `and`, `or` or `as well as` stand between span `si` and the next,
  /// in one sentence: a series of quotations, which one speaker says.
  static func seriesGoesOn(_ spans: [QuoteSpan], _ si: Int, tokens: [WordToken], sentences: [Range<Int>]) -> Bool {
    guard si + 1 < spans.count, let close = spans[si].closeEnd, close <= spans[si + 1].open,
      sentences.range(containing: close) == sentences.range(containing: spans[si + 1].open)
    else { return false }
    let gap = tokens.tokens(within: close..<spans[si + 1].open).filter { $0.text != "," }.map(\.key).joined(separator: " ")
    return seriesJoins.contains(gap)
  }
  static let seriesJoins: Set<String> = ["", "and", "or", "as well as", "nor"]

  /// The quotations held for a series go in (the ones kept), in their order.
  static func flushSeries(_ series: inout (next: Int, quotes: [(quote: Quote, kept: Bool)]), into quotes: inout [Quote]) {
    quotes += series.quotes.filter(\.kept).map(\.quote)
    series = (-1, [])
  }

  static func inherit(_ quote: inout Quote, from previous: Quote) {
    quote.speakerAsWritten = previous.speakerAsWritten
    quote.speakerName = previous.speakerName
    quote.cue = previous.cue
    quote.antecedentRole = previous.antecedentRole
    quote.roleSpeaker = previous.roleSpeaker
  }

  /// A quotation is partial when it continues a sentence of the writer's (`to “do the right
  /// thing”`) rather than following a cue's colon or comma, or when it starts in lower case.
  static func isPartial(beforeTokens: [WordToken], content: [WordToken]) -> Bool {
    if let first = content.first, !first.isCapitalized && first.kind == .word { return true }
    guard let last = beforeTokens.last else { return false }
    if last.kind == .punctuation { return !(last.text == ":" || last.text == "," || last.text == "—" || last.text == "–") }
    return !Lexicon.cueVerbs.contains(last)
  }
}
