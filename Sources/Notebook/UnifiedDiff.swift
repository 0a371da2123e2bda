/// A unified diff of two lists of lines (longest common subsequence, three lines of context).
enum UnifiedDiff {
  static func diff(expected: [String], actual: [String], fromName: String, toName: String, context: Int = 3) -> String {
    let a = expected, b = actual
    // LCS table from the end; transcripts are small enough for the quadratic table
    var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    enum Op { case same(String), del(String), add(String) }
    var ops: [Op] = []
    var i = 0, j = 0
    while i < a.count || j < b.count {
      if i < a.count && j < b.count && a[i] == b[j] {
        ops.append(.same(a[i])); i += 1; j += 1
      } else if i < a.count && (j == b.count || lcs[i + 1][j] >= lcs[i][j + 1]) {
        ops.append(.del(a[i])); i += 1  // removals before additions, as diff(1) prints them
      } else {
        ops.append(.add(b[j])); j += 1
      }
    }
    var out = ["--- \(fromName)", "+++ \(toName)"]
    var k = 0
    var aLine = 1, bLine = 1
    var positions: [(Int, Int)] = []
    for op in ops {
      positions.append((aLine, bLine))
      switch op {
      case .same: aLine += 1; bLine += 1
      case .del: aLine += 1
      case .add: bLine += 1
      }
    }
    while k < ops.count {
      guard let firstChange = ops[k...].firstIndex(where: { if case .same = $0 { return false } else { return true } }) else { break }
      let start = max(firstChange - context, k)
      var end = firstChange
      var lastChange = firstChange
      while end < ops.count {
        if case .same = ops[end] {
          if end - lastChange > context * 2 { break }
        } else {
          lastChange = end
        }
        end += 1
      }
      let stop = min(lastChange + context + 1, ops.count)
      let hunk = ops[start..<stop]
      let aCount = hunk.filter { if case .add = $0 { return false } else { return true } }.count
      let bCount = hunk.filter { if case .del = $0 { return false } else { return true } }.count
      out.append("@@ -\(positions[start].0),\(aCount) +\(positions[start].1),\(bCount) @@")
      for op in hunk {
        switch op {
        case .same(let s): out.append(" " + s)
        case .del(let s): out.append("-" + s)
        case .add(let s): out.append("+" + s)
        }
      }
      k = stop
    }
    return out.joined(separator: "\n")
  }
}
