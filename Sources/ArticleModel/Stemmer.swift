/// The Porter2 ("English Snowball") stemmer, so `operations`, `operating` and `operated` meet in
/// retrieval and `consultations` meets `consult`. It follows the published algorithm
/// (snowballstem.org/algorithms/english/stemmer.html) step by step over the word's bytes and is
/// checked against the reference implementation's output in the tests. Words with bytes outside
/// ASCII letters and apostrophes are returned as they are.
public enum Stemmer {
  public static func stem(_ word: String) -> String {
    let bytes = Array(word.utf8)
    guard bytes.count > 2, bytes.allSatisfy({ isLetter($0) || $0 == apostrophe }) else { return word }
    var s = Porter2(bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 })
    return String(decoding: s.run(), as: UTF8.self)
  }

  static let apostrophe: UInt8 = 0x27
  @inline(__always) static func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A || b >= 0x41 && b <= 0x5A }
}

/// One word being stemmed: its bytes and the start of its regions R1 and R2.
private struct Porter2 {
  var w: [UInt8]
  var r1 = 0
  var r2 = 0

  init(_ w: [UInt8]) { self.w = w }

  static let exceptions: [String: String] = [
    "skis": "ski", "dying": "die", "lying": "lie", "tying": "tie", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli",
    "only": "onli", "singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
    "cosmos": "cosmos", "bias": "bias", "andes": "andes",
  ]
  static let afterStep1a: Set<String> = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"]
  static let r1Prefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ"]

  mutating func run() -> [UInt8] {
    if w.first == Stemmer.apostrophe { w.removeFirst() }
    guard w.count > 2 else { return w }
    if let e = Self.exceptions[String(decoding: w, as: UTF8.self)] { return Array(e.utf8) }
    markConsonantY()
    computeRegions()
    step0()
    step1a()
    if Self.afterStep1a.contains(String(decoding: w, as: UTF8.self)) { return w }
    step1b()
    step1c()
    step2()
    step3()
    step4()
    step5()
    // consonant Y back to y
    for i in w.indices where w[i] == 0x59 { w[i] = 0x79 }
    return w
  }

  // MARK: letters and regions

  @inline(__always) func isVowel(_ i: Int) -> Bool {
    switch w[i] {
    case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true  // a e i o u y
    default: return false
    }
  }

  /// A y at the start or after a vowel is a consonant: marked Y so it is not taken for a vowel.
  mutating func markConsonantY() {
    for i in w.indices where w[i] == 0x79 && (i == 0 || isVowel(i - 1)) { w[i] = 0x59 }
  }

  mutating func computeRegions() {
    func regionAfter(_ start: Int) -> Int {
      var i = start
      while i + 1 < w.count {
        if isVowel(i) && !isVowel(i + 1) { return i + 2 }
        i += 1
      }
      return w.count
    }
    if let p = Self.r1Prefixes.first(where: { w.starts(with: $0.utf8) }) {
      r1 = p.utf8.count
    } else {
      r1 = regionAfter(0)
    }
    r2 = regionAfter(r1)
  }

  func ends(_ suffix: String) -> Bool {
    let s = suffix.utf8
    return w.count >= s.count && w.suffix(s.count).elementsEqual(s)
  }

  mutating func replace(_ suffix: String, _ replacement: String) {
    w.removeLast(suffix.utf8.count)
    w.append(contentsOf: replacement.utf8)
  }

  /// The suffix starts inside R1 (or R2).
  func inR1(_ suffix: String) -> Bool { w.count - suffix.utf8.count >= r1 }
  func inR2(_ suffix: String) -> Bool { w.count - suffix.utf8.count >= r2 }

  /// The longest of `suffixes` the word ends with.
  func longest(_ suffixes: [String]) -> String? {
    suffixes.filter(ends).max { $0.utf8.count < $1.utf8.count }
  }

  func hasVowel(before end: Int) -> Bool { (0..<end).contains(where: isVowel) }

