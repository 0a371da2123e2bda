import Foundation

/// Splits text into words, numbers and punctuation marks over its UTF-8 bytes.
///
/// A word is a run of letters, digits, inner apostrophes (`we’ve`), inner hyphens (`al-Assad`) and
/// inner periods of abbreviations (`U.S.`); punctuation from the General Punctuation block (curly
/// quotes, dashes, ellipsis) is recognised by its bytes, without decoding grapheme clusters.
public enum WordTokenizer {
  public static func tokens(_ text: String) -> [WordToken] {
    var tokens: [WordToken] = []
    var text = text
    text.withUTF8 { bytes in
      tokens.reserveCapacity(bytes.count / 5)
      scan(bytes) { range, kind in
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let written = String(decoding: slice, as: UTF8.self)
        let key = kind == .punctuation ? written : foldCase(slice) ?? written
        tokens.append(WordToken(range: range, text: written, kind: kind, key: key))
        return true
      }
    }
    return tokens
  }

  /// The keys (case folded) of the words and numbers of `text`, in order, without building tokens.
  public static func wordKeys(_ text: String) -> [String] {
    var keys: [String] = []
    var text = text
    text.withUTF8 { bytes in
      scan(bytes) { range, kind in
        guard kind != .punctuation else { return true }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        keys.append(foldCase(slice) ?? String(decoding: slice, as: UTF8.self))
        return true
      }
    }
    return keys
  }

  /// How many words (not numbers, not punctuation) `text` has, without building tokens; counting
  /// stops at `limit` (a test for "12 words at most" need not read a long paragraph to its end).
  public static func wordCount(_ text: String, atMost limit: Int = .max) -> Int {
    var n = 0
    var text = text
    text.withUTF8 {
      scan($0) { _, kind in
        if kind == .word { n += 1 }
        return n < limit
      }
    }
    return n
  }

  /// Calls `emit` with the byte range and kind of each token, in order, until it returns false.
  @inline(__always) static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (Range<Int>, WordToken.Kind) -> Bool) {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b == 0x20 {
        i += 1
        continue
      }
      let w = scalarWidth(bytes, i)
      if isWordStart(bytes, i) {
        let start = i
        var allDigits = true
        var j = i
        while j < n {
          let c = bytes[j]
          if isWordByte(bytes, j) {
            if !(c >= 0x30 && c <= 0x39) { allDigits = false }
            j += scalarWidth(bytes, j)
            continue
          }
          // joiners kept inside a word when a word character follows: ' ’ - . , (numbers)
          let jw = scalarWidth(bytes, j)
          let next = j + jw
          guard next < n, isWordByte(bytes, next) else { break }
          if c == 0x27 || c == 0x2D || isRightSingleQuote(bytes, j) {
            j = next
          } else if c == 0x2E {
            // U.S. and 3.5: a period between letters of an abbreviation or digits
            let prevIsSingle = j - start == 1 || (j >= 2 && bytes[j - 2] == 0x2E)
            let digits = isDigit(bytes[j - 1]) && isDigit(bytes[next])
            if digits || prevIsSingle && isUpperASCII(bytes[next]) || prevIsSingle && isLowerASCII(bytes[next]) && (next + 1 < n && bytes[next + 1] == 0x2E)
              || isDomainEnding(bytes, next)
            {
              j = next
            } else {
              break
            }
          } else if c == 0x2C && isDigit(bytes[j - 1]) && isDigit(bytes[next]) {
            j = next  // 280,000
          } else {
            break
          }
        }
        // trailing period of an abbreviation like U.S. or a.m. stays with the word
        if j < n && bytes[j] == 0x2E && j - start >= 2 && bytes[j - 2] == 0x2E {
          j += 1
        }
        guard emit(start..<j, allDigits ? .number : .word) else { return }
        i = j
      } else {
        let end = min(i + w, n)
        guard emit(i..<end, .punctuation) else { return }
        i = end
      }
    }
  }

  /// `com` in `History.com`, `Breitbart.com`: a site's name is one word (and no sentence ends inside
  /// it). Only the common endings, in lower case and followed by no letter, so `end.The` stays two.
  static func isDomainEnding(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
    guard at + 3 <= bytes.count, at + 3 == bytes.count || !isWordByte(bytes, at + 3) else { return false }
    switch (bytes[at], bytes[at + 1], bytes[at + 2]) {
    case (0x63, 0x6F, 0x6D), (0x6F, 0x72, 0x67), (0x6E, 0x65, 0x74), (0x67, 0x6F, 0x76), (0x65, 0x64, 0x75):
      return true  // com org net gov edu
    default:
      return false
    }
  }

  /// Lower-cases ASCII and folds typographic apostrophes; other scalars go through Unicode.
  /// A word already in lower-case ASCII (most of them) is returned as it is, without copying; text
  /// whose only non-ASCII characters are General Punctuation (curly quotes, dashes) is folded
  /// byte by byte, since that block has no case.
  public static func foldCase(_ s: String) -> String {
    var needsWork = false
    var simple = true
    var it = s.utf8.makeIterator()
    while let b = it.next() {
      if b >= 0x80 {
        needsWork = true
        // U+2000–U+206F: E2 80 xx and E2 81 xx
        guard b == 0xE2, let b2 = it.next(), b2 == 0x80 || b2 == 0x81, it.next() != nil else {
          simple = false
          break
        }
      } else if b >= 0x41 && b <= 0x5A {
        needsWork = true
      }
    }
    if !needsWork { return s }
    if !simple {
      return s.replacingAll("\u{2019}", with: "'").replacingAll("\u{2018}", with: "'").lowercased()
    }
    return String(unsafeUninitializedCapacity: s.utf8.count) { buffer in
      var i = 0
      var bytes = s.utf8.makeIterator()
      while let b = bytes.next() {
        if b == 0xE2 {
          let b2 = bytes.next()!, b3 = bytes.next()!
          if b2 == 0x80 && (b3 == 0x98 || b3 == 0x99) {
            buffer[i] = 0x27
            i += 1
          } else {
            buffer[i] = b
            buffer[i + 1] = b2
            buffer[i + 2] = b3
            i += 3
          }
        } else {
          buffer[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b
          i += 1
        }
      }
      return i
    }
  }

  /// `foldCase` of a token's bytes, or nil when folding changes nothing (the key is the text).
  static func foldCase(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var needsWork = false
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b >= 0x80 {
        // only General Punctuation (E2 80 xx, E2 81 xx) folds byte by byte; anything else
        // goes through Unicode lower-casing
        guard b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 else {
          return foldCase(String(decoding: bytes, as: UTF8.self))
        }
        if bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99) { needsWork = true }
        i += 3
      } else {
        if b >= 0x41 && b <= 0x5A { needsWork = true }
        i += 1
      }
    }
    guard needsWork else { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      var n = 0
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        if b == 0xE2 {
          if bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99) {
            out[n] = 0x27
            n += 1
          } else {
            out[n] = b
            out[n + 1] = bytes[i + 1]
            out[n + 2] = bytes[i + 2]
            n += 3
          }
          i += 3
        } else {
          out[n] = b >= 0x41 && b <= 0x5A ? b + 32 : b
          n += 1
          i += 1
        }
      }
      return n
    }
  }

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  @inline(__always) static func isUpperASCII(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
  @inline(__always) static func isLowerASCII(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

  @inline(__always) static func scalarWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let b = bytes[i]
    return b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
  }

  /// U+2019, the typographic apostrophe.
  @inline(__always) static func isRightSingleQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
  }

  /// Letters and digits: ASCII alphanumerics, and any non-ASCII scalar outside the punctuation
  /// and symbol blocks news text uses (General Punctuation, Latin-1 punctuation, currency).
  @inline(__always) static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = bytes[i]
    if b < 0x80 {
      return b >= 0x30 && b <= 0x39 || b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A
    }
    if b == 0xE2 { return false }  // U+2000–U+2FFF: punctuation, symbols, arrows, box drawing
    if b == 0xC2 { return i + 1 < bytes.count && bytes[i + 1] >= 0xC0 }  // U+00A0–U+00BF punctuation
    if b == 0xC3 { return i + 1 < bytes.count && bytes[i + 1] != 0x97 && bytes[i + 1] != 0xB7 }  // × ÷
    if b == 0xE3 && i + 1 < bytes.count && bytes[i + 1] == 0x80 { return false }  // CJK punctuation
    if b == 0xEF && i + 1 < bytes.count && (bytes[i + 1] == 0xBC || bytes[i + 1] == 0xBD) {
      return false  // full-width forms are mostly punctuation in news
    }
    if b == 0xF0 && i + 1 < bytes.count && bytes[i + 1] == 0x9F { return false }  // emoji
    return b >= 0xC0
  }

  @inline(__always) static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    isWordByte(bytes, i)
  }
}

