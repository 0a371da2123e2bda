/// What an article lets one tell of a person's gender, so that "she said" is never given to a man
/// the article named: an honorific (`Mr.`, `Mrs.`, `Ms.`), a gendered role noun (`spokeswoman`),
/// or a common given name (the hand-made lists below, then the census's in Gender+Census.swift).
/// Names in no list, and one-word mentions whose full name the article does not give, stay
/// unknown and fit either pronoun.
enum Gender: Sendable, Equatable {
  case female, male

  static let femaleNames: WordSet = [
    "abigail", "alexandria", "alice", "amanda", "amber", "amelia", "amy", "ana", "andrea", "angela", "ann", "anna",
    "anne", "ashley", "ava", "ayanna", "barbara", "beatriz", "betsy", "betty", "beverly", "brenda", "brittany",
    "camila", "carmen", "carol", "carolyn", "catherine", "charlotte", "cheryl", "chloe", "christina", "christine",
    "claire", "cristina", "cynthia", "daniela", "danielle", "deborah", "debra", "denise", "diana", "diane", "dilma",
    "donna", "doris", "dorothy", "elena", "elizabeth", "ella", "emily", "emma", "eva", "evelyn", "frances",
    "gabriela", "gail", "giorgia", "gloria", "grace", "hannah", "heather", "helen", "hillary", "ilhan", "irina",
    "isabella", "ivanka", "jacqueline", "jane", "janet", "janice", "jen", "jennifer", "jessica", "joan", "joni",
    "joyce", "judith", "judy", "julia", "julie", "kamala", "karen", "kate", "katherine", "kathleen", "kathryn",
    "katie", "kayla", "keisha", "kellyanne", "kimberly", "kirsten", "kristalina", "laura", "lauren", "leah", "lily",
    "linda", "lisa", "liz", "lori", "lucia", "lucy", "madison", "margaret", "maria", "marie", "marilyn", "marine",
    "marissa", "marta", "martha", "mary", "megan", "melania", "melissa", "mia", "michelle", "nancy", "natalia",
    "natalie", "nicola", "nicole", "nikki", "nina", "olga", "olivia", "pamela", "patricia", "paula", "rachel",
    "rashida", "rebecca", "rosa", "ruth", "samantha", "sandra", "sara", "sarah", "sharon", "sheryl", "shirley",
    "silvia", "sonia", "sophia", "sophie", "stephanie", "susan", "svetlana", "tara", "tatiana", "teresa", "theresa",
    "tulsi", "ursula", "valentina", "vera", "victoria", "virginia", "yulia", "zoe", "kristi", "stacey", "elise",
    "gretchen", "tammy", "maxine", "marsha", "condoleezza", "hope", "sue", "sally", "kathy", "meghan", "megyn",
    "lois", "marcia", "kirstjen", "sheila", "lesley",
  ]

  static let maleNames: WordSet = [
    "aaron", "abdel", "abdul", "abdullah", "adam", "ahmad", "ahmed", "ahmet", "alan", "albert", "alberto",
    "alejandro", "aleksei", "alexander", "alexei", "alexey", "andrei", "andres", "andrew", "anthony", "antonio",
    "arthur", "barack", "bashar", "ben", "benjamin", "bernard", "bernie", "beto", "bill", "billy", "bob", "bobby",
    "boris", "brandon", "brian", "bruce", "bryan", "carl", "carlos", "charles", "chris", "christopher", "chuck",
    "cory", "cyril", "dan", "daniel", "david", "dennis", "devin", "dick", "diego", "dmitri", "dmitry", "don",
    "donald", "douglas", "dwight", "edward", "eduardo", "elijah", "elon", "emmanuel", "enrique", "eric", "ethan",
    "eugene", "evgeny", "felipe", "fernando", "francisco", "frank", "franklin", "gary", "george", "gerald",
    "gregory", "gustavo", "harold", "harry", "hassan", "hector", "henry", "hugo", "igor", "ivan", "jack", "jacob",
    "james", "jared", "jason", "javier", "jeb", "jeff", "jeffrey", "jeremy", "jerome", "jerry", "jesse", "jim",
    "jimmy", "joe", "john", "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "justin",
    "keith", "ken", "kenneth", "kevin", "kyle", "larry", "lawrence", "liam", "louis", "lucas", "luis", "mark",
    "martin", "matt", "matthew", "michael", "miguel", "mike", "mikhail", "mitch", "mitt", "mohammad", "mohammed",
    "muhammad", "nathan", "nicholas", "nick", "oleg", "oliver", "omar", "oscar", "pablo", "patrick", "paul", "pete",
    "peter", "philip", "rafael", "ralph", "rand", "randy", "raymond", "richard", "rick", "robert", "roberto",
    "roger", "ron", "ronald", "roy", "rudy", "russell", "ryan", "sam", "samuel", "scott", "sean", "sergei",
    "sergey", "stephen", "steve", "steven", "ted", "thomas", "tim", "timothy", "tom", "tony", "tyler", "victor",
    "vladimir", "walter", "warren", "wayne", "william", "xi", "yuri", "zachary",
  ]

