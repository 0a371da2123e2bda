/// A name the person finder found, as an article keeps it from its build until corpus-wide
/// resolution turns it into a mention: only what resolution reads, packed. All of a corpus's
/// candidates live at once at the load's peak (ABP: about 3 million), and the finder's own form —
/// ten flags in ten bytes, 64-bit positions, the name as an array of words with a heap buffer of
/// its own — was a quarter of that peak; here a name is one string, inline up to 15 bytes.
struct NameFound: Sendable {
  private let paragraph32: Int32
  private let lower: Int32
  private let upper: Int32
  private let flags: UInt8
  /// The name's words joined by single spaces (`John Kerry`).
  let joined: String

  private static let vouchedFlag: UInt8 = 1, opensSentenceFlag: UInt8 = 2, afterDeterminerFlag: UInt8 = 4, bareRemainderFlag: UInt8 = 8
  // (what resolution read of the mention as written, `Mr. Earnest`, is the gender its honorific or
  // role noun marks: two bits, not a string beside each of three million names)
  private static let maleFlag: UInt8 = 16, femaleFlag: UInt8 = 32

  init(_ c: PersonFinder.Candidate) {
    paragraph32 = Int32(clamping: c.paragraph)
    lower = Int32(clamping: c.range.lowerBound)
    upper = Int32(clamping: c.range.upperBound)
    flags = (c.vouched ? Self.vouchedFlag : 0) | (c.opensSentence ? Self.opensSentenceFlag : 0)
      | (c.afterDeterminer ? Self.afterDeterminerFlag : 0) | (c.bareRemainder ? Self.bareRemainderFlag : 0)
      | (Gender.marked(c.written).map { $0 == .male ? Self.maleFlag : Self.femaleFlag } ?? 0)
    joined = c.name.joined(separator: " ")
  }

  var paragraph: Int { Int(paragraph32) }
  var range: Range<Int> { Int(lower)..<Int(upper) }
  var vouched: Bool { flags & Self.vouchedFlag != 0 }
  var opensSentence: Bool { flags & Self.opensSentenceFlag != 0 }
  var afterDeterminer: Bool { flags & Self.afterDeterminerFlag != 0 }
  var bareRemainder: Bool { flags & Self.bareRemainderFlag != 0 }
  /// The gender the mention as written marks (`Mr. Earnest`, `the congresswoman`), if any.
  var markedGender: Gender? { flags & Self.maleFlag != 0 ? .male : flags & Self.femaleFlag != 0 ? .female : nil }
  /// The name's words (`["John", "Kerry"]`), split again on each call: resolution asks a few times
  /// per name, once, and the words need not outlive it.
  var name: [String] { joined.split(separator: " ").map(String.init) }
  /// How many words the name has, without splitting it.
  var wordCount: Int { joined.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }
}
