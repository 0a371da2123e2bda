import Foundation

/// A string hashed and compared by its UTF-8 bytes. `String`'s own hashing normalises non-ASCII
/// text to NFC first, which made hashing whole lines (curly quotes, dashes) a visible share of
/// loading; lines of one corpus are compared as written, so the bytes are the right key.
///
/// A view, not a copy: a line of an article's text is keyed in place (the key keeps the text alive).
struct ByteString: Hashable, Sendable {
  let string: Substring

  init(_ string: String) { self.string = Substring(string) }
  init(_ string: Substring) { self.string = string }

  static func == (a: ByteString, b: ByteString) -> Bool {
    var (x, y) = (a.string, b.string)
    return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
  }

  func hash(into hasher: inout Hasher) {
    var s = string
    s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
