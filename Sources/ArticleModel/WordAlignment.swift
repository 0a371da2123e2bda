/// A word-level local alignment (Smith-Waterman) of two stretches of text: the best-scoring pair of
/// passages, with each word either the same on both sides, reworded (a word in place of another),
/// or present on one side only.
///
/// The same content word (or stem) +2.5, the same function word +0.5, a word for another −0.5, a
/// word on one side only −1.5: a machine paraphrase keeps its nouns in place and swaps the words
/// between them (absent → truant, diplomatic → political), so substitutions cost little; function
/// words meet by chance in any two sentences, so they earn little, and unrelated text drifts below
/// zero.
public struct WordAlignment: Sendable, Equatable {
  public enum Step: Sendable, Equatable {
    /// The same word (or the same stem) at `a` and `b`.
    case same(Int, Int)
    /// A different word at `a` and `b`, in the same place.
    case reworded(Int, Int)
    case onlyA(Int)
    case onlyB(Int)
  }

  public let steps: [Step]
  public let score: Double

  /// Word positions covered on each side.
  public var rangeA: Range<Int> { bounds { if case .same(let a, _) = $0 { return a }; if case .reworded(let a, _) = $0 { return a }; if case .onlyA(let a) = $0 { return a }; return nil } }
  public var rangeB: Range<Int> { bounds { if case .same(_, let b) = $0 { return b }; if case .reworded(_, let b) = $0 { return b }; if case .onlyB(let b) = $0 { return b }; return nil } }

  public var sameCount: Int { steps.reduce(0) { if case .same = $1 { return $0 + 1 }; return $0 } }

  /// The share of the two sides' words that are the same on both: 1 for a verbatim copy.
  public var identical: Double {
    let total = rangeA.count + rangeB.count
    return total == 0 ? 0 : Double(2 * sameCount) / Double(total)
  }

  private func bounds(_ position: (Step) -> Int?) -> Range<Int> {
    let ps = steps.compactMap(position)
    guard let lo = ps.min(), let hi = ps.max() else { return 0..<0 }
    return lo..<(hi + 1)
  }

  /// Aligns `a.words[ra]` with `b.words[rb]`; nil when nothing scores. The work is
  /// `ra.count × rb.count` cells, so callers pass regions found by seeds, not whole corpora.
  public static func align(_ a: ArticleWords, _ ra: Range<Int>, _ b: ArticleWords, _ rb: Range<Int>) -> WordAlignment? {
    let n = ra.count, m = rb.count
    guard n > 0, m > 0 else { return nil }
    let width = m + 1
    // 0 stop, 1 diagonal, 2 up (a only), 3 left (b only)
    var direction = [UInt8](repeating: 0, count: (n + 1) * width)
    var previous = [Double](repeating: 0, count: width)
    var current = [Double](repeating: 0, count: width)
    var best = 0.0, bestI = 0, bestJ = 0
    for i in 1...n {
      let ai = ra.lowerBound + i - 1
      let key = a.key[ai], stem = a.stem[ai], content = a.content[ai]
      current[0] = 0
      for j in 1...m {
        let bj = rb.lowerBound + j - 1
        let match = b.key[bj] == key || b.stem[bj] == stem ? (content ? 2.5 : 0.5) : -0.5
        let diagonal = previous[j - 1] + match
        let up = previous[j] - 1.5
        let left = current[j - 1] - 1.5
        var score = 0.0, d: UInt8 = 0
        if diagonal > score { score = diagonal; d = 1 }
        if up > score { score = up; d = 2 }
        if left > score { score = left; d = 3 }
        current[j] = score
        direction[i * width + j] = d
        if score > best { best = score; bestI = i; bestJ = j }
      }
      swap(&previous, &current)
    }
    guard best > 0 else { return nil }
    var steps: [Step] = []
    var i = bestI, j = bestJ
    while i > 0 && j > 0 {
      let d = direction[i * width + j]
      if d == 0 { break }
      let ai = ra.lowerBound + i - 1, bj = rb.lowerBound + j - 1
      switch d {
      case 1:
        steps.append(a.key[ai] == b.key[bj] || a.stem[ai] == b.stem[bj] ? .same(ai, bj) : .reworded(ai, bj))
        i -= 1
        j -= 1
      case 2:
        steps.append(.onlyA(ai))
        i -= 1
      default:
        steps.append(.onlyB(bj))
        j -= 1
      }
    }
    return WordAlignment(steps: steps.reversed(), score: best)
  }
}
