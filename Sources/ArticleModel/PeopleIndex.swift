import Foundation

/// The people of a corpus: full names gathered from every article, and the rule that turns a name
/// as written (`Earnest`, `Mr. Kerry`, `al-Assad`) into one canonical full name.
///
/// An article's own full names win (an article about Michelle Obama's speech means her by
/// "Obama"); otherwise the full name most used across the corpus with that surname.
struct PeopleIndex: Sendable {
  /// surname key -> the full names with that surname, the most written first
  private var bySurname: [String: [NameOption]] = [:]
  /// first-name key -> the most written full name with that first name and how often
  private var byFirstName: [String: NameOption] = [:]
  /// a spelling of a name -> the corpus's most written spelling of it (see init)
  private var preferred: [String: String] = [:]

  /// A name's spelling with case and hyphens set aside.
  static func spellingKey(_ name: String) -> String { WordTokenizer.foldCase(name).replacingAll("-", with: " ") }

  /// A full name with how often it is written, its case-folded form and whether it ends in a
  /// suffix (`Jr.`), worked out once so that finding the best match is a walk down a ranked list.
  struct NameOption: Sendable {
    let name: String
    let folded: String
    let count: Int
    let suffixed: Bool
    /// Where an article first writes the name (-1: its headline); the corpus's names have none.
    var order = Int.max
  }

