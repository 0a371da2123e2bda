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

    /// The step's position in the first text, if it has one.
    var a: Int? {
      switch self {
      case .same(let x, _), .reworded(let x, _), .onlyA(let x): return x
      case .onlyB: return nil
      }
    }
    /// The step's position in the second text, if it has one.
    var b: Int? {
      switch self {
      case .same(_, let y), .reworded(_, let y), .onlyB(let y): return y
      case .onlyA: return nil
      }
    }
  }

  public let steps: [Step]
  public let score: Double
  /// Word positions covered on each side. Stored, not computed from the steps: `reuse all` asks
  /// for them once per seed of a region, and recomputing them was a fifth of its time.
  public let rangeA: Range<Int>
  public let rangeB: Range<Int>

  init(steps: [Step], score: Double) {
    self.steps = steps
    self.score = score
    // (the steps run in order, so each side's first and last positions bound it)
    func bounds(_ position: (Step) -> Int?) -> Range<Int> {
      guard let lo = steps.lazy.compactMap(position).first, let hi = steps.reversed().lazy.compactMap(position).first else { return 0..<0 }
      return lo..<(hi + 1)
    }
    rangeA = bounds(\.a)
    rangeB = bounds(\.b)
  }

  public var sameCount: Int { steps.reduce(0) { if case .same = $1 { return $0 + 1 }; return $0 } }

  /// The share of the two sides' words that are the same on both: 1 for a verbatim copy.
  public var identical: Double {
    let total = rangeA.count + rangeB.count
    return total == 0 ? 0 : Double(2 * sameCount) / Double(total)
  }

  /// Aligns `a.words[ra]` with `b.words[rb]`; nil when nothing scores. The work is
  /// `ra.count × rb.count` cells, so callers pass regions found by seeds, not whole corpora.
  public static func align(_ a: ArticleWords, _ ra: Range<Int>, _ b: ArticleWords, _ rb: Range<Int>) -> WordAlignment? {
    let n = ra.count, m = rb.count
    guard n > 0, m > 0 else { return nil }
    let width = m + 1
    // 0 stop, 1 diagonal, 2 up (a only), 3 left (b only)
    var direction = [UInt8](repeating: 0, count: (n + 1) * width)
    // scores in half points (every weight is a multiple of 0.5), as integers: the same choices as
    // doubles, and the inner loop reads raw buffers, without bounds checks
    // two rows of scores in one buffer, the previous at `prev`, the current at `cur`
    var rows = [Int32](repeating: 0, count: 2 * width)
    var best: Int32 = 0, bestI = 0, bestJ = 0
    b.key.withUnsafeBufferPointer { bKey in
      b.stem.withUnsafeBufferPointer { bStem in
        rows.withUnsafeMutableBufferPointer { score in
          for i in 1...n {
            let ai = ra.lowerBound + i - 1
            let key = a.key[ai], stem = a.stem[ai]
            let same: Int32 = a.content[ai] ? 5 : 1
            let prev = (i - 1) % 2 * width, cur = i % 2 * width
            score[cur] = 0
            for j in 1...m {
              let bj = rb.lowerBound + j - 1
              let match: Int32 = bKey[bj] == key || bStem[bj] == stem ? same : -1
              let diagonal = score[prev + j - 1] + match
              let up = score[prev + j] - 3
              let left = score[cur + j - 1] - 3
              var s: Int32 = 0, d: UInt8 = 0
              if diagonal > s { s = diagonal; d = 1 }
              if up > s { s = up; d = 2 }
              if left > s { s = left; d = 3 }
              score[cur + j] = s
              direction[i * width + j] = d
              if s > best { best = s; bestI = i; bestJ = j }
            }
          }
        }
      }
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
    return WordAlignment(steps: steps.reversed(), score: Double(best) / 2)
  }
}
