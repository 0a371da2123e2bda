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
  /// Word positions covered on each side. Stored, not computed from the steps: `reuse all` asks
  /// for them once per seed of a region, and recomputing them was a fifth of its time.
  public let rangeA: Range<Int>
  public let rangeB: Range<Int>

  init(steps: [Step], score: Double) {
    self.steps = steps
    self.score = score
    var a: (lo: Int, hi: Int)? = nil
    var b: (lo: Int, hi: Int)? = nil
    func widen(_ r: inout (lo: Int, hi: Int)?, _ p: Int) { r = r.map { (min($0.lo, p), max($0.hi, p)) } ?? (p, p) }
    for step in steps {
      switch step {
      case .same(let x, let y), .reworded(let x, let y):
        widen(&a, x)
        widen(&b, y)
      case .onlyA(let x): widen(&a, x)
      case .onlyB(let y): widen(&b, y)
      }
    }
    rangeA = a.map { $0.lo..<($0.hi + 1) } ?? 0..<0
    rangeB = b.map { $0.lo..<($0.hi + 1) } ?? 0..<0
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
    var previous = [Int32](repeating: 0, count: width)
    var current = [Int32](repeating: 0, count: width)
    var best: Int32 = 0, bestI = 0, bestJ = 0
    a.key.withUnsafeBufferPointer { aKey in
      a.stem.withUnsafeBufferPointer { aStem in
        b.key.withUnsafeBufferPointer { bKey in
          b.stem.withUnsafeBufferPointer { bStem in
            direction.withUnsafeMutableBufferPointer { dir in
              for i in 1...n {
                let ai = ra.lowerBound + i - 1
                let key = aKey[ai], stem = aStem[ai]
                let same: Int32 = a.content[ai] ? 5 : 1
                previous.withUnsafeBufferPointer { prev in
                  current.withUnsafeMutableBufferPointer { cur in
                    cur[0] = 0
                    let row = i * width
                    for j in 1...m {
                      let bj = rb.lowerBound + j - 1
                      let match: Int32 = bKey[bj] == key || bStem[bj] == stem ? same : -1
                      let diagonal = prev[j - 1] + match
                      let up = prev[j] - 3
                      let left = cur[j - 1] - 3
                      var score: Int32 = 0, d: UInt8 = 0
                      if diagonal > score { score = diagonal; d = 1 }
                      if up > score { score = up; d = 2 }
                      if left > score { score = left; d = 3 }
                      cur[j] = score
                      dir[row + j] = d
                      if score > best { best = score; bestI = i; bestJ = j }
                    }
                  }
                }
                swap(&previous, &current)
              }
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
