/// `the MODIFIERS HEAD` as an article writes it (`the Syrian president`, `the secretary of
/// defense`): a "the" and up to four words after it, kept when one of them could name a role.
/// Found while the article is built and its paragraphs' tokens are at hand, so that resolving
/// roles to people across the corpus reads these few phrases instead of tokenising every
/// paragraph again.
struct RolePhrase: Sendable {
  struct Word: Sendable {
    let key: String
    /// Where the word ends in the paragraph (bytes).
    let end: Int
    /// The word's position among the paragraph's tokens.
    let token: Int
    /// The word after `of` right after this one: it qualifies the role like a modifier.
    let complement: String?
    /// A name follows (`the spokesman John Kirby`): the name's own prefix role.
    let nameFollows: Bool
  }

  let paragraph: Int
  /// Position of the "the" among the paragraph's tokens.
  let token: Int
  /// Where the "the" starts in the paragraph (bytes).
  let start: Int
  let words: [Word]

  static func find(paragraph: Int, tokens: [WordToken]) -> [RolePhrase] {
    var found: [RolePhrase] = []
    for i in tokens.indices where tokens[i].key == "the" {
      var words: [Word] = []
      var anyRole = false
      var j = i + 1
      while j < tokens.count, j <= i + 4, tokens[j].kind == .word {
        // (set 50: `the president’s assertion that “…”`: a possessive role is the person too, and
        // ends the phrase; what follows is the owner's thing, `the president’s spokesman`)
        let possessive = tokens[j].key.hasSuffix("'s")
        let key = possessive ? tokens[j].baseKey : tokens[j].key
        // what only a head needs is worked out for the words that can be one
        let role = PeopleResolver.couldNameRole(key)
        let complement = role && j + 2 < tokens.count && tokens[j + 1].key == "of" && tokens[j + 2].kind == .word ? tokens[j + 2].key : nil
        let nameFollows = role && j + 1 < tokens.count && PersonFinder.isNameToken(tokens[j + 1])
        words.append(Word(key: key, end: tokens[j].range.upperBound, token: j, complement: possessive ? nil : complement, nameFollows: !possessive && nameFollows))
        anyRole = anyRole || role
        j += 1
        if possessive { break }
      }
      if anyRole {
        found.append(RolePhrase(paragraph: paragraph, token: i, start: tokens[i].range.lowerBound, words: words))
      }
    }
    return found
  }
}
