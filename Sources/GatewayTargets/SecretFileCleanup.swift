import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Private directories holding secret files (a simulator binding's `.env` with its master key)
/// that must not outlive the process, however it ends:
///
/// - the owner removes them and calls `unregister(directory:)` (`GatewayBinding.release()`);
/// - `removeAll()` removes what is still registered: a SIGINT/SIGTERM handler that ends the
///   run gracefully calls it;
/// - at `exit` (an `atexit` hook), and when a signal kills the process (SIGINT, SIGTERM,
///   SIGHUP, SIGQUIT while nobody else handles them; SIGSEGV, SIGBUS, SIGILL, SIGTRAP,
///   SIGABRT, SIGFPE always), whatever is registered is removed with async-signal-safe
///   `unlink`/`rmdir` before the signal takes its previous course (default action or the
///   handler that was installed before, such as Swift's backtracer).
///
/// Paths are kept as C strings in a fixed table a signal handler can read without locks;
/// at most `capacity` paths are registered at a time.
public enum SecretFileCleanup {
  public static let capacity = 64

  /// Registers `files` (removed first) and `directory` (removed last, when empty).
  public static func register(directory: String, files: [String]) {
    installHooks()
    state.withLock { owners in
      for file in files { store(file, isDirectory: false, owner: directory, in: &owners) }
      store(directory, isDirectory: true, owner: directory, in: &owners)
    }
  }

  /// Forgets `directory` and its files (their owner removed them).
  public static func unregister(directory: String) {
    state.withLock { owners in
      for index in 0..<capacity where owners[index] == directory {
        owners[index] = nil
        slots[index] = nil
      }
    }
  }

  /// Removes every registered file and directory now, and forgets them.
  public static func removeAll() {
    state.withLock { owners in
      removeRegisteredPaths()
      for index in 0..<capacity {
        owners[index] = nil
        slots[index] = nil
      }
    }
  }

  /// The paths registered now (for tests).
  public static var registered: [String] {
    state.withLock { _ in
      (0..<capacity).compactMap { slots[$0].map { String(cString: $0) } }
    }
  }

  // MARK: storage

  /// Per slot: the directory it belongs to (nil: free). Guards `slots` for writers.
  private static let state = Mutex<[String?]>(Array(repeating: nil, count: capacity))
  /// C strings read by the signal handler; a cleared slot's string is leaked, never freed, so
  /// a handler reading concurrently never touches freed memory.
  nonisolated(unsafe) fileprivate static let slots =
    UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
  nonisolated(unsafe) fileprivate static let isDirectory =
    UnsafeMutablePointer<Bool>.allocate(capacity: capacity)
  private static let hooksInstalled = Mutex(false)

  /// Call with `state` locked (`owners` is its value).
  private static func store(
    _ path: String, isDirectory directory: Bool, owner: String, in owners: inout [String?]
  ) {
    guard let free = (0..<capacity).first(where: { owners[$0] == nil }) else { return }
    owners[free] = owner
    isDirectory[free] = directory
    slots[free] = strdup(path)
  }

  private static func installHooks() {
    let first = hooksInstalled.withLock { installed in
      defer { installed = true }
      return !installed
    }
    guard first else { return }
    slots.initialize(repeating: nil, count: capacity)
    isDirectory.initialize(repeating: false, count: capacity)
    atexit { removeRegisteredPaths() }
    SignalHooks.install()
  }
}

/// Async-signal-safe: `unlink` and `rmdir` on the stored C strings only.
func removeRegisteredPaths() {
  let slots = SecretFileCleanup.slots
  for pass in 0..<2 {
    for index in 0..<SecretFileCleanup.capacity {
      guard let path = slots[index] else { continue }
      if pass == 0 && !SecretFileCleanup.isDirectory[index] { _ = unlink(path) }
      if pass == 1 && SecretFileCleanup.isDirectory[index] { _ = rmdir(path) }
    }
  }
}
