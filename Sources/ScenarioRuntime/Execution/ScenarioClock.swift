import AsyncHTTPClient
import Shell
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The time a run's scenarios see: `sleep`, `$(date …)` and `$SECONDS` read it.
///
/// Against the embedded simulator, time is virtual: a `sleep` that nothing else in the scenario
/// could observe (no background job running, not inside `timeout`) returns at once and moves
/// this clock forward instead, so `date` and `$SECONDS` read as if the sleep had been waited
/// out. The order of events is the one real time gives: the shell is the only task of the
/// scenario that runs, and before the clock jumps the simulator finishes what it is still doing
/// (`settleURL`; a stream whose client left is audited when the simulator notices), as it would
/// have during the sleep. Everything else
/// (curl's `--max-time`, `timeout`, jobs, the per-scenario limit) stays in real time, and
/// live targets keep real time for everything.
public final class ScenarioClock: Sendable {
  /// Whether a lone `sleep` advances this clock instead of waiting.
  public let isVirtual: Bool
  private let offset = Mutex<Duration>(.zero)

  /// The simulator's `/__simulator/settle` endpoint, asked before a sleep is skipped.
  public let settleURL: String?

  public init(virtual: Bool, settleURL: String? = nil) {
    isVirtual = virtual
    self.settleURL = settleURL
  }

  /// Real time for everything.
  public static let real = ScenarioClock(virtual: false)

  /// How far sleeps have moved this clock ahead of the wall clock.
  public var skipped: Duration { offset.withLock { $0 } }

  /// A sleep that nothing else of the scenario could observe: lets the simulator finish what
  /// it is doing (at most `duration`, in real time), then moves the clock over the rest.
  func skip(_ duration: Duration) async {
    let started = ContinuousClock.now
    if let settleURL {
      let seconds =
        Double(duration.components.seconds)
        + Double(duration.components.attoseconds) / 1e18
      let request = HTTPClientRequest(url: settleURL + "?max=\(seconds)")
      _ = try? await HTTPClient.shared.execute(
        request, timeout: .milliseconds(Int64(seconds * 1000) + 2000))
    }
    let waited = ContinuousClock.now - started
    if waited < duration { advance(by: duration - waited) }
  }

  /// Moves the clock forward by `duration`.
  func advance(by duration: Duration) {
    offset.withLock { $0 += duration }
  }

  /// A monotonic reading, for elapsed times (`$SECONDS`).
  var instant: ContinuousClock.Instant { ContinuousClock.now + skipped }

  /// The wall-clock time plus what sleeps skipped, for `date`.
  var wallTime: timespec {
    var value = Strftime.now()
    let (seconds, attoseconds) = skipped.components
    var nanoseconds = Int(value.tv_nsec) + Int(attoseconds / 1_000_000_000)
    var whole = Int(value.tv_sec) + Int(seconds)
    if nanoseconds >= 1_000_000_000 {
      nanoseconds -= 1_000_000_000
      whole += 1
    }
    value.tv_sec = .init(whole)
    value.tv_nsec = .init(nanoseconds)
    return value
  }
}
