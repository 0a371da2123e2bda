/// Known web furniture: the menu items, prompts and footers that scraped news carries. Lines are
/// compared in lower case; `exact` is the whole line less trailing `: - |`.
enum Furniture {
  /// The longest `exact` entry in bytes: a longer line is never looked up.
  static let longestExact = exact.map(\.utf8.count).max() ?? 0

  /// `fragments`, then `creditFragments`, then `captionMarks`, then `photoPositions`, as the
  /// classifier looks for them in a line (in lower case); the ranges say where each list lies in it.
  static let lineNeedles = NeedleSet(fragments + creditFragments + captionMarks + photoPositions)
  static let fragmentNeedles = 0..<fragments.count
  static let creditNeedles = fragments.count..<(fragments.count + creditFragments.count)
  static let captionNeedles = creditNeedles.upperBound..<(creditNeedles.upperBound + captionMarks.count)
  /// where ` (l) `, ` (r) ` and ` (c) ` lie in `lineNeedles`
  static let leftNeedle = captionNeedles.upperBound
  static let rightNeedle = leftNeedle + 1
  static let centreNeedle = leftNeedle + 2

  static let exact: WordSet = [
    "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet",
    "email", "print", "comments", "comment", "advertisement", "advertising", "sponsored",
    "accessibility links", "skip to main content", "skip to content", "breaking news", "covid-19 latest",
    "top stories", "partner news", "related", "related stories", "related articles", "related news",
    "read more", "more", "leave a comment", "leave a reply", "log in", "login", "sign in", "sign up",
    "sign-up", "register", "subscribe", "subscribe now", "newsletter", "follow us", "our address",
    "password recovery", "all rights reserved", "menu", "search", "home", "close", "next", "previous",
    "loading", "loading...", "continue reading", "watch", "video", "photo", "image", "listen",
    "most read", "most popular", "trending", "you may also like", "recommended", "more stories",
    "latest news", "see also", "also read", "more from", "---",
  ]
  static let prefixes: [String] = [
    "forgot your password", "not registered yet", "i have an account", "©", "(c) ", "copyright ",
    "republication of any material", "any citation must", "e-mail:", "email:", "sign up for",
    "subscribe to", "click here", "to find out more", "follow us on", "like us on", "optimization wordpress",
    "• 16x9 image", "16x9 image", "we use cookies", "story continued below", "more on this...",
    "advertisement continue reading the main story", "this article is more than", "your browser does not support",
    "just watched", "support vox", "get all the latest news", "sign up here", "follow the ticker",
    "click for more", "(also on", "( also on", "(photos:", "( photos:", "(video:", "( video:", "(watch",
    "( watch", "(read more", "( read more", "(related:", "( related:", "listen to article", "[pullquote",
    "full coverage:", "take me back to the top", "this site uses cookies", "by using this site",
    "get the latest", "download the app", "read the full story", "read more:", "related:",
    "watch:", "photo:", "image:", "video:", "listen:", "see also:", "also see:", "related coverage:",
    "recommended:", "don't miss:", "don’t miss:", "also read:",
  ]
  /// The prefixes by their first byte: a line is compared with the few that could match, byte
  /// by byte (`String.hasPrefix` over all 66 for each of ABP's 1.9 million lines was measurable).
  static let prefixesByFirstByte = byFirstByte(prefixes)
  static let creditPrefixesByFirstByte = byFirstByte(creditPrefixes)

  static func byFirstByte(_ list: [String]) -> [UInt8: [String]] {
    Dictionary(grouping: list, by: { $0.utf8.first! })
  }

  /// The first of `table`'s prefixes that `line` starts with.
  static func prefix(of line: String, in table: [UInt8: [String]]) -> String? {
    guard let first = line.utf8.first, let candidates = table[first] else { return nil }
    return candidates.first { line.utf8.starts(with: $0.utf8) }
  }

  static let fragments: [String] = [
    "all rights reserved", "share this article", "has been declared an \"undesirable organization\"",
    "journalists report the news in", "could face fines or imprisonment for sharing",
  ]
  static let creditPrefixes: [String] = [
    "with reporting by", "reporting by", "additional reporting by", "(reporting by", "editing by",
    "writing by", "(editing by", "compiled by", "contributing:",
  ]
  /// Credits that name the contributor first: `The Associated Press contributed to this report.`
  static let creditFragments: [String] = [
    "contributed to this report", "contributed reporting", "contributed to this story", "with assistance by",
    "with assistance from",
  ]
  static let captionMarks: [String] = [
    "(left)", "(right)", "(center)", "(centre)", "enlarge this image", "toggle caption",
    "image copyright", "media caption", "media playback is unsupported", "slideshow (", "file photo:",
    "photographer:", "photo by ", "photo credit:", "/getty images", "(file photo)", "(ap photo", "/ap photo", "getty images",
    "(photo:", "photo credit", "(reuters photo",
  ]
  /// `(L)`, `(R)`, `(C)`: people placed in a photo, a caption only together (`(R)` alone is a party).
  static let photoPositions: [String] = [" (l) ", " (r) ", " (c) "]
  static let teaserHeadings: WordSet = [
    "top stories", "related stories", "related articles", "related news", "more stories", "most read",
    "most popular", "you may also like", "recommended", "trending", "latest news", "more from",
    "read more", "see also", "also read",
  ]
  /// Words pages print in capitals that name no outlet (`READ  Witnesses …`).
  static let capitalWords: WordSet = [
    "read", "also", "watch", "more", "share", "related", "advertisement", "photo", "photos", "video", "update",
    "updated", "breaking", "live", "listen", "opinion", "analysis", "editor's", "note:", "exclusive", "sponsored",
  ]
  static let footerMarkers: [String] = [
    "all rights reserved", "©", "copyright ", "leave a comment", "leave a reply", "partner news",
    "top stories",
  ]
}