  init(articles: [Article]) {
    var counts: [String: [String: Int]] = [:]
    for article in articles {
      for c in article.candidates where c.vouched && c.wordCount >= 2 {
        counts[Self.surnameKey(c.name), default: [:]][c.joined, default: 0] += 1
      }
    }
    // one person, one name: spellings that differ only in case and hyphens (`Kim Jong Un`,
    // `Kim Jong-un`, `Kim Jong-Un`; `Moon Jae-In`, `Moon Jae-in`) are the corpus's most written
    // one, so that counting quotes by speaker does not split a person in three
    for (key, names) in counts where names.count > 1 {
      var groups: [String: [(String, Int)]] = [:]
      for (name, n) in names { groups[Self.spellingKey(name), default: []].append((name, n)) }
      for group in groups.values where group.count > 1 {
        let best = group.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }!
        for (name, n) in group where name != best.0 {
          preferred[name] = best.0
          counts[key]![name] = nil
          counts[key]![best.0]! += n
        }
      }
    }
    bySurname = counts.mapValues { Self.ranked($0) }
    for options in bySurname.values {
      for o in options {
        let first = String(o.folded.prefix { $0 != " " })
        if let best = byFirstName[first], best.count > o.count || best.count == o.count && best.name < o.name { continue }
        byFirstName[first] = o
      }
    }
  }

  /// The names most written first; ties go to the longer name, then to the first in alphabetical
  /// order, so the choice never depends on a dictionary's order.
  ///
  /// Within one article a tie goes to the name written first instead (the headline before the
  /// text): a story introduces its subject first and a relative later (`Jeb Bush` … `his older
  /// brother, former President George W. Bush` — the article's "Bush said" is Jeb).
  static func ranked(_ counts: [String: Int], firstWritten: [String: Int] = [:]) -> [NameOption] {
    counts.map {
      NameOption(
        name: $0.key, folded: WordTokenizer.foldCase($0.key), count: $0.value, suffixed: hasSuffix($0.key.split(separator: " ").map(String.init)),
        order: firstWritten[$0.key] ?? Int.max)
    }
    .sorted(by: precedes)
  }

  /// The ranking order: more written, then written first, then longer, then alphabetical.
  static func precedes(_ a: NameOption, _ b: NameOption) -> Bool {
    if a.count != b.count { return a.count > b.count }
    // (only between names the article wrote itself; a name known only as a quote's speaker has no order)
    if a.order != Int.max, b.order != Int.max, a.order != b.order { return a.order < b.order }
    return a.name.utf8.count != b.name.utf8.count ? a.name.utf8.count > b.name.utf8.count : a.name < b.name
  }

  /// Full names an article itself writes out, by surname. Unvouched ones count too: "Gail Saltz,
  /// a psychiatrist" has no known first name or title, but when the article then has "Saltz
  /// explained", the Saltz it means is the one it named in full. (They only ever stand for a
  /// one-word name that is a person on its own evidence.)
  static func articleNames(_ article: Article) -> [String: [NameOption]] {
    var names: [String: [String: Int]] = [:]
    var firstWritten: [String: Int] = [:]
    for (order, c) in article.candidates.enumerated() where c.wordCount >= 2 {
      let name = c.joined
      // vouched spellings outweigh unvouched ones
      names[surnameKey(c.name), default: [:]][name, default: 0] += c.vouched ? 1000 : 1
      // a name in the headline is the story's subject, written before any paragraph
      if firstWritten[name] == nil { firstWritten[name] = article.metadata.title.containsBytes(name) ? -1 : order }
    }
    for q in article.quotes where q.speakerName.count >= 2 {
      names[surnameKey(q.speakerName), default: [:]][q.speakerName.joined(separator: " "), default: 0] += 1
    }
    // `Asa Hutchinson Vetoes …` over a story that then writes only `Hutchinson`: a known first name
    // and a capitalised word in the headline name the story's Hutchinson (as weakly as an
    // unvouched name, so a name the text vouches for wins); the first name capitalised too (not
    // the verb of `Dems mark Trump tax returns as key part of agenda`)
    let title = article.metadata.title.split(separator: " ").map { QuoteFinder.stripPossessive(String($0).trimmingCharacters(in: .punctuationCharacters)) }
    for i in title.indices.dropLast() where title[i].first?.isUppercase == true && FirstNames.all.contains(WordTokenizer.foldCase(title[i])) {
      let surname = title[i + 1]
      guard surname.first?.isUppercase == true, surname.dropFirst().allSatisfy(\.isLowercase), surname.count > 1 else { continue }
      let name = title[i] + " " + surname
      names[surnameKey([surname]), default: [:]][name, default: 0] += 1
      firstWritten[name] = -1
    }
    return names.mapValues { ranked($0, firstWritten: firstWritten) }
  }

  /// The article's full names without those it writes only after it has used their surname
  /// alone, when the corpus knows another bearer of the surname far better (five times as often):
  /// `President Trump` in the first paragraph and `First lady Melania Trump` in the thirteenth —
  /// a story introduces the person it means before it shortens the name, so a surname written
  /// alone first means someone it took as known, not the relative it names later (ABP had every
  /// `Trump` of such an article, and the roles after them, as Melania Trump). For one-word names.
  func withoutLateIntroductions(_ own: [String: [NameOption]], candidates: [NameFound]) -> [String: [NameOption]] {
    var firstBare: [String: Int] = [:]
    for (order, c) in candidates.enumerated() where c.vouched && c.wordCount == 1 {
      let key = Self.surnameKey([c.joined])
      if firstBare[key] == nil { firstBare[key] = order }
    }
    var out = own
    for (key, bare) in firstBare {
      guard let options = own[key], let introduced = options.map(\.order).min(), introduced > bare, introduced != Int.max,
        let known = bySurname[key]?.first, !options.contains(where: { $0.folded == known.folded })
      else { continue }
      let ownCount = options.map { o in bySurname[key]?.first { $0.folded == o.folded }?.count ?? 0 }.max() ?? 0
      if known.count >= 5 * max(ownCount, 1) { out[key] = nil }
    }
    return out
  }

  /// `De Blasio`, `Van Hollen`, `Von der Leyen`: a name of particles and a surname, which may be a
  /// surname written without its first name (or a first name and a surname: `Van Jones`).
  static func particleSurname(_ name: [String]) -> Bool {
    name.count >= 2 && name.dropLast().allSatisfy { Lexicon.nameParticles.contains(WordTokenizer.foldCase($0)) }
  }

  static let suffixes: WordSet = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]
  static func hasSuffix(_ name: [String]) -> Bool { name.count >= 2 && suffixes.contains(WordTokenizer.foldCase(name.last!)) }

  /// `al-Assad` and `Assad` are one surname.
  static func surnameKey(_ name: [String]) -> String {
    // `Jerry Falwell Jr.` is a Falwell
    var parts = name[...]
    if hasSuffix(name) { parts = parts.dropLast() }
    // (`Ban Ki-moon` is a Ban: the family name comes first before a romanised given name)
    var key = WordTokenizer.foldCase((PersonFinder.familyNameFirst(parts) ? parts.first : parts.last) ?? "")
    for prefix in ["al-", "el-"] where key.hasPrefix(prefix) { key.removeFirst(prefix.count) }
    return key
  }

  /// `Donald J. Trump` (an embedded tweet's signature) is the corpus's `Donald Trump` when the
  /// corpus writes the name without the middle initial at least three times as often: one person,
  /// one name. Not when the forms are near even or the initialled one leads — `George W. Bush` is
  /// not `George Bush`, `Franklin D. Roosevelt` stays (ABP writes it 73 times to 131).
  func plainForm(of option: NameOption, key: String) -> String? {
    // (most names have no initial: a look at the bytes spares them the split)
    guard option.folded.utf8.contains(0x2E) else { return nil }
    let words = option.folded.split(separator: " ")
    guard words.count >= 3, words.dropFirst().dropLast().allSatisfy({ $0.utf8.count == 2 && $0.utf8.last == 0x2E }) else { return nil }
    let plain = words.first! + " " + words.last!
    let written = bySurname[key]?.first { $0.folded == option.folded }?.count ?? 0
    guard let corpus = bySurname[key]?.first(where: { $0.folded == plain }), corpus.count >= 3 * max(written, 1) else { return nil }
    return corpus.name
  }

  /// The people news calls by surname alone (see `WellKnownPeople`), by surname key without
  /// diacritics, with the gender their given name shows, worked out once; the most named first
  /// where two share a surname.
  private static let wellKnown: [String: (name: String, gender: Gender?)] = {
    var out: [String: (name: String, gender: Gender?)] = [:]
    for name in WellKnownPeople.names {
      let words = name.split(separator: " ").map(String.init)
      let key = surnameKey(words).folding(options: .diacriticInsensitive, locale: nil)
      if out[key] == nil { out[key] = (name, Gender.of(given: WordTokenizer.foldCase(words[0]))) }
    }
    return out
  }()

  /// `President Obama said` in a corpus too small to write Barack Obama out anywhere: a surname
  /// alone that the corpus gives nobody in full is the person news means by it (the caller asks
  /// only once `canonical` has found no one). Not when the corpus names anyone of that surname —
  /// a corpus about Michelle Obama decides for itself — nor against a marked gender (`Mr. Harris`
  /// is not Kamala Harris).
  func wellKnown(_ name: [String], gender: Gender?) -> String? {
    // (`Erdoğan said` is the table's Recep Tayyip Erdogan)
    guard name.count == 1, case let key = Self.surnameKey(name), bySurname[key] == nil,
      let person = Self.wellKnown[key.folding(options: .diacriticInsensitive, locale: nil)]
    else { return nil }
    if let gender, let known = person.gender, known != gender { return nil }
    return person.name
  }

  /// How often the corpus writes the most written full name with this surname.
  func timesNamed(_ surnameKey: String) -> Int { bySurname[surnameKey]?.first?.count ?? 0 }

  /// The canonical full name for `name`, or `nil` when the corpus knows no such person.
  /// `gender` (`Mr. Shaw`) is read at most once, and only when a full name of known gender is a
  /// choice: most mentions of the corpus never need their honorific read.
  /// `censusYields`: the gender comes from the article's pronouns, not an honorific, so a given
  /// name only the census genders (`Sidney`, ten to one male) does not overrule it (Sidney Powell).
  func canonical(_ name: [String], articleNames: [String: [NameOption]], gender: @autoclosure () -> Gender? = nil, censusYields: Bool = false) -> String? {
    canonicalAsWritten(name, articleNames: articleNames, gender: gender(), censusYields: censusYields).map { preferred[$0] ?? $0 }
  }

  /// The full name a name as written stands for, in the spelling the article or the corpus gives it.
  private func canonicalAsWritten(_ name: [String], articleNames: [String: [NameOption]], gender: @autoclosure () -> Gender?, censusYields: Bool) -> String? {
    guard !name.isEmpty else { return nil }
    let key = Self.surnameKey(name)
    // (`Trump Jr.` is a surname and a suffix: no first name to match)
    let suffixed = Self.hasSuffix(name)
    let firstKey = name.count >= (suffixed ? 3 : 2) ? WordTokenizer.foldCase(name[0]) : nil
    // (a name written family name first, `Kim Eui-kyeom`, shares its first word with every Kim:
    // its given name's last word picks one of them — `Choe Sun Hui` is the corpus's `Choe Son Hui`)
    let familyFirst = name.count >= 2 && key == firstKey
    let givenKey = familyFirst ? " " + WordTokenizer.foldCase(name.last!) : nil
    func sameGiven(_ option: NameOption) -> Bool {
      if let givenKey { return option.folded.hasSuffix(givenKey) }
      return firstKey.map(option.folded.hasPrefix) ?? true
    }
    // (`De Blasio` is the article's Bill de Blasio, `Van Hollen` the corpus's Chris Van Hollen; `Van
    // Jones`, whom no longer name ends in, is himself)
    if Self.particleSurname(name), !suffixed, case let tail = " " + WordTokenizer.foldCase(name.joined(separator: " ")),
      let longer = articleNames[key]?.first(where: { $0.folded.hasSuffix(tail) }) ?? bySurname[key]?.first(where: { $0.folded.hasSuffix(tail) })
    {
      return longer.name
    }
    // (`McClain Downey` after `Julie McClain Downey`: two words that are no given name and a
    // surname but the end of a name the article gives with a given name before them are that
    // name — a double surname; not `Common Core` after `Stop Common Core`)
    if name.count == 2, !suffixed, !FirstNames.all.contains(WordTokenizer.foldCase(name[0])),
      case let tail = " " + WordTokenizer.foldCase(name.joined(separator: " ")),
      let longer = articleNames[key]?.first(where: {
        $0.folded.hasSuffix(tail) && $0.folded.utf8.count > tail.utf8.count && FirstNames.all.contains(String($0.folded.dropLast(tail.count)))
      })
    {
      return longer.name
    }
    // a son is not his father: a name written without `Jr.` takes a full name without it, and
    // one with it a full name with it; John Kerry must not become Teresa Kerry
    // and `Mr. Shaw` is not the Anita Shaw the article also names
    var wanted: Gender?? = nil
    // (a name that fits the gender outright first; one the census alone genders otherwise only
    // when no name fits outright: not Ezra Dolezal for `she` beside Rachel Dolezal)
    func best(_ options: [NameOption]?, suffix: Bool) -> NameOption? {
      let matching = options?.lazy.filter { $0.suffixed == suffix && sameGiven($0) }
      return matching?.first { fits($0, lenient: false) } ?? (censusYields ? matching?.first { fits($0, lenient: true) } : nil)
    }
    func fits(_ option: NameOption, lenient: Bool) -> Bool {
      let given = String(option.folded.prefix { $0 != " " })
      guard let known = Gender.of(given: given) else { return true }
      if lenient, Gender.onlyCensusGenders(given: given) { return true }
      if wanted == nil { wanted = .some(gender()) }
      return wanted!.map { $0 == known } ?? true
    }
    if let own = best(articleNames[key], suffix: suffixed) { return plainForm(of: own, key: key) ?? own.name }
    if name.count == 1 {
      let own = articleNames.values.lazy.flatMap({ $0 }).filter({ $0.folded.hasPrefix(key + " ") })
      if FirstNames.all.contains(key) {
        // `Hillary` alone is the Hillary the article names in full, else the corpus's most written
        // Hillary when she is written far more than anyone surnamed Hillary (not Edmund Hillary)
        // (ranked across the surnames the way each surname's list is, so that the choice never
        // depends on the dictionary's order)
        if let one = own.min(by: Self.precedes) { return one.name }
        let surnamed = timesNamed(key)
        if let first = byFirstName[key], surnamed == 0 ? first.count >= 2 : first.count > 10 * surnamed { return first.name }
      } else if timesNamed(key) < 20, let one = own.first, own.allSatisfy({ $0.name == one.name }) {
        // (`Wael` after `Wael Ghonim`, `Xi` after `Xi Jinping`: a given name no list holds is the
        // one person the article names in full with it, and only when it is one and the corpus
        // hardly knows it as a surname: `Obama` beside `Obama Doctrine` is still Barack Obama)
        return one.name
      }
    }
    // `Mr. Trump` in an article that names only Donald Trump Jr. in full: the corpus's own person
    // of that name when he is far more written about, else the article's Jr.
    if !suffixed, let junior = best(articleNames[key], suffix: true) {
      if let senior = best(bySurname[key], suffix: false), senior.count > 5 * (bySurname[key]?.first { $0.name == junior.name }?.count ?? 0) {
        return senior.name
      }
      return junior.name
    }
    return (best(bySurname[key], suffix: suffixed) ?? (suffixed ? nil : best(bySurname[key], suffix: true)))?.name
  }
}
