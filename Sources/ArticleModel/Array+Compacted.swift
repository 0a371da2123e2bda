extension Array {
  /// The same elements in a buffer of about their count. An array grown by appending keeps up to
  /// twice the room it needs, and an article's arrays live as long as the session: on ABP that
  /// slack was 60 MB of the peak (1,124 -> 1,061 MB).
  func compacted() -> [Element] {
    guard capacity > count + count / 8 else { return self }
    var out: [Element] = []
    out.reserveCapacity(count)
    out.append(contentsOf: self)
    return out
  }
}
