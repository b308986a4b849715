import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One worker process, seen from the runner: its pipes and its process group. Blocking calls
/// only, made from a dedicated thread (see `ScenarioWorker`), never from Swift's cooperative
/// pool.
final class WorkerProcess {
  let pid: pid_t
  private let input: Int32
  private let output: Int32
  private var pending = WorkerFrameBuffer()
  private var ended = false
  private var reaped = false

  struct SpawnError: Error, CustomStringConvertible {
    var description: String
  }

  /// Starts `executable arguments…` in a process group of its own (so that killing it kills
  /// everything it started), standard input and output on pipes, standard error shared.
  init(executable: String, arguments: [String]) throws {
    var toWorker: [Int32] = [-1, -1]
    var fromWorker: [Int32] = [-1, -1]
    guard makePipe(&toWorker) else { throw Self.failure("pipe") }
    guard makePipe(&fromWorker) else {
      closeDescriptor(toWorker[0])
      closeDescriptor(toWorker[1])
      throw Self.failure("pipe")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toWorker[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromWorker[1], 1)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setpgroup(&attributes, 0)
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var child = pid_t()
    let status = argv.withUnsafeBufferPointer { args in
      posix_spawn(&child, executable, &actions, &attributes, args.baseAddress!, environ)
    }
    closeDescriptor(toWorker[0])
    closeDescriptor(fromWorker[1])
    guard status == 0 else {
      closeDescriptor(toWorker[1])
      closeDescriptor(fromWorker[0])
      throw SpawnError(
        description: "cannot start \(executable): \(String(cString: strerror(status)))")
    }
    pid = child
    input = toWorker[1]
    output = fromWorker[0]
  }

  private static func failure(_ call: String) -> SpawnError {
    SpawnError(description: "\(call): \(String(cString: strerror(errno)))")
  }

  /// Writes one request; false when the worker is gone.
  func send(_ request: WorkerRequest) -> Bool {
    let bytes = WorkerFraming.encode(request)
    return bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return false }
      var offset = 0
      while offset < buffer.count {
        let written = writeDescriptor(input, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }

  enum Next {
    case event(WorkerEvent)
    /// The deadline passed.
    case expired
    /// `wake` became readable.
    case woken
    /// The worker closed its output (it ended).
    case closed
  }

  /// The next event, waiting at most until `deadline`; `wake` (a pipe) ends the wait early.
  func next(until deadline: DispatchTime, wake: Int32) -> Next {
    while true {
      if let frame = pending.next() { return decode(frame) }
      if ended { return .closed }
      let now = DispatchTime.now().uptimeNanoseconds
      let end = deadline.uptimeNanoseconds
      if now >= end { return .expired }
      let milliseconds = Int32(clamping: (end - now + 999_999) / 1_000_000)
      var fds = [
        pollfd(fd: output, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&fds, 2, milliseconds)
      if ready < 0 {
        if errno == EINTR { continue }
        return .closed
      }
      if fds[1].revents != 0 { return .woken }
      if fds[0].revents != 0 {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes {
          readDescriptor(output, $0.baseAddress, $0.count)
        }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 {
          ended = true
        } else {
          pending.append(chunk[0..<count])
        }
      }
    }
  }

  private func decode(_ frame: WorkerFrame) -> Next {
    guard let event = try? WorkerFraming.event(frame) else {
      return .event(.failed("unreadable message from the worker"))
    }
    return .event(event)
  }

  /// Kills the process group at once and reaps the worker; returns the events it had sent
  /// and this side had not read yet (output written just before the kill).
  @discardableResult
  func kill() -> [WorkerEvent] {
    guard !reaped else { return [] }
    signalGroup(pid, SIGKILL)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // The worker is gone: its output holds what it wrote, then ends.
    var events: [WorkerEvent] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while !ended {
      let count = chunk.withUnsafeMutableBytes { readDescriptor(output, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      pending.append(chunk[0..<count])
    }
    while let frame = pending.next() {
      if let event = try? WorkerFraming.event(frame) { events.append(event) }
    }
    release()
    return events
  }

  /// Closes its standard input (a worker then exits), gives it `seconds` to do so, then kills
  /// what is left of its process group.
  func close(seconds: Double = 2) {
    guard !reaped else { return }
    closeDescriptor(input)
    let deadline = DispatchTime.now() + seconds
    var status: Int32 = 0
    while DispatchTime.now() < deadline {
      if waitpid(pid, &status, WNOHANG) == pid {
        closeDescriptor(output)
        reaped = true
        return
      }
      usleep(10_000)
    }
    signalGroup(pid, SIGKILL)
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    closeDescriptor(output)
    reaped = true
  }

  private func release() {
    closeDescriptor(input)
    closeDescriptor(output)
    reaped = true
  }
}

// The C calls, outside the class whose methods share their names.

/// A one-way channel to or from the worker: a socket pair on Linux, made close-on-exec at once
/// (a process spawned meanwhile by another thread must not inherit it), written with
/// `MSG_NOSIGNAL` (a worker that died means EPIPE, not SIGPIPE for this process).
private func makePipe(_ fds: inout [Int32]) -> Bool {
  #if os(Linux)
    let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    return socketpair(AF_UNIX, type, 0, &fds) == 0
  #else
    guard pipe(&fds) == 0 else { return false }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return true
  #endif
}

private func closeDescriptor(_ fd: Int32) {
  _ = close(fd)
}

private func writeDescriptor(_ fd: Int32, _ base: UnsafeRawPointer, _ count: Int) -> Int {
  #if os(Linux)
    send(fd, base, count, Int32(MSG_NOSIGNAL))
  #else
    write(fd, base, count)
  #endif
}

private func readDescriptor(_ fd: Int32, _ base: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, base, count)
}

/// SIGKILL to the worker's process group, and to the worker itself should it have left it.
private func signalGroup(_ pid: pid_t, _ signal: Int32) {
  _ = kill(-pid, signal)
  _ = kill(pid, signal)
}
