/// Binary search over collections sorted by a key, so per-quote and per-mention look-ups stay
/// logarithmic on a paragraph of five megabytes.
extension RandomAccessCollection {
  /// The first index whose element is not `below` the probe (the collection is partitioned:
  /// every element for which `below` holds comes first).
  func partitionPoint(_ below: (Element) -> Bool) -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let mid = index(low, offsetBy: half)
      if below(self[mid]) {
        low = index(after: mid)
        count -= half + 1
      } else {
        count = half
      }
    }
    return low
  }
}

extension Array where Element == WordToken {
  /// The tokens that lie wholly inside `range` (tokens are in text order).
  func tokens(within range: Range<Int>) -> ArraySlice<WordToken> {
    let from = partitionPoint { $0.range.lowerBound < range.lowerBound }
    let to = self[from...].partitionPoint { $0.range.upperBound <= range.upperBound }
    return self[from..<to]
  }
}

extension Array where Element == Range<Int> {
  /// The range (of ranges in order, not overlapping) that contains `offset`.
  func range(containing offset: Int) -> Range<Int>? {
    let i = partitionPoint { $0.upperBound <= offset }
    return i < count && self[i].contains(offset) ? self[i] : nil
  }
}

/// Ascending lists merged into one ascending list without repeats (a few lists: each step looks at
/// the head of every list). Inlinable, so a caller in another module gets it specialised for its
/// element type (unspecialised, merging 27,000 row numbers took 20 ms).
@inlinable public func mergedAscending<T: Comparable>(_ lists: [[T]]) -> [T] {
  if lists.count == 1 { return lists[0] }
  var out: [T] = []
  out.reserveCapacity(lists.reduce(0) { $0 + $1.count })
  var at = [Int](repeating: 0, count: lists.count)
  while true {
    var next: T? = nil
    for (k, list) in lists.enumerated() where at[k] < list.count { next = min(next ?? list[at[k]], list[at[k]]) }
    guard let n = next else { return out }
    out.append(n)
    for (k, list) in lists.enumerated() where at[k] < list.count && list[at[k]] == n { at[k] += 1 }
  }
}
