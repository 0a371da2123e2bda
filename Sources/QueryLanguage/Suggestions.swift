/// "Did you mean" for misspelt commands, fields, ids and names.
public enum Suggestions {
  /// The candidates closest to `word` by edit distance (case-insensitive), best first, within a
  /// distance that grows with the word's length.
  public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
    let w = Array(word.lowercased().unicodeScalars)
    let allowed = max(1, min(3, w.count / 3))
    var scored: [(String, Int)] = []
    for candidate in candidates {
      let c = Array(candidate.lowercased().unicodeScalars)
      if abs(c.count - w.count) > allowed { continue }
      let d = distance(w, c)
      if d <= allowed { scored.append((candidate, d)) }
    }
    scored.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    var seen = Set<String>()
    return scored.map(\.0).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
  }

  /// A "did you mean" note, or nothing when no candidate is close.
  public static func note(for word: String, in candidates: [String]) -> [String] {
    let best = closest(to: word, in: candidates)
    guard !best.isEmpty else { return [] }
    return ["did you mean " + best.map { "'\($0)'" }.joined(separator: " or ") + "?"]
  }

  /// Damerau–Levenshtein distance (optimal string alignment): a swapped pair counts once.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev2 = [Int](repeating: 0, count: b.count + 1)
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      cur[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          cur[j] = min(cur[j], prev2[j - 2] + 1)
        }
      }
      (prev2, prev, cur) = (prev, cur, prev2)
    }
    return prev[b.count]
  }
}