  static let femaleRoles: WordSet = [
    "spokeswoman", "congresswoman", "chairwoman", "councilwoman", "businesswoman", "assemblywoman", "anchorwoman",
    "policewoman", "sportswoman", "stateswoman", "alderwoman", "actress", "queen", "princess", "duchess", "wife",
    "mother", "daughter", "sister", "grandmother", "widow",
  ]
  static let maleRoles: WordSet = [
    "spokesman", "congressman", "chairman", "councilman", "businessman", "assemblyman", "anchorman", "policeman",
    "sportsman", "statesman", "alderman", "actor", "king", "prince", "duke", "husband", "father", "son", "brother",
    "grandfather", "widower",
  ]

  init?(pronoun: String) {
    switch pronoun.lowercased() {
    case "she": self = .female
    case "he": self = .male
    default: return nil
    }
  }

  /// The gender a mention shows: its honorific or role noun, else its given name — for a one-word
  /// mention, the given name of the full name the article writes with that surname.
  static func of(name: [String], written: String, in people: [PersonFinder.Candidate]) -> Gender? {
    if let marked = marked(written) { return marked }
    var given = name.count >= 2 ? WordTokenizer.foldCase(name[0]) : nil
    if given == nil, let surname = name.last {
      // (a surname two people of the article share, of either gender, shows none: `Trump` after
      // `told Melania Trump` is no `she`)
      var found: Gender? = nil
      for p in people where p.name.count >= 2 && p.name.last == surname {
        guard let g = of(given: WordTokenizer.foldCase(p.name[0])) else { continue }
        if let f = found, f != g { return nil }
        found = g
      }
      return found
    }
    return given.flatMap(of(given:))
  }

  /// The gender an honorific or a role noun in a mention as written shows (`Mr. Shaw`, `the
  /// spokeswoman`), else nil.
  static func marked(_ written: String) -> Gender? {
    // over the bytes of the folded text: resolution asks this of most mentions in a corpus
    let folded = WordTokenizer.foldCase(written)
    var female = false, male = false
    for word in folded.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2E || $0 == 0x2C }) {
      guard let w = String(word) else { continue }
      // (role nouns by name: a surname may end in -man, `Ruth Feldman`)
      if w == "mrs" || w == "ms" || w == "miss" || w == "madam" || femaleRoles.contains(w) {
        female = true
        break
      }
      if !male, w == "mr" || maleRoles.contains(w) { male = true }
    }
    return female ? .female : male ? .male : nil
  }

  /// The gender a given name (lower case) shows, if it is in a list.
  static func of(given: String) -> Gender? {
    if femaleNames.contains(given) || censusFemaleNames.contains(given) { return .female }
    if maleNames.contains(given) || censusMaleNames.contains(given) { return .male }
    return nil
  }

  /// True when only the census's lists gender a given name (`sidney`, ten to one male): a guess
  /// the article's own pronouns may overrule.
  static func onlyCensusGenders(given: String) -> Bool {
    !femaleNames.contains(given) && !maleNames.contains(given) && (censusFemaleNames.contains(given) || censusMaleNames.contains(given))
  }
}
