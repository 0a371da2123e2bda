/// Word lists the extractors share. All entries are lower case, compared with `WordToken.key`.
enum Lexicon {
  /// Verbs and phrases that attribute speech (`said`, `told`, `according to` is handled apart).
  static let cueVerbs: WordSet = [
    "said", "says", "say", "told", "tells", "added", "adds", "stressed", "stresses", "emphasized",
    "emphasised", "emphasizes", "noted", "notes", "wrote", "writes", "asked", "asks", "insisted",
    "insists", "warned", "warns", "explained", "explains", "responded", "responds", "replied",
    "replies", "declared", "declares", "argued", "argues", "continued", "continues", "claimed",
    "claims", "stated", "states", "announced", "announces", "acknowledged", "admitted", "agreed",
    "observed", "remarked", "recalled", "conceded", "contended", "maintained", "suggested",
    "predicted", "cautioned", "urged", "revealed", "tweeted", "posted", "underscored", "underlined", "affirmed",
    "asserted", "commented", "concluded", "confirmed", "denied", "described", "joked", "lamented",
    // (set 22: `not “delay, delay, delay,” as Trump smirked`)
    "smirked", "sneered", "snarled", "griped",
    "mused", "pointed", "promised", "reiterated", "repeated", "reported", "shouted", "testified",
    "vowed", "wondered", "yelled", "charged", "countered", "complained", "boasted", "quipped",
    "whispered", "answered", "demanded", "enthused", "enthuses", "exclaimed", "marveled", "marvelled",
    "sighed", "pleaded", "scoffed", "snapped", "retorted", "fumed", "groused", "gushed", "crowed",
    "interjected", "objected", "chanted", "bellowed", "exploded", "volunteered", "protested", "recounted", "reflected", "reasoned", "speculated",
    // (set 33: `Spencer Greenberg … advises that potential debaters remember …. “…”`)
    "advises", "advised",
    // (set 35: `Paul Beston decried Holt’s query … as his “lowest moment”`)
    "decried", "decries",
    // (present forms of cues above that are seldom nouns: `Lawyer Rienzi counters that "…"`; not
    // `jokes`, `fumes`, `recounts`, `wonders`, `marvels`, `whispers`, `gripes`, nouns as often)
    "counters", "quips", "boasts", "laments", "muses", "gushes", "retorts", "scoffs", "speculates", "opines",
    "interjects", "exclaims", "underscores", "grouses",
    "opined", "acknowledges", "admits", "agrees", "observes", "recalls", "concedes", "contends",
    "maintains", "suggests", "predicts", "cautions", "urges", "complains", "testifies",
    "reiterates", "confirms", "denies", "describes", "concludes", "asserts", "affirms", "reads", "proclaims", "proclaimed",
    // (set 30: `a federal district court ruled the policy to be overbroad due to “punishing speech
    // …”`, `Trump's position as he summarized it during his remarks: “Everybody wants it.”`)
    "ruled", "summarized", "summarised",
    // (set 42: `“like a grass fire,” Tony Oliveira, president of …, remembered in 2010`)
    "remembered",
    // (set 46: `Hoover assured the press that “subversive influences” had gained control`)
    "assured", "assures",
    // (set 54: `Ken Mehlman, who confessed the GOP has strived “to benefit politically …”`)
    "confessed", "confesses",
    // (set 62, a hearing: `“You did have communications with the Russians …?” Lieu pressed.`,
    // `Grassley pressed him to clarify: "…"`)
    "pressed",
  ]
  // not `comments`, `reports`, `tweets`, `posts`, `vows`: plural nouns as often (`said of Trump's comments`)
  /// Plain forms, a cue only after the quotation (`“…,” the researchers write`): before one they
  /// stand in embedded clauses as often (`asked that Clinton agree to a “transcribed” interview`,
  /// `Obama said economists predict … “get this done”`).
  static let plainCueVerbs: WordSet = [
    "write", "explain", "add", "warn", "insist", "argue", "stress", "ask", "tell", "respond", "reply",
    "acknowledge", "admit", "agree", "recall", "contend", "maintain", "conclude", "caution", "suggest",
    "predict", "observe", "emphasize", "complain", "testify", "concede", "assert", "confirm", "deny",
  ]
  // not `called`, `accused` (tried on set 13): `she called for an end of “safe spaces”` went to the
  // wrong person and `Ford, who accused him of …, constituted a “hot story”` to Ford
  /// Participles that attribute speech to the subject of their sentence (`…, adding, “…”`).
  static let participleCues: WordSet = [
    "saying", "adding", "arguing", "noting", "insisting", "writing", "explaining", "claiming", "warning",
    "declaring", "stating", "promising", "calling", "telling", "asking", "urging", "describing", "vowing",
    // (`…, criticizing CNN for mocking the RNC for “acknowledging …”`: the subject's words)
    "demanding", "criticizing", "accusing",
    // (set 40: `Brian Williams opened his broadcast … announcing that the administration was trying "to …"`)
    "announcing",
    // (not `alleging`, `concluding`, tried on set 30: of ABP's 50 quotations `alleging` gave, a
    // third were someone else's — `two men … sued the Trump campaign, …, alleging in the complaint
    // that they were “assaulted …”` went to Trump — and `DeVos would do well to note …, in which the
    // Third Circuit Court struck down …, concluding that “…”` to DeVos)
    // (not `shouting`, `chanting`, `yelling`, `screaming`, tried on set 23: on ABP most of the 112
    // quotations they added were a crowd's words credited to the sentence's subject)
    // (`…, posting on Twitter: “…”`, `Trump refuted Bolton's account, tweeting out early Monday: "…"`)
    "posting", "tweeting",
    // (set 54: `a 2010 speech by … Michael Steele, admitting that “…”`)
    "admitting", "acknowledging", "conceding", "confessing", "recalling", "complaining", "boasting",
  ]
  /// Any form of a speech verb: past or present, plain or participle (`said`, `add`, `saying`).
  static func isCueForm(_ key: String) -> Bool {
    cueVerbs.contains(key) || plainCueVerbs.contains(key) || participleCues.contains(key)
  }
  /// Verbs after which a name is the speaker, not the one spoken to (`says Dittmar`, but `told
  /// Comey`).
  static let inversionCues: WordSet = [
    "said", "says", "added", "adds", "wrote", "writes", "explained", "explains", "noted", "notes",
    "continued", "continues", "argued", "argues", "insisted", "insists", "declared", "stated",
    "recalled", "acknowledged", "observed", "remarked", "replied", "responded", "tweeted", "recalls", "reads", "states",
  ]
  /// Titles written before a name (`Mr. Kerry`, `President Putin`).
  /// A title, also with a trailing period (`Gen.`) or as the last part of a compound
  /// (`Major-General`, `Vice-President`).
  static func isTitle(_ key: String) -> Bool {
    let k = key.hasSuffix(".") ? String(key.dropLast()) : key
    if titles.contains(k) { return true }
    guard k.utf8.contains(0x2D), let last = k.split(separator: "-").last else { return false }
    // (`President-elect Trump`, `Secretary-designate`: the office before its suffix)
    if last == "elect" || last == "designate", let first = k.split(separator: "-").first { return titles.contains(String(first)) }
    return titles.contains(String(last))
  }

