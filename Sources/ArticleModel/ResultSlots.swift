import Foundation

/// Fixed-size storage that concurrent workers fill, each its own slot. The buffer is allocated
/// once and never resized, so writers touch only their own element; writing through an Array's
/// `withUnsafeMutableBufferPointer` from several threads was a data race (it is a mutating call on
/// the shared array) and crashed a test run with a corrupted String.
final class ResultSlots<T>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<T?>

  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil)
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  subscript(i: Int) -> T? {
    get { storage[i] }
    set { storage[i] = newValue }
  }

  var count: Int { storage.count }

  /// Slots filled from `items`, which moves in: the caller's array is left empty, so each element
  /// has one owner and a worker that changes it in place frees what it drops at once.
  convenience init(moving items: inout [T]) {
    self.init(count: items.count)
    for i in items.indices { storage[i] = items[i] }
    items = []
  }

  var values: [T] { storage.compactMap { $0 } }

  /// Moves the value out of slot `i`, leaving it empty.
  func take(_ i: Int) -> T? { storage[i].take() }

  /// Moves every value out, in order, leaving the slots empty.
  func takeValues() -> [T] { storage.indices.compactMap { storage[$0].take() } }
}


/// Runs `body` for 0..<count on every core and returns the results in order.
public func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  let slots = ResultSlots<T>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = body(i) }
  return slots.values
}
