/// The pipe between two commands of a pipeline, as a deterministic model of a Linux pipe.
///
/// A command whose reader stops early (`head -n1`, `grep -q`, `sed q`) fails as it would under
/// bash only when it writes after its reader has exited and the pipe cannot take the bytes:
/// the pipe holds `capacity` bytes (64 KiB, Linux's default) that nobody reads. The writer is
/// taken to be faster than the reader (a local server, `seq`, a file), so everything fits
/// that the reader read before it stopped plus a full pipe; the first write past that is a
/// broken pipe. Real bash + curl 7.88 against a local server (`curl … | head -n1`, 30 runs per
/// size) always exit 0 for a 1 KiB body and always 23 from 80 KiB on; in between the outcome
/// is a race, and the model gives the likelier one (`StagePipeTests`, `EarlyStopOracleTests`).
struct StagePipe: Sendable {
  /// Bytes a pipe holds that its reader never reads (`/proc/sys/fs/pipe-max-size` aside:
  /// `F_SETPIPE_SZ` is not used by bash or coreutils).
  static let capacity = 65_536

  /// Bytes the writer has written so far.
  private(set) var written = 0
  /// The most the writer can write without failing, once the reader has stopped.
  private(set) var limit: Int?
  /// Whether a write failed: the writer then dies of `SIGPIPE` (curl: exit 23).
  private(set) var broken = false

  /// Records a write of `count` bytes; false when it fails (the reader has stopped and the
  /// pipe is full). Writes after a failed one fail too.
  mutating func write(_ count: Int) -> Bool {
    guard !broken else { return false }
    written += count
    if let limit, written > limit { broken = true }
    return !broken
  }

  /// The reader exited after reading `consumed` bytes. A writer that has already written more
  /// than fits breaks now: it was blocked on the full pipe when the reader went away.
  mutating func readerStopped(after consumed: Int) {
    guard limit == nil else { return }
    limit = consumed + Self.capacity
    if written > consumed + Self.capacity { broken = true }
  }

  /// The status bash reports for a command killed by `SIGPIPE` (128 + 13).
  static let brokenPipeStatus: Int32 = 141
}
