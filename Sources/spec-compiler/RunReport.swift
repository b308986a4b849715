import Foundation
import ScenarioRuntime
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The runner's lines: `S01 OK 0s Title`, and a failing scenario's report. Written
/// with `write(2)`: a reader that closed the pipe (`spec-compiler run doc.md | head -n1`) ends
/// the run quietly (`closed`, then `onClose`) instead of trapping in `FileHandle.write`.
enum RunReport {
  private struct State {
    var closed = false
    var onClose: (@Sendable () -> Void)?
  }

  private static let state = Mutex(State())

  /// Standard output could not be written (EPIPE): nothing more is printed.
  static var closed: Bool { state.withLock { $0.closed } }

  /// Called once, when standard output turns out to be closed.
  static func onClose(_ handler: @escaping @Sendable () -> Void) {
    state.withLock { $0.onClose = handler }
  }

  /// The scenario's line; for a failing one, its `FailureReport` (its first line, which repeats
  /// the status, left out), or else its last error lines.
  static func print(_ outcome: ScenarioOutcome, report: String? = nil) {
    var text =
      "\(outcome.id) \(outcome.statusWord) \(Int(outcome.seconds.rounded()))s \(outcome.title)\n"
    if !outcome.passed, outcome.unsupported.isEmpty, let report {
      for line in report.split(separator: "\n").dropFirst() { text += "  \(line)\n" }
    } else if !outcome.passed {
      let lines = String(decoding: outcome.stderr, as: UTF8.self).split(separator: "\n")
      // An unsupported scenario's standard error is its lowering errors: all of them.
      for line in outcome.unsupported.isEmpty ? lines.suffix(5) : lines[...] {
        text += "    \(line)\n"
      }
    }
    emit(Array(text.utf8))
  }

  /// One line on standard output, unbuffered like the scenario lines, so they keep their order.
  static func write(_ line: String) {
    emit(Array((line + "\n").utf8))
  }

  private static func emit(_ bytes: [UInt8]) {
    guard !closed else { return }
    let written = bytes.withUnsafeBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return true }
      var offset = 0
      while offset < buffer.count {
        let count = writeStandardOutput(base + offset, buffer.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += count
      }
      return true
    }
    guard !written else { return }
    let handler = state.withLock { state -> (@Sendable () -> Void)? in
      guard !state.closed else { return nil }
      state.closed = true
      return state.onClose
    }
    handler?()
  }
}

/// SIGINT and SIGTERM during `spec-compiler run`: the first stops the running scenario (the
/// run then writes its logs and removes its artifacts), a second exits at once. Handled on a
/// Dispatch queue, never on Swift's cooperative pool.
final class RunSignals: @unchecked Sendable {
  private let lock = NSLock()
  private var received: Int32?
  private var sources: [any DispatchSourceSignal] = []

  /// The first signal received, if any.
  var signal: Int32? { lock.withLock { received } }

  /// `interrupt` runs on the first signal; `abort` (which must not return) on the second.
  init(interrupt: @escaping @Sendable () -> Void, abort: @escaping @Sendable (Int32) -> Void) {
    var made: [any DispatchSourceSignal] = []
    for number in [SIGINT, SIGTERM] {
      ignoreSignal(number)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in
        guard let self else { return }
        let first = self.lock.withLock { () -> Bool in
          if self.received != nil { return false }
          self.received = number
          return true
        }
        if first { interrupt() } else { abort(number) }
      }
      source.resume()
      made.append(source)
    }
    lock.withLock { sources = made }
  }

  /// Back to the default dispositions.
  func cancel() {
    let cancelled = lock.withLock { () -> [any DispatchSourceSignal] in
      defer { sources = [] }
      return sources
    }
    for source in cancelled { source.cancel() }
    for number in [SIGINT, SIGTERM] { restoreSignal(number) }
  }
}

// The C calls, outside the types whose members share their names.

/// Ends the process now, without exit handlers that other threads could be holding up (a
/// second SIGINT, a worker whose runner went away). Output is written unbuffered already.
func terminate(_ status: Int32) -> Never {
  _exit(status)
}

private func ignoreSignal(_ number: Int32) {
  _ = signal(number, SIG_IGN)
}

private func restoreSignal(_ number: Int32) {
  _ = signal(number, SIG_DFL)
}

private func writeStandardOutput(_ base: UnsafeRawPointer, _ count: Int) -> Int {
  write(STDOUT_FILENO, base, count)
}

/// The scenarios that finished, in order, for the JUnit report.
final class FinishedScenarios: Sendable {
  private let list = Mutex<[JUnitReport.Case]>([])

  func add(_ testCase: JUnitReport.Case) {
    list.withLock { $0.append(testCase) }
  }

  var cases: [JUnitReport.Case] { list.withLock { $0 } }
}

/// A report file that could not be written.
struct ReportWriteError: Error, CustomStringConvertible {
  var path: String
  var reason: String
  var description: String { "cannot write \(path): \(reason)" }
}
