import Foundation

/// Blocking work (waiting for a child process) on a thread of its own. Swift concurrency runs
/// every test on a pool with one thread per core; a test that blocks one of them for a minute
/// leaves the in-process scenarios of the other tests without a thread while their real time
/// limits run.
enum OwnThread {
  static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
  }
}
