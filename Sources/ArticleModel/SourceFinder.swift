/// Finds the news organisations an article credits: `reports Reuters`, `The New York Times
/// reports`, `according to the Washington Post`, `NYT says`, `With reporting by AP and Reuters`.
enum SourceFinder {
  /// Words that make a capitalised phrase a news organisation.
  static let newsWords: WordSet = [
    "times", "post", "news", "press", "reuters", "ap", "afp", "journal", "agency", "tv", "radio", "bbc", "cnn",
    "nyt", "tass", "interfax", "ria", "novosti", "xinhua", "bloomberg", "guardian", "telegraph", "herald",
    "tribune", "politico", "axios", "nbc", "cbs", "abc", "fox", "msnbc", "npr", "al-jazeera", "jazeera", "dpa",
    "efe", "ansa", "yonhap", "kyodo", "sputnik", "rt", "wsj", "ft", "economist", "gazette", "daily", "observer",
    "independent", "mail", "mirror", "sun", "express", "rfe/rl", "voa", "newsweek", "magazine", "wire", "hill",
  ]
  static let verbs: WordSet = ["reports", "reported", "says", "said", "writes", "wrote", "reporting"]

  static func sources(tokens paragraphTokens: [[WordToken]], credits: [String]) -> [String] {
    var found: [String] = []
    func add(_ name: String) {
      let clean = name.trimmingTrailing(".,;:")
      if !clean.isEmpty && !found.contains(where: { $0.caseInsensitiveEquals(clean) }) { found.append(clean) }
    }
    for line in credits {
      // With reporting by AP and Reuters
      let tokens = WordTokenizer.tokens(line)
      guard let by = tokens.firstIndex(where: { $0.key == "by" }) else { continue }
      for name in names(Array(tokens[(by + 1)...])) { add(name) }
    }
    for tokens in paragraphTokens {
      for (i, t) in tokens.enumerated() where t.kind == .word {
        // every word asked about below opens with one of these letters: the rest of a paragraph's
        // words are passed over at the cost of one byte
        switch t.key.utf8.first {
        case 0x61, 0x62, 0x72, 0x73, 0x77: break  // a b r s w
        default: continue
        }
        // according to X
        if t.key == "according", i + 2 < tokens.count, tokens[i + 1].key == "to" {
          if let name = organisation(startingAt: i + 2, in: tokens) { add(name) }
        }
        // X reports / X said (the organisation before the verb, as subject)
        if verbs.contains(t), t.isLowercase, let name = organisation(endingAt: i - 1, in: tokens) { add(name) }
        // published by the Washington Post, first disclosed by X
        if t.key == "by", i > 0, ["published", "disclosed", "reported", "obtained", "released", "aired", "broadcast"].contains(tokens[i - 1].key),
          let name = organisation(startingAt: i + 1, in: tokens)
        {
          add(name)
        }
        // , reports X
        if (t.key == "reports" || t.key == "reported"), i > 0, tokens[i - 1].text == ",",
          let name = organisation(startingAt: i + 1, in: tokens)
        {
          add(name)
        }
      }
    }
    return found
  }

  /// `AP and Reuters` -> [AP, Reuters]
  static func names(_ tokens: [WordToken]) -> [String] {
    var out: [String] = []
    var current: [WordToken] = []
    for t in tokens {
      if t.kind == .word && (t.isCapitalized || t.key == "the" && current.isEmpty) && t.key != "and" {
        current.append(t)
      } else {
        if !current.isEmpty { out.append(QuoteFinder.join(current)) }
        current = []
      }
    }
    if !current.isEmpty { out.append(QuoteFinder.join(current)) }
    return out.filter { $0.first?.isUppercase ?? false }
  }

  /// A capitalised phrase that starts at `i` (after an optional `the`) and names a news outlet.
  static func organisation(startingAt start: Int, in tokens: [WordToken]) -> String? {
    var i = start
    if i < tokens.count, tokens[i].key == "the" { i += 1 }
    var words: [WordToken] = []
    while i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized || tokens[i].text.containsBytes("/"), words.count < 5 {
      words.append(tokens[i])
      i += 1
    }
    return isNewsOrganisation(words) ? theName(words, tokens: tokens, start: start) : nil
  }

  /// A capitalised phrase that ends at `end` and names a news outlet.
  static func organisation(endingAt end: Int, in tokens: [WordToken]) -> String? {
    var i = end
    var words: [WordToken] = []
    while i >= 0, tokens[i].kind == .word, tokens[i].isCapitalized, words.count < 5 {
      words.insert(tokens[i], at: 0)
      i -= 1
    }
    while let f = words.first, Lexicon.sentenceWords.contains(f) && f.key != "the" { words.removeFirst() }
    return isNewsOrganisation(words) ? theName(words, tokens: tokens, start: i + 1) : nil
  }

  static func isNewsOrganisation(_ words: [WordToken]) -> Bool {
    !words.isEmpty && words.contains { newsWords.contains($0.baseKey) }
  }

  static func theName(_ words: [WordToken], tokens: [WordToken], start: Int) -> String {
    QuoteFinder.join(words.filter { $0.key != "the" || $0.isCapitalized }).replacingAll("’s", with: "").replacingAll("'s", with: "")
  }
}

extension String {
  func caseInsensitiveEquals(_ other: String) -> Bool { WordTokenizer.foldCase(self) == WordTokenizer.foldCase(other) }
}
