/// Turns a raw file's bytes into lines of normalised text.
///
/// Invalid UTF-8 is replaced (and reported), line endings of any platform are accepted, and every
/// kind of Unicode space becomes one ASCII space so later stages compare plain bytes.
public enum TextNormalizer {
  public struct Result: Sendable {
    public let lines: [String]
    public let hadInvalidUTF8: Bool
  }

  /// The lines joined by newlines, in a buffer of their size: an article's text lives as long as
  /// the corpus, and `joined(separator:)` grows its result by doubling (1.9 times the bytes
  /// measured on one article).
  public static func text(of lines: [String]) -> String {
    let total = lines.reduce(lines.count - 1) { $0 + $1.utf8.count }
    guard total > 0 else { return "" }
    return String(unsafeUninitializedCapacity: total) { out in
      var n = 0
      for (i, line) in lines.enumerated() {
        if i > 0 {
          out[n] = 0x0A
          n += 1
        }
        var line = line
        line.withUTF8 { bytes in
          _ = UnsafeMutableBufferPointer(rebasing: out[n..<(n + bytes.count)]).initialize(from: bytes)
          n += bytes.count
        }
      }
      return n
    }
  }

  public static func lines(from bytes: [UInt8]) -> Result {
    let valid = String(validating: bytes, as: UTF8.self)
    var text = valid ?? String(decoding: bytes, as: UTF8.self)
    var lines: [String] = []
    lines.reserveCapacity(64)
    text.withUTF8 { all in
      var start = 0
      while start <= all.count {
        let end = all[start...].firstIndex(of: UInt8(ascii: "\n")) ?? all.count
        lines.append(normalizeLine(UnsafeBufferPointer(rebasing: all[start..<end])))
        start = end + 1
      }
    }
    if lines.last == "" { lines.removeLast() }
    return Result(lines: lines, hadInvalidUTF8: valid == nil)
  }

  /// Collapses runs of white space (ASCII and Unicode spaces) into one space and trims the ends.
  /// The input is valid UTF-8 (decoding replaced anything else), so a lead byte is always followed
  /// by its continuation bytes, and the output, cut only between characters, is valid too.
  static func normalizeLine(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { out in
      var n = 0
      var pendingSpace = false
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        var width = 1
        var isSpace = false
        var drop = false
        // (set 57: AP copy that writes `‘‘We are …,’’ Jones wrote`: two single marks are one double
        // mark, or no quotation finder would see the quotation close)
        var doubledMark = false
        switch b {
        case 0x00..<0x20, 0x20, 0x7F:
          isSpace = true
        case 0xC2 where i + 1 < bytes.count:
          width = 2
          isSpace = bytes[i + 1] == 0xA0  // no-break space
          // a soft hyphen is a line-breaking hint inside a word (`ar­gued` in National Journal):
          // if it stayed, the word would match no list and no search
          drop = bytes[i + 1] == 0xAD
        case 0xE2 where i + 5 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99)
          && bytes[i + 3] == 0xE2 && bytes[i + 4] == 0x80 && bytes[i + 5] == bytes[i + 2]:
          width = 6
          doubledMark = true
        case 0xE2 where i + 2 < bytes.count:
          width = 3
          let c = bytes[i + 1], d = bytes[i + 2]
          isSpace = c == 0x80 && (d <= 0x8A || d == 0xAF || d == 0xA8 || d == 0xA9) || c == 0x81 && d == 0x9F
          drop = c == 0x80 && (d == 0x8B || d == 0x8C || d == 0x8D)  // zero-width characters
        case 0xEF where i + 2 < bytes.count:
          width = 3
          drop = bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF  // byte-order mark
        default:
          width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        }
        width = min(width, bytes.count - i)
        if isSpace {
          pendingSpace = n > 0
        } else if !drop {
          if pendingSpace {
            out[n] = 0x20
            n += 1
            pendingSpace = false
          }
          if doubledMark {
            // ‘‘ is “ (E2 80 9C), ’’ is ” (E2 80 9D)
            (out[n], out[n + 1], out[n + 2]) = (0xE2, 0x80, bytes[i + 2] == 0x98 ? 0x9C : 0x9D)
            n += 3
          } else {
            for k in 0..<width { out[n + k] = bytes[i + k] }
            n += width
          }
        }
        i += width
      }
      return n
    }
  }
}
