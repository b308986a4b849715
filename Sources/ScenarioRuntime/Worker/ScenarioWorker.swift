import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs scenarios in a worker process (`spec-compiler run-worker`) that the runner kills and
/// replaces when a scenario outlives its limit: CPU-bound work (a jq program that loops, a
/// regex, a busy shell loop) cannot be stopped inside a process, but a process can always be
/// killed. The limit is kept by a dedicated thread waiting in `poll(2)`, never by Swift's
/// cooperative pool.
///
/// One worker serves the scenarios in turn and keeps the setup it ran (`SetupReplay.once`); a
/// worker started after a kill runs the setup blocks again.
public final class ScenarioWorker: @unchecked Sendable {
  public let executable: String
  public let arguments: [String]
  /// Serializes `execute` (one scenario at a time).
  private let serial = NSLock()
  /// Guards `interrupted` and `runningPID`.
  private let lock = NSLock()
  private var interrupted = false
  private var runningPID: pid_t?
  /// Owned by the thread holding `serial`.
  private var process: WorkerProcess?
  /// A pipe whose read end wakes a waiting `execute` (`interrupt`).
  private let wakeRead: Int32
  private let wakeWrite: Int32

  public init(executable: String, arguments: [String] = ["run-worker"]) throws {
    self.executable = executable
    self.arguments = arguments
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else {
      throw WorkerProcess.SpawnError(description: "pipe: \(String(cString: strerror(errno)))")
    }
    for fd in fds {
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }
    wakeRead = fds[0]
    wakeWrite = fds[1]
  }

  deinit {
    process?.close()
    _ = close(wakeRead)
    _ = close(wakeWrite)
  }

  /// The `spec-compiler` to use as worker: `SPEC_COMPILER_WORKER` (a path; empty: none, run
  /// in-process), else a `spec-compiler` next to the running executable or one directory up
  /// (where `swift build` puts it next to a test bundle).
  public static func locate(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> ScenarioWorker? {
    if let given = environment["SPEC_COMPILER_WORKER"] {
      guard !given.isEmpty, FileManager.default.isExecutableFile(atPath: given) else {
        return nil
      }
      return try? ScenarioWorker(executable: given)
    }
    let running = URL(fileURLWithPath: currentExecutablePath()).deletingLastPathComponent()
    for directory in [running, running.deletingLastPathComponent()] {
      let candidate = directory.appendingPathComponent("spec-compiler").path
      if FileManager.default.isExecutableFile(atPath: candidate) {
        return try? ScenarioWorker(executable: candidate)
      }
    }
    return nil
  }

  /// The path of this process's executable.
  public static func currentExecutablePath() -> String {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return resolved
    }
    return Bundle.main.executablePath ?? CommandLine.arguments[0]
  }

  /// How a scenario run in the worker ended.
  enum Result: Sendable {
    /// The outcome as the worker masked it, and the secrets the scenario met.
    case finished(ScenarioOutcome, secrets: [String])
    /// The worker was killed (or ended by itself) before the scenario finished.
    case stopped(Stop, Partial)
  }

  enum Stop: Sendable, Equatable {
    case timedOut
    case interrupted
    case ended(String)
  }

  /// What the scenario had printed (unmasked) and the secrets it had read.
  struct Partial: Sendable {
    /// Where the files the scenario created are recorded.
    var ledger: FileLedger?
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []
    var secrets: [String] = []

    /// The output events among `events`.
    mutating func add(_ events: [WorkerEvent]) {
      for event in events {
        switch event {
        case .stdout(let data): stdout += data
        case .stderr(let data): stderr += data
        case .secret(let value): secrets.append(value)
        case .created(let entry): ledger?.adopt(entry)
        case .finished, .failed: break
        }
      }
    }
  }

