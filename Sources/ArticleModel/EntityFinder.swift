/// Organisations and places an article names, found without a statistical model: a capitalised
/// run that ends in an organisation word (`State Department`, `Nusra Front`, `Washington Post`)
/// or is a known acronym or body (`NATO`, `Pentagon`) is an organisation; a run in the gazetteer
/// of countries and large cities is a place.
enum EntityFinder {
  enum Kind { case organisation, place }

  static let organisationHeads: WordSet = [
    "department", "ministry", "agency", "front", "group", "party", "council", "committee", "house", "post",
    "times", "news", "press", "army", "navy", "forces", "force", "bank", "university", "institute", "court",
    "senate", "congress", "parliament", "union", "nations", "state", "corporation", "company", "inc", "corp",
    "foundation", "commission", "board", "office", "service", "journal", "brotherhood", "coalition",
    "organization", "organisation", "association", "guard", "police", "administration", "assembly",
    "network", "center", "centre", "school", "college", "league", "movement", "command", "authority",
    "federation", "tribune", "herald", "guardian", "telegraph", "monitor", "daily", "bureau",
  ]
  static let organisations: WordSet = [
    "pentagon", "kremlin", "reuters", "nato", "un", "eu", "fbi", "cia", "nsa", "isis", "isil", "daesh", "hezbollah",
    "hamas", "taliban", "al-qaeda", "al-nusra", "opec", "who", "imf", "gop", "cnn", "bbc", "nbc", "cbs", "abc", "afp",
    "ap", "nyt", "politico", "google", "facebook", "twitter", "apple", "amazon", "microsoft", "rfe/rl", "tass",
    "interfax", "fox", "msnbc", "npr", "nasa", "epa", "irs", "doj", "dhs", "congress", "senate", "parliament",
  ]
  static let places: WordSet = [
    "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahrain",
    "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "bulgaria", "cambodia", "canada", "chile",
    "china", "colombia", "croatia", "cuba", "cyprus", "czech republic", "denmark", "egypt", "estonia", "ethiopia",
    "finland", "france", "georgia", "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary",
    "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan",
    "kenya", "kosovo", "kuwait", "kyrgyzstan", "kyrgyz republic", "latvia", "lebanon", "libya", "lithuania",
    "malaysia", "mali", "mexico", "moldova", "mongolia", "morocco", "myanmar", "nepal", "netherlands",
    "new zealand", "nicaragua", "niger", "nigeria", "north korea", "norway", "oman", "pakistan", "palestine",
    "panama", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "russian federation",
    "rwanda", "saudi arabia", "serbia", "singapore", "slovakia", "somalia", "south africa", "south korea",
    "spain", "sri lanka", "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
    "thailand", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine", "united arab emirates",
    "united kingdom", "united states", "usa", "u.s.", "us", "uk", "britain", "great britain", "england",
    "scotland", "wales", "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zimbabwe", "europe", "asia",
    "africa", "middle east", "crimea", "gaza", "west bank", "kashmir", "moscow", "washington", "london", "paris",
    "berlin", "beijing", "tokyo", "kyiv", "kiev", "damascus", "aleppo", "amman", "baghdad", "tehran", "ankara",
    "istanbul", "cairo", "jerusalem", "tel aviv", "beirut", "riyadh", "doha", "dubai", "kabul", "islamabad",
    "new delhi", "delhi", "mumbai", "seoul", "pyongyang", "hong kong", "shanghai", "brussels", "geneva",
    "vienna", "rome", "madrid", "warsaw", "minsk", "bishkek", "yerevan", "baku", "tbilisi", "astana", "tashkent",
    "new york", "los angeles", "chicago", "houston", "boston", "miami", "san francisco", "seattle", "atlanta",
    "texas", "california", "florida", "ohio", "michigan", "pennsylvania", "iowa", "virginia", "arizona",
    "wisconsin", "minnesota", "north carolina", "south carolina", "nevada", "colorado", "new jersey", "alaska",
    "hawaii", "idaho", "illinois", "indiana", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "mississippi", "missouri", "montana", "nebraska", "new hampshire", "new mexico", "oklahoma",
    "oregon", "tennessee", "utah", "vermont", "west virginia", "wyoming", "alabama", "arkansas", "connecticut",
    "delaware", "north dakota", "south dakota", "rhode island", "puerto rico", "baltimore", "detroit",
    "philadelphia", "ferguson", "charlottesville", "el paso", "des moines", "milwaukee", "sochi", "kharkiv",
    "donetsk", "luhansk", "mariupol", "idlib", "raqqa", "mosul", "homs",
  ]

  // (32 bytes: every article holds its list until resolution, at the load's peak; the words as
  // written are the paragraph's)
  struct Found: Sendable, Equatable {
    private let span: ParagraphSpan
    let kind: Kind
    let name: String

    var paragraph: Int { span.paragraph }
    var range: Range<Int> { span.range }

    init(paragraph: Int, range: Range<Int>, name: String, kind: Kind) {
      span = ParagraphSpan(paragraph: paragraph, range: range)
      self.kind = kind
      self.name = name
    }
  }

  static func find(paragraph: Int, text: String, tokens: [WordToken], people: [Range<Int>]) -> [Found] {
    var out: [Found] = []
    var i = 0
    while i < tokens.count {
      guard tokens[i].kind == .word, tokens[i].isCapitalized || tokens[i].key.hasPrefix("al-") else {
        i += 1
        continue
      }
      var j = i
      while j + 1 < tokens.count, tokens[j + 1].kind == .word,
        tokens[j + 1].isCapitalized || tokens[j + 1].key == "of" && j + 2 < tokens.count && tokens[j + 2].isCapitalized
      {
        j += 1
      }
      var run = Array(tokens[i...j])
      while let f = run.first, Lexicon.sentenceWords.contains(f) && f.key != "us" { run.removeFirst() }
      defer { i = j + 1 }
      guard let first = run.first, let last = run.last else { continue }
      let range = first.range.lowerBound..<last.range.upperBound
      // people's ranges are in text order: the one that could overlap is found by binary search
      let k = people.partitionPoint { $0.upperBound <= range.lowerBound }
      if k < people.count && people[k].overlaps(range) { continue }
      let keys = run.map(\.baseKey)
      let joined = keys.joined(separator: " ")
      let written = QuoteFinder.join(run).replacingAll("’s", with: "").replacingAll("'s", with: "")
      if places.contains(joined) {
        out.append(Found(paragraph: paragraph, range: range, name: canonicalPlace(written), kind: .place))
      } else if organisationHeads.contains(keys.last!) && run.count >= 2 || run.count == 1 && organisations.contains(keys[0]) {
        out.append(Found(paragraph: paragraph, range: range, name: written, kind: .organisation))
      } else if run.count >= 2, places.contains(keys[0]), !organisationHeads.contains(keys.last!) {
        // `Syria peace process`, `Moscow talks`: the place at the front of a longer run
        let r = run[0].range
        out.append(Found(paragraph: paragraph, range: r, name: canonicalPlace(QuoteFinder.stripPossessive(run[0].text)), kind: .place))
      }
    }
    return out
  }

  /// One name for a place however it is written.
  static func canonicalPlace(_ written: String) -> String {
    switch WordTokenizer.foldCase(written) {
    case "u.s.", "us", "usa", "united states": return "United States"
    case "uk", "britain", "great britain", "united kingdom": return "United Kingdom"
    case "russian federation": return "Russia"
    case "kiev": return "Kyiv"
    default:
      // MOSCOW in a dateline is Moscow
      guard !written.contains(where: \.isLowercase) else { return written }
      return written.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
  }
}
