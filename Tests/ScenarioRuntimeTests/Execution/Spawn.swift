import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program with `posix_spawn` and waits for it on a dispatch thread. Foundation's
/// `Process` crashes when many run at once; the oracle starts hundreds of bash processes.
enum Spawn {
  struct Failure: Error, CustomStringConvertible {
    var code: Int32
    var description: String { "system call failed: \(String(cString: strerror(code)))" }
  }

  /// Writes an executable script (mode 0755). The descriptor is close-on-exec: a process
  /// spawned by another test while it is open must not inherit it, or running the script fails
  /// with "Text file busy" (bash's status 126) for as long as that process lives.
  static func installScript(_ text: String, at path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard fd >= 0 else { throw Failure(code: errno) }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw Failure(code: errno)
      }
      offset += written
    }
    guard fchmod(fd, 0o755) == 0 else { throw Failure(code: errno) }
  }

  /// The exit status (128 + N when killed by signal N). Standard input is /dev/null; standard
  /// output and error go to the given files.
  static func run(
    _ arguments: [String], stdoutPath: String, stderrPath: String
  ) async throws -> Int32 {
    try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(
          with: Result { try runAndWait(arguments, stdoutPath: stdoutPath, stderrPath: stderrPath) }
        )
      }
    }
  }

  private static func runAndWait(_ arguments: [String], stdoutPath: String, stderrPath: String)
    throws -> Int32
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // No blocked signals, default dispositions: the test process blocks and ignores some.
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGTERM, SIGINT, SIGQUIT, SIGHUP, SIGXFSZ, SIGCHLD] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let envp: [UnsafeMutablePointer<CChar>?] = [nil]
    var pid = pid_t()
    let spawned = argv.withUnsafeBufferPointer { args in
      envp.withUnsafeBufferPointer { env in
        posix_spawn(&pid, arguments[0], &actions, &attributes, args.baseAddress!, env.baseAddress!)
      }
    }
    guard spawned == 0 else { throw Failure(code: spawned) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw Failure(code: errno) }
    }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }
}
