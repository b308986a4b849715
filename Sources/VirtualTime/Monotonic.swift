#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Readings of `CLOCK_MONOTONIC`, the time line both virtual clocks order their waits on.
public enum Monotonic {
  /// `CLOCK_MONOTONIC` in nanoseconds: the same reading in every process of the machine, so
  /// the runtime and a simulator in another process compare deadlines directly.
  public static func now() -> Int64 {
    var value = timespec()
    clock_gettime(CLOCK_MONOTONIC, &value)
    return Int64(value.tv_sec) * 1_000_000_000 + Int64(value.tv_nsec)
  }

  /// `duration` in whole nanoseconds.
  public static func nanoseconds(_ duration: Duration) -> Int64 {
    let (seconds, attoseconds) = duration.components
    return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
  }
}
