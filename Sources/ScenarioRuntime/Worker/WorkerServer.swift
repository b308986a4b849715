import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The worker's side (`spec-compiler run-worker`): reads `WorkerRequest`s from standard input,
/// runs each scenario in-process and streams `WorkerEvent`s to standard output.
public enum WorkerServer {
  /// Serves until the input ends. `inputEnded` is called from the reading thread when the
  /// runner closes the input or goes away, or when the output can no longer be written, even
  /// while a scenario still runs (the command exits there: the runner is gone).
  public static func serve(
    input: Int32 = 0, output: Int32 = 1, inputEnded: @escaping @Sendable () -> Void
  ) async {
    let writer = EventWriter(descriptor: output, broken: inputEnded)
    let requests = AsyncStream<WorkerRequest> { continuation in
      let thread = Thread {
        readRequests(from: input) { continuation.yield($0) }
        continuation.finish()
        inputEnded()
      }
      thread.name = "worker-input"
      thread.start()
    }
    var runner: DocumentRunner?
    var transport: HTTPClientTransport?
    for await request in requests {
      switch request {
      case .start(let start):
        let opened = HTTPClientTransport()
        transport = opened
        let made = DocumentRunner(
          start.loaded, configuration: start.configuration.configuration(transport: opened))
        await made.stream(to: writer)
        runner = made
      case .run(let id):
        guard let runner else {
          writer.send(.failed("run-worker: \(id) asked before the document"))
          continue
        }
        let ledger = FileLedger(onRecord: { writer.send(.created($0)) })
        let (outcome, abandoned) = await FileLedger.$current.withValue(ledger) {
          await runner.runAlone(id)
        }
        writer.send(.finished(outcome, abandoned: abandoned))
      }
    }
    try? await transport?.shutdown()
  }

  /// Blocking reads on a dedicated thread, one request per frame, until end of input.
  private static func readRequests(from fd: Int32, _ handle: (WorkerRequest) -> Void) {
    var pending = WorkerFrameBuffer()
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return }
      pending.append(chunk[0..<count])
      while let frame = pending.next() {
        if let request = try? WorkerFraming.request(frame) { handle(request) }
      }
    }
  }
}

/// Writes events as frames, whole, from any thread; a failed write means the runner is gone.
final class EventWriter: ExecutionObserver {
  private let descriptor: Int32
  private let lock = NSLock()
  private let broken: @Sendable () -> Void

  init(descriptor: Int32, broken: @escaping @Sendable () -> Void) {
    self.descriptor = descriptor
    self.broken = broken
  }

  func send(_ event: WorkerEvent) {
    let bytes = WorkerFraming.encode(event)
    let written = lock.withLock {
      bytes.withUnsafeBytes { buffer -> Bool in
        guard let base = buffer.baseAddress else { return true }
        var offset = 0
        while offset < buffer.count {
          let count = writeOutput(descriptor, base + offset, buffer.count - offset)
          if count < 0 {
            if errno == EINTR { continue }
            return false
          }
          offset += count
        }
        return true
      }
    }
    if !written { broken() }
  }

  /// Empty output is not sent: it would add nothing to the runner's copy.
  func standardOutput(_ bytes: [UInt8]) {
    if !bytes.isEmpty { send(.stdout(bytes)) }
  }

  func standardError(_ bytes: [UInt8]) {
    if !bytes.isEmpty { send(.stderr(bytes)) }
  }

  func secret(_ value: String) { send(.secret(value)) }
}

/// A write that fails with EPIPE instead of raising SIGPIPE when the reader is gone: `send`
/// with `MSG_NOSIGNAL` on a socket (what `ScenarioWorker` gives its worker), `write` otherwise.
private func writeOutput(_ fd: Int32, _ base: UnsafeRawPointer, _ count: Int) -> Int {
  #if os(Linux)
    let sent = send(fd, base, count, Int32(MSG_NOSIGNAL))
    if sent >= 0 || errno != ENOTSOCK { return sent }
  #endif
  return write(fd, base, count)
}
