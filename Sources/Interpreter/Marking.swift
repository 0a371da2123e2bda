/// Marks words in a text for plain-text output (tables, transcripts): `*joint* military command
/// *center*`. json and csv carry the clean text beside the marked one.
enum Marking {
  /// Wraps each byte range of `text` in `open`/`close`; ranges that touch or are separated only by
  /// a hyphen or space are marked as one run.
  static func mark(_ text: String, _ ranges: [Range<Int>], open: String = "*", close: String = "*") -> String {
    guard !ranges.isEmpty else { return text }
    let bytes = Array(text.utf8)
    var runs: [Range<Int>] = []
    for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where r.upperBound <= bytes.count {
      if let last = runs.last, r.lowerBound <= last.upperBound + 1,
        bytes[last.upperBound..<r.lowerBound].allSatisfy({ $0 == 0x2D || $0 == 0x20 })
      {
        runs[runs.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
      } else {
        runs.append(r)
      }
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + runs.count * 2)
    var at = 0
    for r in runs where r.lowerBound >= at {
      out += bytes[at..<r.lowerBound]
      out += open.utf8
      out += bytes[r]
      out += close.utf8
      at = r.upperBound
    }
    out += bytes[at...]
    return String(decoding: out, as: UTF8.self)
  }
}
