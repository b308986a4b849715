import ScenarioRuntime
import Synchronization

/// A transport with canned responses per URL that records every request it receives.
final class FakeTransport: CurlTransport {
  struct Response: Sendable {
    /// What curl would write to standard output, in chunks delivered one after the other.
    var chunks: [[UInt8]]
    var exitCode: Int32 = 0
    var stderr: [UInt8] = []
    /// Pause before each chunk.
    var delay: Duration = .zero
    /// Keep the transfer open (until cancelled) after the chunks.
    var hangs = false

    init(
      _ body: String = "", exitCode: Int32 = 0, stderr: String = "", delay: Duration = .zero,
      hangs: Bool = false
    ) {
      self.chunks = body.isEmpty ? [] : [Array(body.utf8)]
      self.exitCode = exitCode
      self.stderr = Array(stderr.utf8)
      self.delay = delay
      self.hangs = hangs
    }

    init(chunks: [String], delay: Duration, hangs: Bool = false) {
      self.chunks = chunks.map { Array($0.utf8) }
      self.delay = delay
      self.hangs = hangs
    }
  }

  private let responses: [String: Response]
  private let recorded = Mutex<[ResolvedRequest]>([])

  init(_ responses: [String: Response] = [:]) {
    self.responses = responses
  }

  var requests: [ResolvedRequest] { recorded.withLock { $0 } }

  func perform(
    _ request: ResolvedRequest, stdout: @escaping @Sendable ([UInt8]) async -> Void
  ) async -> TransferResult {
    recorded.withLock { $0.append(request) }
    guard let response = responses[request.url] else {
      let message =
        request.options.silent && !request.options.showError
        ? "" : "curl: (7) Failed to connect to \(request.url)\n"
      return TransferResult(exitCode: 7, stderr: Array(message.utf8))
    }
    for chunk in response.chunks {
      if response.delay > .zero {
        do {
          try await Task.sleep(for: response.delay)
        } catch {
          return TransferResult(exitCode: 28)
        }
      }
      await stdout(chunk)
    }
    if response.hangs {
      while !Task.isCancelled {
        try? await Task.sleep(for: .milliseconds(10))
      }
      return TransferResult(exitCode: 28)
    }
    return TransferResult(exitCode: response.exitCode, stderr: response.stderr)
  }
}