  /// Runs scenario `id` in the worker, starting one (and sending it `start`) if none runs; past
  /// `limit` seconds the worker's process group is killed.
  func execute(_ id: String, start: WorkerStart, limit: Double) async -> Result {
    let ledger = FileLedger.current
    return await withCheckedContinuation { continuation in
      let thread = Thread {
        continuation.resume(
          returning: self.executeBlocking(id, start: start, limit: limit, ledger: ledger))
      }
      thread.name = "scenario-worker"
      thread.start()
    }
  }

  /// Stops the scenario running now and every later one (SIGINT, SIGTERM, a closed output).
  public func interrupt() {
    lock.withLock { interrupted = true }
    var byte: UInt8 = 1
    _ = write(wakeWrite, &byte, 1)
  }

  /// Kills the running worker's process group from any thread, without waiting for it.
  public func killNow() {
    if let pid = lock.withLock({ runningPID }) {
      _ = kill(-pid, SIGKILL)
      _ = kill(pid, SIGKILL)
    }
  }

  /// Ends the worker (closes its input; kills it if it does not exit).
  public func shutdown() {
    serial.withLock {
      process?.close()
      process = nil
      lock.withLock { runningPID = nil }
    }
  }

  private var isInterrupted: Bool { lock.withLock { interrupted } }

  private func executeBlocking(
    _ id: String, start: WorkerStart, limit: Double, ledger: FileLedger?
  ) -> Result {
    serial.lock()
    defer { serial.unlock() }
    var partial = Partial(ledger: ledger)
    guard !isInterrupted else { return .stopped(.interrupted, partial) }
    let deadline = DispatchTime.now() + max(0, limit)
    let worker: WorkerProcess
    switch startedWorker(start) {
    case .success(let running): worker = running
    case .failure(let error): return .stopped(.ended(error.description), partial)
    }
    guard worker.send(.run(id)) else {
      discard(worker)
      return .stopped(.ended("the worker process ended before \(id) started"), partial)
    }
    while true {
      switch worker.next(until: deadline, wake: wakeRead) {
      case .event(.stdout(let data)): partial.stdout += data
      case .event(.stderr(let data)): partial.stderr += data
      case .event(.secret(let value)): partial.secrets.append(value)
      case .event(.created(let entry)): ledger?.adopt(entry)
      case .event(.finished(let outcome, let abandoned)):
        if abandoned { discard(worker) }
        return .finished(outcome, secrets: partial.secrets)
      case .event(.failed(let message)):
        discard(worker)
        return .stopped(.ended(message), partial)
      case .expired:
        partial.add(discard(worker))
        return .stopped(.timedOut, partial)
      case .woken:
        drainWake()
        if isInterrupted {
          partial.add(discard(worker))
          return .stopped(.interrupted, partial)
        }
      case .closed:
        partial.add(discard(worker))
        return .stopped(.ended("the worker process ended unexpectedly"), partial)
      }
    }
  }

  private func startedWorker(_ start: WorkerStart)
    -> Swift.Result<WorkerProcess, WorkerProcess.SpawnError>
  {
    if let process { return .success(process) }
    do {
      let started = try WorkerProcess(executable: executable, arguments: arguments)
      guard started.send(.start(start)) else {
        started.kill()
        return .failure(.init(description: "the worker process \(executable) did not start"))
      }
      process = started
      lock.withLock { runningPID = started.pid }
      return .success(started)
    } catch let error as WorkerProcess.SpawnError {
      return .failure(error)
    } catch {
      return .failure(.init(description: "\(error)"))
    }
  }

  /// Kills the worker (the next scenario starts a fresh one); returns the events it had sent
  /// but this side had not read.
  @discardableResult
  private func discard(_ worker: WorkerProcess) -> [WorkerEvent] {
    let unread = worker.kill()
    process = nil
    lock.withLock { runningPID = nil }
    return unread
  }

  private func drainWake() {
    var buffer = [UInt8](repeating: 0, count: 64)
    while buffer.withUnsafeMutableBytes({ read(wakeRead, $0.baseAddress, $0.count) }) > 0 {}
  }
}
