/// A fixed set of words (a lexicon: cue verbs, titles, first names) that answers `contains` fast.
///
/// The extractors ask these sets a few hundred million times while a large corpus loads, almost
/// always with short ASCII keys, and most answers are no. `Set<String>` seeds and runs SipHash for
/// every question and compares strings along the probe chain; this set keeps a 64-bit FNV-1a hash
/// beside each ASCII word in an open-addressed table, so a question costs one pass over the
/// key's bytes and usually one comparison of integers. Words with other bytes (`josé`) go through
/// a plain `Set<String>`, which keeps String's Unicode equality for them: an ASCII string is
/// canonically equal to nothing but itself, so the two paths answer as one `Set<String>` would.
public struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral, Equatable {
  /// Every member: for iteration, set algebra and the non-ASCII questions.
  public let words: Set<String>
  /// Slot `i` holds `hashes[i]` (0: empty) and the ASCII word `keys[i]`.
  private let hashes: [UInt64]
  private let keys: [String]
  private let mask: Int

  public init<S: Sequence>(_ members: S) where S.Element == String {
    let words = Set(members)
    self.words = words
    var size = 16
    while size < words.count * 2 { size *= 2 }
    var hashes = [UInt64](repeating: 0, count: size)
    var keys = [String](repeating: "", count: size)
    for word in words {
      guard let h = Self.asciiHash(word) else { continue }
      var i = Int(truncatingIfNeeded: h) & (size - 1)
      while hashes[i] != 0 { i = (i + 1) & (size - 1) }
      hashes[i] = h
      keys[i] = word
    }
    self.hashes = hashes
    self.keys = keys
    mask = size - 1
  }

  public init(arrayLiteral elements: String...) { self.init(elements) }

  public var count: Int { words.count }
  public var isEmpty: Bool { words.isEmpty }
  public func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

  public func contains(_ word: String) -> Bool {
    guard let h = Self.asciiHash(word) else { return words.contains(word) }
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let slot = hashes[i]
      if slot == 0 { return false }
      if slot == h && keys[i] == word { return true }
      i = (i + 1) & mask
    }
  }

  public func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(words.union(other)) }
  public func subtracting<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(words.subtracting(other)) }
  public func filter(_ keep: (String) throws -> Bool) rethrows -> WordSet { WordSet(try words.filter(keep)) }
  public func isDisjoint<S: Sequence>(with other: S) -> Bool where S.Element == String { !other.contains { contains($0) } }

  public static func == (a: WordSet, b: WordSet) -> Bool { a.words == b.words }

  /// FNV-1a of the word's UTF-8 bytes, never 0 (0 marks an empty slot); nil when a byte is not
  /// ASCII.
  @inline(__always) static func asciiHash(_ word: String) -> UInt64? {
    let hash = { (bytes: UnsafeBufferPointer<UInt8>) -> UInt64? in
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      var high: UInt8 = 0
      for b in bytes {
        high |= b
        h = (h ^ UInt64(b)) &* 0x100_0000_01b3
      }
      return high < 0x80 ? h | 1 : nil
    }
    if let h = word.utf8.withContiguousStorageIfAvailable(hash) { return h }
    var copy = word
    return copy.withUTF8(hash)
  }
}
