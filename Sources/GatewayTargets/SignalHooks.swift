#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signal side of `SecretFileCleanup`: a handler that removes the registered paths, puts
/// back the action that was there before and lets the signal take it.
enum SignalHooks {
  /// Ending signals are only taken over when nobody handles them (a run loop that stops
  /// gracefully on SIGINT handles them itself and calls `SecretFileCleanup.removeAll()`).
  static let ending: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  /// Crashes: always, before whatever handled them (Swift's backtracer) runs.
  static let crashes: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]
  static let count = 65

  /// The actions found at install time, by signal number, for the handler to restore.
  nonisolated(unsafe) static let previous = UnsafeMutablePointer<sigaction>.allocate(
    capacity: count)

  static func install() {
    previous.initialize(repeating: sigaction(), count: count)
    for signal in ending + crashes where signal < count {
      var current = sigaction()
      guard sigaction(signal, nil, &current) == 0 else { continue }
      if ending.contains(signal) && !isDefault(current) { continue }
      previous[Int(signal)] = current
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = cleanupThenResignal
      #else
        action.__sigaction_u.__sa_handler = cleanupThenResignal
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      _ = sigaction(signal, &action, nil)
    }
  }

  static func isDefault(_ action: sigaction) -> Bool {
    #if canImport(Glibc)
      let handler = action.__sigaction_handler.sa_handler
    #else
      let handler = action.__sigaction_u.__sa_handler
    #endif
    guard let handler else { return true }
    return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_DFL, to: Int.self)
  }
}

/// Removes the registered paths, restores the previous action and re-raises the signal: it is
/// delivered to that action when this handler returns (a fault re-executes and reaches it).
private func cleanupThenResignal(_ signal: Int32) {
  removeRegisteredPaths()
  _ = sigaction(signal, SignalHooks.previous + Int(signal), nil)
  _ = raise(signal)
}
