#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The CPU time the calling thread spends on synchronous work: what the work costs, whatever
/// else the machine runs meanwhile. A wall-clock bound in a test measures the load of the
/// parallel tests around it as much as the work.
public enum ThreadCPUTime {
  public static var now: Duration {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
  }

  /// The thread's CPU time over `body`, which must not suspend (it runs on this thread).
  public static func measure(_ body: () throws -> Void) rethrows -> Duration {
    let start = now
    try body()
    return now - start
  }
}