  /// A short syllable ends at `end` (exclusive): vowel + consonant other than w, x, Y after a
  /// consonant, or vowel + consonant at the start of the word.
  func shortSyllable(endingAt end: Int) -> Bool {
    guard end >= 2 else { return false }
    let c = end - 1, v = end - 2
    if end == 2 { return isVowel(v) && !isVowel(c) }
    return !isVowel(v - 1) && isVowel(v) && !isVowel(c) && w[c] != 0x77 && w[c] != 0x78 && w[c] != 0x59
  }

  func isShortWord() -> Bool { r1 >= w.count && shortSyllable(endingAt: w.count) }

  // MARK: steps

  mutating func step0() {
    if let s = longest(["'s'", "'s", "'"]) { w.removeLast(s.utf8.count) }
  }

  mutating func step1a() {
    if ends("sses") {
      replace("sses", "ss")
    } else if ends("ied") || ends("ies") {
      replace("ies", w.count > 4 ? "i" : "ie")  // same length as "ied"
    } else if ends("us") || ends("ss") {
      return
    } else if ends("s"), w.count >= 2, hasVowel(before: w.count - 2) {
      w.removeLast()
    }
  }

  mutating func step1b() {
    guard let s = longest(["eed", "eedly", "ed", "edly", "ing", "ingly"]) else { return }
    if s == "eed" || s == "eedly" {
      if inR1(s) { replace(s, "ee") }
      return
    }
    guard hasVowel(before: w.count - s.utf8.count) else { return }
    w.removeLast(s.utf8.count)
    if s == "ing" && w.count == 2 && !isVowel(0) && w[1] == 0x79 {
      w[1] = 0x69  // vying -> vie, as dying -> die
      w.append(0x65)
      return
    }
    if ends("at") || ends("bl") || ends("iz") {
      w.append(0x65)
    } else if let last = w.last, w.count >= 2, w[w.count - 2] == last,
      [0x62, 0x64, 0x66, 0x67, 0x6D, 0x6E, 0x70, 0x72, 0x74].contains(last)
    {
      w.removeLast()
    } else if isShortWord() {
      w.append(0x65)
    }
  }

  mutating func step1c() {
    guard w.count > 2, let last = w.last, last == 0x79 || last == 0x59, !isVowel(w.count - 2) else { return }
    w[w.count - 1] = 0x69
  }

  static let step2Rules: [(String, String)] = [
    ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("izer", "ize"),
    ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("aliti", "al"),
    ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"),
    ("biliti", "ble"), ("bli", "ble"), ("ogi", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
  ]
  static let step2Suffixes = step2Rules.map(\.0)
  static let step2Map = Dictionary(uniqueKeysWithValues: step2Rules)

  mutating func step2() {
    guard let s = longest(Self.step2Suffixes), inR1(s) else { return }
    let before = w.count - s.utf8.count
    switch s {
    case "ogi":
      guard before > 0, w[before - 1] == 0x6C else { return }  // l
    case "li":
      guard before > 0, [0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74].contains(w[before - 1]) else { return }
    default: break
    }
    replace(s, Self.step2Map[s]!)
  }

  mutating func step3() {
    let rules: [String: String] = [
      "tional": "tion", "ational": "ate", "alize": "al", "icate": "ic", "iciti": "ic", "ical": "ic", "ful": "",
      "ness": "", "ative": "",
    ]
    guard let s = longest(Array(rules.keys)), inR1(s) else { return }
    if s == "ative" && !inR2(s) { return }
    replace(s, rules[s]!)
  }

  mutating func step4() {
    let suffixes = [
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
      "ive", "ize", "ion",
    ]
    guard let s = longest(suffixes), inR2(s) else { return }
    if s == "ion" {
      let before = w.count - 3
      guard before > 0, w[before - 1] == 0x73 || w[before - 1] == 0x74 else { return }
    }
    w.removeLast(s.utf8.count)
  }

  mutating func step5() {
    if ends("e") {
      if inR2("e") || inR1("e") && !shortSyllable(endingAt: w.count - 1) { w.removeLast() }
    } else if ends("l") {
      if inR2("l") && w.count >= 2 && w[w.count - 2] == 0x6C { w.removeLast() }
    }
  }
}
