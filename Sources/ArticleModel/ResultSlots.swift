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

  var values: [T] { storage.compactMap { $0 } }
}


/// Runs `body` for 0..<count on every core and returns the results in order.
public func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  let slots = ResultSlots<T>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = body(i) }
  return slots.values
}
