import Foundation

/// Which of a fixed list of byte strings (up to 64, each of two bytes or more) occur in a text,
/// found in one pass over the text. The line classifier looked for three dozen furniture
/// fragments in every line, one search each, and that was a tenth of loading.
struct NeedleSet: Sendable {
  let needles: [[UInt8]]
  /// For each pair of bytes (first << 8 | second): 0, or 1 + the index of the group of needles
  /// that open with that pair.
  private let groupOfPair: [UInt8]
  private let groups: [[Int]]

  init(_ strings: [String]) {
    precondition(strings.count <= 64, "a NeedleSet holds at most 64 needles")
    needles = strings.map { Array($0.utf8) }
    precondition(needles.allSatisfy { $0.count >= 2 }, "needles are two bytes or more")
    var pairs = [UInt8](repeating: 0, count: 65536)
    var groups: [[Int]] = []
    for (n, needle) in needles.enumerated() {
      let pair = Int(needle[0]) << 8 | Int(needle[1])
      if pairs[pair] == 0 {
        groups.append([])
        pairs[pair] = UInt8(groups.count)
      }
      groups[Int(pairs[pair]) - 1].append(n)
    }
    precondition(groups.count < 256)
    groupOfPair = pairs
    self.groups = groups
  }

  /// Bit n is set when needle n occurs in `text`.
  func present(in text: String) -> UInt64 {
    var text = text
    var mask: UInt64 = 0
    text.withUTF8 { b in
      guard b.count >= 2 else { return }
      for i in 0..<(b.count - 1) {
        let g = groupOfPair[Int(b[i]) << 8 | Int(b[i + 1])]
        if g == 0 { continue }
        for n in groups[Int(g) - 1] where mask & (1 << UInt64(n)) == 0 {
          let needle = needles[n]
          if i + needle.count <= b.count, needle.withUnsafeBufferPointer({ memcmp(b.baseAddress! + i, $0.baseAddress!, $0.count) }) == 0 {
            mask |= 1 << UInt64(n)
          }
        }
      }
    }
    return mask
  }
}
