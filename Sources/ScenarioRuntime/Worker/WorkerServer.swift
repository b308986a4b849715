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

  /// Blocking reads on a dedicated thread, one request per line, until end of input.
  private static func readRequests(from fd: Int32, _ handle: (WorkerRequest) -> Void) {
    var pending: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return }
      pending += chunk[0..<count]
      for line in WorkerFraming.lines(&pending) {
        if let request = WorkerFraming.decode(WorkerRequest.self, line: line) { handle(request) }
      }
    }
  }
}

/// Writes events as lines, whole, from any thread; a failed write means the runner is gone.
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
          let count = write(descriptor, base + offset, buffer.count - offset)
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

  func standardOutput(_ bytes: [UInt8]) { send(.stdout(Data(bytes))) }
  func standardError(_ bytes: [UInt8]) { send(.stderr(Data(bytes))) }
  func secret(_ value: String) { send(.secret(value)) }
}
