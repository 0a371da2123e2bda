/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) followed by a
/// space and a capital, digit or opening quote, unless the word before the period is an
/// abbreviation (`Mr.`, `Gen.`, `Jan.`), an initial (`John F. Kennedy`) or `U.S.`-style letters
/// followed by a word that does not usually start sentences.
public enum SentenceSplitter {
  static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "sens", "rep", "reps", "drs", "gov", "lt", "col", "sgt", "capt", "cmdr",
    "adm", "maj", "cpl", "pvt", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "det", "amb",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vs", "v", "etc", "inc", "corp", "co", "ltd", "dept", "est", "fig", "approx", "mt",
    "ft", "ave", "blvd", "rd", "univ", "ph", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "d.c",
  ]
  /// Words that commonly open a sentence, so `U.S. The` splits but `U.S. Army` does not.
  static let sentenceOpeners: WordSet = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "this", "that",
    "there", "his", "her", "their", "its", "our", "as", "at", "after", "when", "while", "if", "for",
    "however", "meanwhile", "some", "many", "still", "yet", "so", "what", "who", "why", "how",
  ]

  /// Byte ranges of the sentences of `text`.
  public static func split(_ text: String) -> [Range<Int>] {
    split(text, tokens: WordTokenizer.tokens(text))
  }

  /// The same, with the text's tokens already at hand.
  public static func split(_ text: String, tokens: [WordToken]) -> [Range<Int>] {
    let bytes = Array(text.utf8)
    var ranges: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < tokens.count {
      let t = tokens[i]
      var isEnd = false
      var endByte = t.range.upperBound
      let wordEndsWithPeriod = t.kind == .word && t.text.utf8.last == 0x2E  // U.S.
      if t.kind == .punctuation && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "…")
        || wordEndsWithPeriod
      {
        // absorb closing quotes and brackets
        var j = i + 1
        while j < tokens.count, tokens[j].range.lowerBound == endByte, isCloser(tokens[j].text) {
          endByte = tokens[j].range.upperBound
          j += 1
        }
        // (set 55: `… shot him.[5] Shortly before the shooting, …`: reference marks glued to the
        // period, `[5]`, `[6][7]`, belong to the sentence they close)
        while j + 2 < tokens.count, tokens[j].text == "[", tokens[j].range.lowerBound == endByte, tokens[j + 1].kind == .number,
          tokens[j + 2].text == "]", tokens[j + 1].range.lowerBound == tokens[j].range.upperBound
        {
          endByte = tokens[j + 2].range.upperBound
          j += 3
        }
        let followedBySpace = endByte < bytes.count && bytes[endByte] == 0x20
        // (`… the American way.Former President Clinton’s fees`, `“… allegations.”He notes`: a page
        // that lost the space after its periods; a lower-case word of two letters or more before the
        // mark, a capitalised word right after it, is no abbreviation, initial or domain)
        // (not past a straight mark: in `at the rally."We have had`, the `"` opens the next quotation)
        // (nor before a word that is not capitalised; a curly opening mark may stand first:
        // `disagreed.“It will never work,” he said`)
        let opensNext = j < tokens.count && (tokens[j].kind == .word && tokens[j].isCapitalized && tokens[j].text.utf8.count >= 2
          || tokens[j].text == "“" && j + 1 < tokens.count && tokens[j + 1].range.lowerBound == tokens[j].range.upperBound
            && tokens[j + 1].kind == .word && tokens[j + 1].isCapitalized)
        let lostSpace = !followedBySpace && t.text == "." && i > 0 && j < tokens.count && tokens[j].range.lowerBound == endByte
          && !tokens[(i + 1)..<j].contains { $0.text == "\"" || $0.text == "'" } && opensNext
          && tokens[i - 1].kind == .word && tokens[i - 1].range.upperBound == t.range.lowerBound
          && tokens[i - 1].text.utf8.count >= 2 && tokens[i - 1].text.utf8.suffix(2).allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        if j < tokens.count && (followedBySpace || lostSpace) && startsSentence(tokens[j]) {
          isEnd = !isAbbreviationStop(tokens, i, next: tokens[j])
        }
        if isEnd {
          ranges.append(start..<endByte)
          start = tokens[j].range.lowerBound
          i = j
          continue
        }
      }
      i += 1
    }
    if start < bytes.count {
      var end = bytes.count
      while end > start && bytes[end - 1] == 0x20 { end -= 1 }
      if end > start { ranges.append(start..<end) }
    }
    return ranges
  }

  static func isCloser(_ s: String) -> Bool {
    s == "\"" || s == "\u{201D}" || s == "\u{2019}" || s == "'" || s == ")" || s == "]"
  }

  static func startsSentence(_ t: WordToken) -> Bool {
    if t.kind == .number { return true }
    if t.kind == .word { return t.isCapitalized }
    return t.text == "\"" || t.text == "\u{201C}" || t.text == "\u{2018}" || t.text == "(" || t.text == "'"
  }

  /// True when the period at token `i` belongs to an abbreviation or initial rather than ending a
  /// sentence.
  static func isAbbreviationStop(_ tokens: [WordToken], _ i: Int, next: WordToken) -> Bool {
    let t = tokens[i]
    let word: WordToken
    if t.kind == .word {
      word = t  // U.S. with its own period
    } else {
      guard t.text == ".", i > 0, tokens[i - 1].kind == .word, tokens[i - 1].range.upperBound == t.range.lowerBound else {
        return false
      }
      word = tokens[i - 1]
    }
    var key = word.key
    if key.hasSuffix(".") { key.removeLast() }
    if word.text.utf8.count == 1 && word.isCapitalized { return true }  // initial: John F. Kennedy
    // (`G.K. Butterfield`, `J.R.R. Tolkien`: initials run together are a name's part, like U.S.)
    if abbreviations.contains(key) || isDottedLetters(key) {
      // U.S., a.m. and the like can end a sentence: split when a usual opener follows
      if key.containsBytes(".") || key == "no" {
        return !(next.kind == .word && sentenceOpeners.contains(next))
      }
      return true
    }
    return false
  }

  /// `g.k`, `j.r.r`: single letters joined by periods.
  /// (Read in place: this runs for the word before every sentence's period.)
  static func isDottedLetters(_ key: String) -> Bool {
    var letters = 0
    var letterNext = true
    for b in key.utf8 {
      guard letterNext ? b >= 0x61 && b <= 0x7A : b == 0x2E else { return false }
      if letterNext { letters += 1 }
      letterNext.toggle()
    }
    return letters >= 2 && !letterNext
  }
}
