/// The longest common subsequence of two sequences: the words two quotations share in the same
/// order. One implementation for quote tracing (how much of a skeleton two quotes share) and for
/// word diffs (what one version cut, added or reworded).
enum LongestCommonSubsequence {
  /// `table[i][j]` is the length of the longest common subsequence of `x[i...]` and `y[j...]`.
  static func table<T: Equatable>(_ x: [T], _ y: [T]) -> [[Int]] {
    let n = x.count, m = y.count
    var t = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        t[i][j] = x[i] == y[j] ? t[i + 1][j + 1] + 1 : max(t[i + 1][j], t[i][j + 1])
      }
    }
    return t
  }

  /// The matched positions `(i, j)`, in order.
  static func pairs<T: Equatable>(_ x: [T], _ y: [T]) -> [(Int, Int)] {
    let t = table(x, y)
    var out: [(Int, Int)] = []
    var i = 0, j = 0
    while i < x.count && j < y.count {
      if x[i] == y[j] {
        out.append((i, j))
        i += 1
        j += 1
      } else if t[i + 1][j] >= t[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return out
  }
}