  /// `Dean Baquet`, `Gov. Bill Lee`: a word that is a title or an organisation word and also a
  /// first name is the first name when one surname follows it and ends the name; `Prince
  /// William`, `Pope Francis`, `King Abdullah` keep their title, the one name they go by.
  static func firstNameBeforeSurname(_ run: [WordToken], at k: Int) -> Bool {
    let key = run[k].baseKey
    guard FirstNames.all.contains(key) || regnalTitles.contains(key) else { return false }
    var surname: WordToken? = nil
    // (a lower-case particle belongs to the surname: `Mayor Bill de Blasio`, `Vincent van Gogh`)
    for t in run[(k + 1)...] where t.kind == .word && !(t.isLowercase && nameParticles.contains(t)) {
      if surname != nil { return false }
      surname = t
    }
    guard let surname else { return false }
    return !titles.contains(surname.baseKey) && !nonPersonWords.contains(surname.baseKey)
  }
  static let regnalTitles: WordSet = ["pope", "prince", "princess", "king", "queen"]
  static let titles: WordSet = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady",
    "president", "vice", "prime", "minister", "secretary", "senator", "sen", "sen.", "rep", "rep.",
    "representative", "gov", "gov.", "governor", "mayor", "gen", "gen.", "general", "adm", "admiral",
    "col", "col.", "colonel", "lt", "lt.", "lieutenant", "capt", "capt.", "captain", "sgt", "sgt.",
    // (`Lance Cpl. Ally Beiswanger` made a person `Lance Cpl`; a lone `Lance Armstrong` stays a name)
    "cpl", "cpl.", "corporal", "lance", "pvt", "pvt.", "spc", "spc.",
    "judge", "justice", "king", "queen", "prince", "princess", "pope", "rev", "rev.", "reverend",
    "chancellor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
    "chair", "director", "chief", "commander", "leader", "speaker", "attorney", "deputy", "sheikh", "ayatollah", "emir", "sultan", "premier",
    "officer", "detective", "sheriff", "coach", "pastor", "bishop", "cardinal", "rabbi", "imam",
    "congressman", "congresswoman", "councilman", "councilwoman", "superintendent", "inspector",
    "agent", "former", "acting", "u.s.", "us", "russian", "american", "british", "french", "german",
    "chinese", "israeli", "iranian", "syrian", "turkish", "ukrainian", "democratic", "republican",
    "assemblyman", "assemblywoman", "delegate", "official", "executive", "ceo", "founder", "historian",
    "pollster", "strategist", "columnist", "commentator", "activist", "author", "scholar", "economist", "analyst",
    "professor", "counsel", "commissioner", "anchor", "host", "correspondent", "editor", "reporter", "manager",
    "lawmaker", "dean", "sergeant", "marshal", "trustee", "councillor", "solicitor", "physician",
    // (set 31: `Supervisor Bill Gates said`, a county's elected board)
    "supervisor",
    // (set 62, The Hill: `Senate Majority Whip John Thune` was a `Whip John Thune`)
    "whip",
    // (`Moderator Martha Raddatz pressed him: "…"`)
    "moderator",
    // (set 63: `NASA Administrator Jim Bridenstine told …` was a person `Administrator Jim
    // Bridenstine`; offices of a state, a county or a city the same way)
    "administrator", "treasurer", "comptroller", "auditor", "clerk",
    // (set 47: `State Board of Education Board Member Georgina Perez is …`; `Council Member`)
    "member",
    // (set 48: `Expert J.J. McNab told the Associated Press`)
    "expert",
    // (set 59: `She joined Justices Clarence Thomas, John Roberts, …`)
    "justices", "sens.", "reps.", "senators", "drs.", "sens", "reps", "drs",
    // (set 44: `Junior Adam Lemon, president of the Duke College Republicans, said`: a student's year)
    "freshman", "sophomore", "junior",
    // (set 9: `Fox contributor Newt Gingrich`, `public defender, Mano Raju,`)
    "contributor", "defender", "writer", "journalist", "consultant", "lobbyist", "publisher", "producer",
    "scientist", "comedian", "actor", "actress", "businessman", "businesswoman", "billionaire",
    "entrepreneur", "investor", "epidemiologist", "psychologist", "psychiatrist", "surgeon", "nurse",
    "organizer", "advocate", "lawyer", "prosecutor", "aide", "adviser", "advisor", "researcher",
    // (set 20: `Anthropologist Emanuel Marx described …`)
    "anthropologist", "sociologist", "biologist", "physicist", "archaeologist", "philosopher", "theologian",
    "astronomer", "neuroscientist", "demographer", "criminologist", "linguist", "chemist", "geologist",
    "climatologist", "ecologist",
  ]
  /// Adjectives of nations and peoples: capitalised before a name or a party, never the start of
  /// a person's name (`Scottish Labour leader Jim Murphy` names no person `Scottish Labour`).
  /// (Not the first words of places, `Saudi`, `Latin`, `Puerto`: `Saudi Arabia` must stay whole to
  /// be known as a place.)
  static let demonyms: WordSet = [
    "american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian", "spanish",
    "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian", "danish", "finnish",
    "icelandic", "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "serbian",
    "croatian", "bosnian", "albanian", "ukrainian", "belarusian", "lithuanian", "latvian", "estonian",
    "russian", "chechen", "armenian", "azerbaijani", "turkish", "kurdish", "european", "canadian",
    "mexican", "cuban", "haitian", "jamaican", "brazilian", "argentine", "argentinian", "chilean",
    "colombian", "venezuelan", "peruvian", "bolivian", "ecuadorian", "nicaraguan", "honduran",
    "guatemalan", "salvadoran", "panamanian", "australian", "chinese", "japanese",
    "korean", "taiwanese", "tibetan", "uighur", "uyghur", "mongolian", "vietnamese", "thai", "cambodian",
    "burmese", "filipino", "indonesian", "malaysian", "singaporean", "indian", "pakistani", "afghan",
    "bangladeshi", "nepali", "iranian", "iraqi", "syrian", "lebanese", "jordanian", "israeli", "palestinian",
    "egyptian", "emirati", "qatari", "bahraini", "kuwaiti", "omani", "yemeni", "libyan", "tunisian",
    "algerian", "moroccan", "sudanese", "ethiopian", "eritrean", "somali", "kenyan", "ugandan", "nigerian",
    "ghanaian", "senegalese", "congolese", "rwandan", "african", "asian", "arab", "arabic", "catalan", "basque",
    "soviet", "kazakh", "uzbek",
  ]
  /// Titles that qualify a name without vouching that the capitalised words after them are a
  /// person (`American Women`, `Former Soviet Union`).
  static let qualifierTitles: WordSet = [
    "former", "acting", "u.s.", "us", "russian", "american", "british", "french", "german", "chinese", "israeli",
    "iranian", "syrian", "turkish", "ukrainian", "democratic", "republican", "vice", "deputy", "chief",
    "freshman", "sophomore", "junior",
  ]
  /// Auxiliaries that headlines capitalise (`What Will Be Obama's Legacy?`): never part of a name.
  /// `May` and `Will` are names too, so they are not here.
  static let verbsInTitles: WordSet = [
    "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "does", "did", "should",
    "would", "could", "must", "shall", "cannot", "isn't", "aren't", "won't", "can't", "don't", "doesn't",
    // (a headline's speech verb: `A Former Marine Says It's Possible` made a person `Marine Says It`)
    "says", "tells", "warns", "slams", "blasts", "urges", "admits", "insists", "vows", "claims",
  ]
  /// Nouns that name a role (`spokesman`, `official`); a speaker phrase made of these names no
  /// person.
  static let roleNouns: WordSet = [
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "secretary",
    "president", "leader", "director", "chief", "adviser", "advisor", "aide", "ambassador", "envoy",
    "representative", "diplomat", "officer", "commander", "general", "analyst", "expert", "source",
    "sources", "senator", "governor", "mayor", "chairman", "chairwoman", "lawmaker", "lawyer",
    "attorney", "prosecutor", "judge", "authority", "authorities", "negotiator", "candidate",
    "executive", "founder", "professor", "researcher", "economist", "witness", "resident", "member",
    "administration", "campaign", "statement", "announcement", "report", "police", "ministry",
    "department", "agency", "government", "office", "spokespeople", "premier", "chancellor",
    // (`in the words of the network’s medical correspondent`)
    "correspondent", "reporter", "columnist", "host", "anchor", "commentator", "contributor", "editor",
    "journalist", "strategist", "consultant", "pollster", "historian", "scientist", "doctor", "physician",
    // (`“…,” the speaker said` after `House Speaker Christopher G. Donovan`)
    "speaker",
    // (`a local ruling party politician said`; not `lady`: `the first lady said` then names no one,
    // where the pronoun or the sentence's subject had found Melania Trump)
    "politician",
  ]
  /// Groups and documents that can speak a quotation as written (`the House chairs said`, `her
  /// website enthuses`, `the lawsuit argues`); used by the quote finder only, not for people's roles.
  static let speakerNouns: WordSet = [
    "chairs", "leaders", "lawyers", "attorneys", "aides", "advisers", "advisors", "experts", "analysts",
    "prosecutors", "investigators", "critics", "supporters", "opponents", "protesters", "residents",
    "organizers", "organisers", "activists", "scientists", "researchers", "doctors", "economists",
    "lawmakers", "senators", "members", "staff", "staffers", "colleagues", "team", "spokesmen",
    "website", "site", "blog", "letter", "memo", "filing", "lawsuit", "complaint", "ruling", "decision", "order",
    "document", "documents", "proposal", "release", "study", "survey", "poll", "editorial", "tweet",
    "indictment", "affidavit", "guidance", "rule", "regulation", "platform", "manifesto", "petition",
    // (set 58: `The legislator said: “…”`, `The disclaimer states that “…”`)
    "legislator", "legislators", "disclaimer",
    // (set 55: `One caller said: "…"`, a 911 call)
    "caller", "callers", "bystander", "bystanders", "eyewitness", "eyewitnesses", "passenger", "passengers", "dispatcher", "onlooker",
    // (set 50: `The crowd chanted, “Mitt! Mitt! Mitt!”`)
    "crowd", "crowds", "audience", "demonstrators", "marchers", "fans",
    // (set 48: `“…,” LMPD's policies state`)
    "policy", "policies", "rules", "guidelines",
    "judges", "justices", "officers", "voter", "voters", "parents", "family", "families", "mother", "father",
    "wife", "husband", "son", "daughter", "brother", "sister", "friend", "friends", "neighbor", "neighbour",
    "owner", "owners", "employee", "employees", "worker", "workers", "manager", "managers", "group",
    "groups", "company", "firm", "organization", "organisation", "union", "court", "committee", "panel",
    "board", "council", "commission", "bureau", "agencies", "ministries", "departments", "governments",
    "signatories", "authors", "writers", "politicians",
    // (set 20: `psychologists argue that so-called tribalism is “…”`; not `reporters` or
    // `journalists`, who are told more often than they speak: `During a briefing with reporters, a
    // White House official said` lost its speaker)
    "psychologists", "psychiatrists", "anthropologists", "sociologists", "historians", "academics",
    "epidemiologists", "physicians", "professors", "pollsters", "strategists",
    // (set 43: `“…,” the paper wrote`)
    "paper", "newspaper", "magazine",
    "diplomats", "commentators",
    // (set 21: `a more seasoned colleague told me “…”`; kin and the people one works beside)
    "colleague", "coworker", "co-worker", "classmate", "roommate", "cousin", "uncle", "aunt", "nephew", "niece",
    "grandmother", "grandfather", "relative", "relatives", "boss", "mentor", "acquaintance", "spouse",
    // (set 23: `said his grandson, David Eisenhower, a noted historian`)
    "grandson", "granddaughter", "sons", "daughters", "brothers", "sisters", "widow", "widower", "stepfather",
    "stepmother", "stepson", "stepdaughter", "sibling", "siblings",
    // people and documents that speak in news as often as officials do (`one Trump associate said`,
    // `As a burrito seller said of the Cubans`, `“…,” the e-mail said`)
    "associate", "associates", "man", "woman", "men", "women", "boy", "girl", "person", "seller", "vendor",
    "driver", "student", "students", "teacher", "teachers", "nurse", "nurses", "farmer", "farmers",
    "soldier", "soldiers", "veteran", "veterans", "customer", "customers", "patient", "patients", "fan",
    "fans", "citizen", "citizens", "plaintiff", "plaintiffs", "defendant", "victim", "victims",
    "survivor", "survivors", "insider", "insiders", "donor", "donors", "ally", "allies", "confidant",
    "participant", "participants", "volunteer", "volunteers", "staffer", "observer", "observers",
    "blogger", "writer", "author", "scholar", "scholars", "activist", "supporter", "opponent", "critic",
    "protester", "demonstrator", "demonstrators", "e-mail", "email", "emails", "message", "preamble",
    "notice", "banner", "caption", "operative", "operatives", "companion", "companions",
    // (`a frequently seen bumper sticker proclaims: “…”`)
    "sticker", "sign", "signs", "billboard", "placard", "poster",
    // (set 24: `“…?” the video asks`, `“…,” the ad says`, `the editors of National Review wrote`)
    "video", "videos", "ad", "ads", "advertisement", "commercial", "editors",
    // (set 25: `a security guard approached him and said, "Let's go."`; set 26: `as its cadres have put it`)
    "guard", "guards", "cadres",
    // (`“…,” the suit stated` in set 14, `the draft reportedly says` in 29, `“…,” the piece said` in 7: writings
    // that speak like the lawsuit and the report)
    "suit", "draft", "piece", "article", "essay", "column", "op-ed", "obituary", "meme", "transcript",
    // (set 38: `“…,” the network said`)
    "network", "newspaper", "station", "outlet", "magazine",
    // (`An NBC News headline declared, “…”`, `the paper says`)
    "headline", "newspaper", "sheet", "autopsy", "analysis", "audit", "review", "investigation", "footage", "recording", "transcript",
    // (set 30: `the technology giant denied it “set a political agenda”`, `The plaque explains that
    // the sculpture was built “with funds …”`, `her obituary … eulogized that her “name …”`)
    "giant", "plaque", "inscription", "obituary",
    // (set 32: `The school said it “welcomes speakers …”`)
    "school", "university", "college", "hospital",
    // (set 34: `according to an online bio on the school website`, `The policy states: “…”`)
    "bio", "biography", "profile", "policy", "statute",
    // (set 61: `according to the guidance`; not `plan`, which made `May's "soft Brexit" plan and
    // said` a quotation of the plan's)
    "guidance",
  ]
  static let pronouns: WordSet = ["he", "she", "they", "i", "we"]
  static let determiners: WordSet = ["the", "a", "an", "another", "one", "two", "its", "his", "her", "their"]
  /// Capitalised words that mark an organisation, a place or a thing, not a person.
  static let nonPersonWords: WordSet = [
    "state", "states", "district", "staff", "department", "foreign", "defense", "defence", "press", "house", "front", "islamic", "group", "center", "centre", "union",
    "council", "ministry", "agency", "news", "associated", "reuters", "federation", "republic",
    "army", "force", "forces", "air", "navy", "court", "party", "committee", "university", "street",
    "post", "times", "journal", "office", "senate", "congress", "parliament", "kremlin", "pentagon",
    "white", "nations", "united", "bank", "company", "corporation", "inc", "corp", "ltd", "institute",
    "foundation", "church", "school", "college", "city", "county", "province", "region", "island",
    "river", "mountain", "sea", "ocean", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "middle", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "syria", "russia", "moscow", "washington",
    "america", "american", "russian", "syrian", "iran", "iraq", "china", "europe", "european",
    "africa", "asia", "britain", "british", "france", "french", "germany", "german", "israel",
    "ukraine", "turkey", "nato", "isis", "isil", "daesh", "qaeda", "al-qaeda", "nusra", "al-nusra",
    "operation", "operations", "implementation", "joint", "command", "military", "security",
    "intelligence", "international", "national", "federal", "general", "global", "world", "daily",
    "online", "network", "tv", "radio", "channel", "magazine", "herald", "tribune", "gazette",
    "observer", "guardian", "telegraph", "express", "mail", "sun", "globe", "fox", "cnn", "bbc", "nbc",
    "cbs", "abc", "msnbc", "npr", "ap", "afp", "god", "covid-19", "coronavirus", "democrats",
    "republicans", "democratic", "republican", "administration", "government", "authority", "act",
    "bill", "law", "treaty", "plan", "program", "programme", "project", "initiative", "summit",
    "conference", "war", "civil", "affairs", "relations", "service", "services", "commission",
    "board", "capital", "airport", "station", "hospital", "prison", "police", "guard", "coast",
    "valley", "park", "square", "avenue", "road", "bridge", "tower", "hall", "palace", "museum",
    "library", "stadium", "club", "team", "league", "cup", "championship", "olympics", "games",
    "award", "prize", "festival", "day", "week", "month", "year", "today", "jabhat", "hezbollah",
    "hamas", "taliban", "brotherhood", "coalition", "alliance", "movement", "organization",
    "organisation", "association", "society", "trust", "fund", "assembly", "cabinet",
    "reserve", "treasury", "exchange", "market", "markets", "stock", "index", "democrat",
    "gop", "twitter", "facebook", "medicare", "medicaid", "obamacare", "internet", "christmas",
    // (ABP wrote 2,302 mentions of a person `Public Health` and 573 of `Persian Gulf`: a lone
    // `Health` or `Gulf` took the corpus's full name with that last word)
    "public", "persian", "gulf", "health", "policy", "americans", "russians", "palestinians", "iranians",
    "israelis", "syrians", "iraqis", "afghans", "europeans", "africans", "mexicans", "cubans", "koreans",
    "ukrainians", "saudis", "kurds", "christians", "muslims", "jews", "catholics", "evangelicals",
    "latinos", "hispanics", "asians", "canadians",
    // (CNN's gallery text inside paragraphs made `Hide Caption` and `Nelson Mandela Photos` the
    // corpus's third and fourth most mentioned people; `North Korea` left a lone `Korea`)
    "photos", "photo", "caption", "captions", "hide", "korea", "capitol", "mission", "amendment",
    "parenthood", "sept", "people", "one", "carolina", "dakota", "hampshire", "jersey", "constitution",
    "wikileaks", "feb", "aug", "oct", "nov", "dec",
    // (set 37: `The Buckmaster Show, which airs weekdays` made `Buckmaster` a person `Buckmaster Show`)
    "show", "podcast", "series", "documentary", "album",
    // (set 45: `Immigrations and Customs Enforcement and Customs and Border Protection` made a
    // person `Customs Enforcement`, whom a later `he` stood for; `Niagara Falls`, `Peace Corps`)
    "customs", "enforcement", "protection", "corps", "falls",
  ]
  /// Words that often open a sentence in capitals and are not names.
  static let sentenceWords: WordSet = [
    "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "to", "of", "by", "with", "as",
    "if", "when", "while", "after", "before", "since", "this", "that", "these", "those", "it", "he",
    "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "my", "your", "there",
    "here", "what", "who", "why", "how", "where", "which", "some", "many", "most", "all", "both",
    "each", "every", "no", "not", "yes", "so", "yet", "still", "also", "even", "just", "only",
    "meanwhile", "however", "although", "though", "because", "unfortunately", "hopefully", "under",
    // (`It’s too simple to say, as many Republicans do, …` gave a speaker `It’s`)
    "it's", "that's", "there's", "here's", "what's",
    // (set 33: `Whatever Trump says` made a person `Whatever Trump`)
    "whatever", "whoever", "whenever", "wherever", "whichever",
    // (set 49: `Others say that it should …` made a person `Others`, whom every later `he` stood for)
    "others", "another", "several", "few", "none",

    "over", "from", "into", "about", "against", "between", "during", "without", "within", "ahead",
    "according", "despite", "like", "unlike", "than", "then", "now", "once", "among", "until",
    "relations", "critics", "indeed", "instead", "later", "earlier", "today", "yesterday", "finally", "again",
    "perhaps", "maybe", "certainly", "clearly", "ultimately", "eventually", "recently", "previously",
    "currently", "originally", "separately", "similarly", "likewise", "otherwise", "therefore", "thus",
    "moreover", "furthermore", "besides", "nevertheless", "nonetheless", "asked", "speaking", "plus",
    // (`Anthony Kennedy Several`, `Normally I’d`, `Unless I’m`: runs of capitals across a missing
    // stop; the first person and its contractions are the writer or a speaker, never a name —
    // ABP had 14,029 mentions of a `Vladimir Putin I’m`, every `I’m` that opens a sentence)
    "several", "few", "normally", "usually", "sometimes", "often", "unless", "yeah", "neither", "either", "nor",
    "i'm", "i've", "i'll", "i'd",
    // (`Last week, … the Chamber launched a commercial that described Tillis as “…”` gave a
    // speaker `Last`)
    "last", "next",
    // (`Needless to say, …`)
    "needless",
  ]

  /// `Don’t say: “…”`, `We’re told that …`: a contraction names nobody, capitalised or not.
  /// (Read over the key's last bytes: asked of every capitalised token of the corpus.)
  static func isContraction(_ t: WordToken) -> Bool {
    let k = t.key.utf8
    guard let apostrophe = k.lastIndex(of: 0x27) else { return false }
    let tail = k[k.index(after: apostrophe)...]
    if tail.elementsEqual("t".utf8) { return apostrophe > k.startIndex && k[k.index(before: apostrophe)] == 0x6E }
    return tail.elementsEqual("re".utf8) || tail.elementsEqual("ve".utf8) || tail.elementsEqual("ll".utf8) || tail.elementsEqual("m".utf8)
  }

  /// `Notably,`, `Ironically,`, `Reportedly`: a sentence adverb by its ending (the list of them is
  /// never complete); the given names with such an ending (`Beverly`) are no adverbs.
  static func isSentenceAdverb(_ t: WordToken) -> Bool {
    let k = t.key
    guard k.utf8.count > 6, !FirstNames.all.contains(t.baseKey) else { return false }
    return QuoteFinder.sentenceAdverbs.contains(t) || adverbEndings.contains { k.hasSuffix($0) }
  }
  static let adverbEndings = ["ably", "ibly", "edly", "ingly", "ically", "ually", "ously", "ately", "ently", "antly"]
  /// `Oh, and one more thing, says …`, `Well, …`: an interjection that opens a run of capitals
  /// names nobody (it became the `he` of the quotations after it); inside a name it may be one
  /// (`Richard Oh`), so unlike a sentence word it is only dropped at the front.
  static let interjections: WordSet = [
    // (set 35: `Read FDA's guidance` made a person `Read FDA`: a link's imperative opens no name;
    // `Leonard Read` keeps his surname — these come off only the front of a run)
    "read", "click", "subscribe",
    "oh", "ah", "wow", "hey", "okay", "alas", "well", "sure", "look", "please", "wait", "ugh", "hmm", "hello", "whoa",
  ]
  /// Particles that sit inside names (`Bashar al-Assad`, `Ludwig van Beethoven`).
  static let nameParticles: WordSet = ["al", "bin", "ibn", "de", "da", "del", "della", "van", "von", "der", "le", "la", "du", "di", "el", "abu", "ben"]
}
