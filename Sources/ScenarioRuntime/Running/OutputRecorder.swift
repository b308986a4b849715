import Synchronization

/// What a scenario has printed so far and the secrets it has read, kept as it runs: a
/// scenario stopped at its time limit still shows the output it printed before (as the bash
/// runner's log does). Passes everything on to `forward` (the worker's event stream).
final class OutputRecorder: ExecutionObserver {
  private struct Recorded {
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []
    var secrets: [String] = []
  }

  private let recorded = Mutex(Recorded())
  private let forward: (any ExecutionObserver)?

  init(forward: (any ExecutionObserver)? = nil) {
    self.forward = forward
  }

  func standardOutput(_ bytes: [UInt8]) {
    recorded.withLock { $0.stdout += bytes }
    forward?.standardOutput(bytes)
  }

  func standardError(_ bytes: [UInt8]) {
    recorded.withLock { $0.stderr += bytes }
    forward?.standardError(bytes)
  }

  func secret(_ value: String) {
    recorded.withLock { $0.secrets.append(value) }
    forward?.secret(value)
  }

  /// Output and secrets so far.
  var snapshot: (stdout: [UInt8], stderr: [UInt8], secrets: [String]) {
    recorded.withLock { ($0.stdout, $0.stderr, $0.secrets) }
  }
}
