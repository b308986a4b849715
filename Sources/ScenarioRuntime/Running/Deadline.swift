import Dispatch
import Foundation

/// Waits for a task under a time limit whose timer runs on a Dispatch queue, never on Swift's
/// cooperative pool: CPU-bound work that never suspends (a long jq program, a regex, a busy
/// loop) can occupy every thread of that pool, and a limit that needs one of them to fire
/// would then never fire.
enum Deadline {
  /// The task's value, or nil when `seconds` pass first; the task is then cancelled (it stops
  /// at its next cancellation check, if it reaches one).
  static func race<Value: Sendable>(_ work: Task<Value, Never>, seconds: Double) async -> Value? {
    let box = Race<Value>()
    return await withCheckedContinuation { continuation in
      box.install(continuation)
      Task {
        let value = await work.value
        box.resolve(value)
      }
      DispatchQueue.global().asyncAfter(deadline: .now() + max(0, seconds)) {
        if box.resolve(nil) { work.cancel() }
      }
    }
  }

  /// The first of the two racers to finish resumes the continuation.
  private final class Race<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value?, Never>?

    func install(_ continuation: CheckedContinuation<Value?, Never>) {
      lock.withLock { self.continuation = continuation }
    }

    @discardableResult
    func resolve(_ value: Value?) -> Bool {
      let taken = lock.withLock { () -> CheckedContinuation<Value?, Never>? in
        defer { continuation = nil }
        return continuation
      }
      taken?.resume(returning: value)
      return taken != nil
    }
  }
}
