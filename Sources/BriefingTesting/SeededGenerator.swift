/// A seeded random number generator (SplitMix64) for tests: the same seed gives the same
/// numbers on every run and platform, so a failure reproduces from the seed in its message.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  /// The seed this generator started from, for failure messages.
  public let seed: UInt64
  private var state: UInt64

  /// A generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    self.seed = seed
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A number in `0..<bound` (0 when `bound` is not positive), by remainder: cheap, and its
  /// slight bias does not matter to test inputs.
  public mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(max(bound, 1)))
  }
}
