/// A fixed set of words (a lexicon: cue verbs, titles, first names) that answers `contains` fast.
///
/// The extractors ask these sets a few hundred million times while a large corpus loads, almost
/// always with short ASCII keys, and most answers are no. `Set<String>` seeds and runs SipHash for
/// every question and compares strings along the probe chain; this set keeps a 64-bit FNV-1a hash
/// beside each ASCII word in an open-addressed table, so a question costs one pass over the
/// key's bytes and usually one comparison of integers. Words with other bytes (`josé`) go through
/// a plain `Set<String>`, which keeps String's Unicode equality for them: an ASCII string is
/// canonically equal to nothing but itself, so the two paths answer as one `Set<String>` would.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  /// Every member: for iteration, set algebra and the non-ASCII questions.
  let words: Set<String>
  /// Slot `i` holds `hashes[i]` (0: empty) and the ASCII word `keys[i]`.
  private let hashes: [UInt64]
  private let keys: [String]
  private let mask: Int

  init<S: Sequence>(_ members: S) where S.Element == String {
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

  init(arrayLiteral elements: String...) { self.init(elements) }

  var count: Int { words.count }

  func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

  func contains(_ word: String) -> Bool {
    guard let h = Self.asciiHash(word) else { return words.contains(word) }
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let slot = hashes[i]
      if slot == 0 { return false }
      if slot == h && keys[i] == word { return true }
      i = (i + 1) & mask
    }
  }

  /// `contains(token.key)` with the hash the token already holds.
  func contains(_ token: WordToken) -> Bool {
    let h = token.keyHash
    guard h != 0 else { return words.contains(token.key) }
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let slot = hashes[i]
      if slot == 0 { return false }
      if slot == h && keys[i] == token.key { return true }
      i = (i + 1) & mask
    }
  }

  func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(words.union(other)) }
  func subtracting<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(words.subtracting(other)) }
  func filter(_ keep: (String) -> Bool) -> WordSet { WordSet(words.filter(keep)) }

  /// `ArticleWords.hash` (FNV-1a) of the word's UTF-8 bytes, never 0 (0 marks an empty slot);
  /// nil when a byte is not ASCII.
  @inline(__always) static func asciiHash(_ word: String) -> UInt64? {
    let hash = { (bytes: UnsafeBufferPointer<UInt8>) -> UInt64? in
      bytes.allSatisfy { $0 < 0x80 } ? ArticleWords.hash(bytes) | 1 : nil
    }
    if let h = word.utf8.withContiguousStorageIfAvailable(hash) { return h }
    var copy = word
    return copy.withUTF8(hash)
  }
}
