/// SplitMix64: a small, fast random generator that gives the same numbers on every machine, for
/// what must be reproducible (the fuzz tests, the benchmark's synthetic corpus) and as the mixing
/// function of the MinHash signatures.
public struct SplitMix: Sendable {
  public var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// A number in 0..<n.
  public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// SplitMix64's finaliser: a cheap hash with good avalanche.
  @inline(__always) public static func mix(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
