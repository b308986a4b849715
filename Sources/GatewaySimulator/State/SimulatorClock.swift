import Foundation
import Synchronization

/// Where the simulator's timestamps (`created`, `created_at`, audit and usage times, budget
/// resets) come from: epoch seconds, read through this provider only, never from the wall clock
/// directly, so a run can be replayed byte for byte or driven by a virtual clock.
public struct SimulatorClock: Sendable {
  private let read: @Sendable () -> Int

  /// A clock whose readings `now` provides (epoch seconds).
  public init(now: @escaping @Sendable () -> Int) { read = now }

  /// The current reading, in epoch seconds.
  public var now: Int { read() }

  /// The wall clock.
  public static let system = SimulatorClock { Int(Date().timeIntervalSince1970) }

  /// A virtual clock: the first reading is `start` (epoch seconds), each later one `step`
  /// seconds after the previous, so timestamps are distinct, ordered and the same in every run
  /// that makes the same requests.
  public static func stepping(from start: Int, by step: Int = 1) -> SimulatorClock {
    let next = Mutex(start)
    return SimulatorClock {
      next.withLock { value in
        defer { value += step }
        return value
      }
    }
  }

  /// 2026-01-01T00:00:00Z, where the default virtual clock starts.
  public static let defaultStart = 1_767_225_600
}

/// SplitMix64: a small, seedable generator for the simulator's secrets (managed key values).
struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// `count` lowercase hex digits.
  mutating func hex(_ count: Int) -> String {
    String((0..<count).map { _ in "0123456789abcdef".randomElement(using: &self)! })
  }
}