extension String {
  /// Replaces every occurrence of `target` (compared by UTF-8 bytes, not by grapheme).
  func replacingAll(_ target: String, with replacement: String) -> String {
    let t = Array(target.utf8)
    // (most texts have no occurrence: found by memchr, they are returned without a copy)
    guard !t.isEmpty, byteOffset(of: target) != nil else { return self }
    let bytes = Array(utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if i + t.count <= bytes.count && bytes[i] == t[0] && bytes[i..<(i + t.count)].elementsEqual(t) {
        out.append(contentsOf: replacement.utf8)
        i += t.count
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension String {
  /// Byte-wise substring test. Foundation's `contains` goes through CFString and UTF-16 and was a
  /// third of the loading time. (Glibc's memmem is not visible to Swift without _GNU_SOURCE.)
  public func containsBytes(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

  /// The UTF-8 offset of the first occurrence of `needle`, found byte-wise.
  public func byteOffset(of needle: String) -> Int? {
    var hay = self
    var wanted = needle
    return hay.withUTF8 { h in
      wanted.withUTF8 { n in
        guard let first = n.first else { return 0 }
        guard h.count >= n.count else { return nil }
        // memchr jumps to each place the first byte occurs; memcmp checks the rest
        let base = h.baseAddress!
        var at = 0
        let last = h.count - n.count
        while at <= last {
          guard let hit = memchr(base + at, Int32(first), last - at + 1) else { return nil }
          let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          // the second byte first: most hits of a common first letter fail there, without a call
          if n.count == 1 || h[i + 1] == n[1] && memcmp(base + i, n.baseAddress!, n.count) == 0 { return i }
          at = i + 1
        }
        return nil
      }
    }
  }
}

extension String {
  /// `hasSuffix` over UTF-8 bytes. String's own compares Characters unless both strings are
  /// flagged NFC, which only ASCII strings are, so `hasSuffix("’s")` walked graphemes for every
  /// name token of a corpus. For ASCII suffixes String's own is as fast: this is for the others.
  @inline(__always) func hasByteSuffix(_ suffix: String) -> Bool {
    let found = utf8.withContiguousStorageIfAvailable { a in
      suffix.utf8.withContiguousStorageIfAvailable { b in
        b.isEmpty || a.count >= b.count && memcmp(a.baseAddress! + (a.count - b.count), b.baseAddress!, b.count) == 0
      }
    }
    return found.flatMap { $0 } ?? hasSuffix(suffix)
  }
}
