/// The longest common subsequence of two sequences: the words two quotations share in the same
/// order. One implementation for quote tracing (how much of a skeleton two quotes share) and for
/// word diffs (what one version cut, added or reworded).
enum LongestCommonSubsequence {
  /// `table[i, j]` is the length of the longest common subsequence of `x[i...]` and `y[j...]`.
  /// One flat buffer, not an array of rows: tracing a common phrase fills hundreds of thousands
  /// of these, and a write into a nested array checked and copied its row each time.
  struct Table {
    let width: Int
    var cells: [Int32]
    subscript(i: Int, j: Int) -> Int { Int(cells[i * width + j]) }
  }

  static func table<T: Equatable>(_ x: [T], _ y: [T]) -> Table {
    let n = x.count, m = y.count
    let width = m + 1
    var cells = [Int32](repeating: 0, count: (n + 1) * width)
    cells.withUnsafeMutableBufferPointer { t in
      for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
          t[i * width + j] = x[i] == y[j] ? t[(i + 1) * width + j + 1] + 1 : max(t[(i + 1) * width + j], t[i * width + j + 1])
        }
      }
    }
    return Table(width: width, cells: cells)
  }

  /// The length of the longest common subsequence alone, in two rows of memory.
  static func length<T: Equatable>(_ x: [T], _ y: [T]) -> Int {
    let m = y.count
    var below = [Int32](repeating: 0, count: m + 1)
    var row = below
    for i in stride(from: x.count - 1, through: 0, by: -1) {
      row[m] = 0
      for j in stride(from: m - 1, through: 0, by: -1) {
        row[j] = x[i] == y[j] ? below[j + 1] + 1 : max(below[j], row[j + 1])
      }
      swap(&row, &below)
    }
    return Int(below[0])
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
      } else if t[i + 1, j] >= t[i, j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return out
  }
}
