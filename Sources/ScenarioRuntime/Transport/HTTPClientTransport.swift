import AsyncHTTPClient
import NIOCore

/// The production `CurlTransport`: performs curl 7.88 transfers in-process over AsyncHTTPClient,
/// writing what curl would write.
///
/// Every curl invocation gets a client of its own on the shared event loops
/// (`CurlConnections`), as every curl command of a bash script is a process of its own:
/// connections are reused within one invocation (several URLs run in one `CurlInvocation`, a
/// `-L` redirect, retries) and never across invocations, so a connection a server left in an
/// odd state (an `Upgrade` it refused) or many background transfers behave as under bash.
///
/// The client follows no redirects and decodes nothing by itself: `-L` and `--compressed` are
/// done here, per request, the way curl does them. Call `shutdown()` once done with it.
public final class HTTPClientTransport: CurlTransport {
  private let eventLoopGroup: any EventLoopGroup
  private let configuration: HTTPClient.Configuration
  private let connectTimeout: Duration

  /// - Parameters:
  ///   - eventLoopGroup: where the client's connections live; the process-wide singleton by
  ///     default.
  ///   - connectTimeout: how long a connection attempt may take without `--connect-timeout`
  ///     (curl's default, 300 s).
  ///   - idleTimeout: how long a kept-alive connection of one invocation waits for its next
  ///     request (a redirect, a retry).
  public init(
    eventLoopGroup: any EventLoopGroup = HTTPClient.defaultEventLoopGroup,
    connectTimeout: Duration = .seconds(300),
    idleTimeout: Duration = .seconds(1)
  ) {
    self.connectTimeout = connectTimeout
    var configuration = HTTPClient.Configuration(
      redirectConfiguration: .disallow,
      // `--connect-timeout` is applied per transfer; this bounds the pool's own attempts.
      timeout: .init(connect: Self.timeAmount(connectTimeout) + .seconds(1), read: nil),
      decompression: .disabled)
    // Fail requests as soon as a connection attempt fails, as curl does.
    configuration.connectionPool.retryConnectionEstablishment = false
    configuration.connectionPool.idleTimeout = Self.timeAmount(idleTimeout)
    // `Content-Length` as curl sends it, not as AsyncHTTPClient frames requests.
    configuration.http1_1ConnectionDebugInitializer = CurlFramingHandler.installHTTP1(on:)
    configuration.http2StreamChannelDebugInitializer = CurlFramingHandler.installHTTP2(on:)
    self.configuration = configuration
    self.eventLoopGroup = eventLoopGroup
  }

  private static func timeAmount(_ duration: Duration) -> TimeAmount {
    let (seconds, attoseconds) = duration.components
    return .nanoseconds(max(0, seconds * 1_000_000_000 + attoseconds / 1_000_000_000))
  }

  /// Nothing to close: each invocation's client is shut down when its transfer ends.
  public func shutdown() async throws {}

  public func perform(
    _ request: ResolvedRequest, stdout: @escaping @Sendable ([UInt8]) async -> Void
  ) async -> TransferResult {
    await transfer(
      request,
      pipe: { bytes in
        await stdout(bytes)
        return true
      })
  }

  public func transfer(
    _ request: ResolvedRequest, pipe stdout: @escaping @Sendable ([UInt8]) async -> Bool
  ) async -> TransferResult {
    let make = {
      CurlConnections(eventLoopGroup: self.eventLoopGroup, configuration: self.configuration)
    }
    if let invocation = CurlInvocation.current {
      let connections = invocation.connections(for: self, make: make)
      return await perform(request, connections: connections, stdout: stdout)
    }
    let connections = make()
    let result = await perform(request, connections: connections, stdout: stdout)
    connections.close()
    return result
  }

  private func perform(
    _ request: ResolvedRequest, connections: CurlConnections,
    stdout: @escaping @Sendable ([UInt8]) async -> Bool
  ) async -> TransferResult {
    let options = request.options
    var diagnostics = CurlDiagnostics(silent: options.silent, showError: options.showError)

    let template: CurlRequestTemplate
    do {
      template = try CurlRequestTemplate(request)
    } catch {
      let failure: CurlFailure
      switch error {
      case .badFormat: failure = .badURL
      case .unsupportedScheme(let scheme): failure = .unsupportedProtocol(scheme)
      }
      diagnostics.report(failure)
      var info = CurlTransferInfo(
        url: request.url, urlEffective: request.url, method: request.method, scheme: "")
      info.exitCode = failure.code
      info.errorMessage = failure.message
      await writeOut(options, info: info, stdout: stdout, diagnostics: &diagnostics)
      return TransferResult(exitCode: failure.code, stderr: diagnostics.bytes)
    }

    let output = CurlOutput(options: options, stdout: stdout)
    defer { output.close() }
    var retriesLeft = max(0, options.retry ?? 0)
    var retryDelay = 1
    while true {
      var outcome: CurlTransfer.Outcome
      do {
        try output.start()
        outcome = await CurlTransfer(
          connections: connections, connectionsBefore: connections.opened,
          connectTimeout: connectTimeout, template: template, output: output,
          originalURL: request.url
        ).run()
        if outcome.failure == nil {
          do {
            try output.finishSuccessfully()
          } catch {
            outcome.failure = error
          }
        }
      } catch {
        outcome = CurlTransfer.Outcome(
          info: CurlTransferInfo(
            url: request.url, urlEffective: template.url.effective, method: template.method,
            scheme: template.url.scheme),
          failure: error)
      }
      for warning in output.warnings { diagnostics.warn(warning) }
      output.warnings = []
      if let failure = outcome.failure { diagnostics.report(failure) }

      if retriesLeft > 0, let reason = Self.retryReason(outcome, options: options) {
        let delay = reason == ": HTTP error" ? (outcome.retryAfter ?? retryDelay) : retryDelay
        diagnostics.warn(
          "Problem \(reason). Will retry in \(delay) seconds. \(retriesLeft) retries left.")
        retriesLeft -= 1
        retryDelay = min(retryDelay * 2, 600)
        guard await ScenarioClock.current.sleep(for: .seconds(delay)) else {
          diagnostics.report(.aborted)
          return TransferResult(exitCode: CurlFailure.aborted.code, stderr: diagnostics.bytes)
        }
        output.prepareRetry()
        continue
      }

      var info = outcome.info
      info.exitCode = outcome.failure?.code ?? 0
      info.errorMessage = outcome.failure?.message
      await writeOut(options, info: info, stdout: stdout, diagnostics: &diagnostics)
      info.exchange?.error = info.errorMessage
      return TransferResult(
        exitCode: info.exitCode, stderr: diagnostics.bytes, exchange: info.exchange)
    }
  }

  /// `--retry`: timeouts and unresolved hosts, and the transient HTTP statuses (408, 429, 500,
  /// 502, 503, 504) of transfers that otherwise went well or failed only by `-f`.
  private static func retryReason(
    _ outcome: CurlTransfer.Outcome, options: ResolvedCurlOptions
  ) -> String? {
    let code = outcome.failure?.code
    if code == 28 || code == 6 { return ": timeout" }
    guard code == nil || (code == 22 && options.failOnHTTPError) else { return nil }
    return [408, 429, 500, 502, 503, 504].contains(outcome.info.httpCode) ? ": HTTP error" : nil
  }

  private func writeOut(
    _ options: ResolvedCurlOptions, info: CurlTransferInfo,
    stdout: @Sendable ([UInt8]) async -> Bool, diagnostics: inout CurlDiagnostics
  ) async {
    guard let format = options.writeOut else { return }
    let rendered = CurlWriteOut.render(format, info: info)
    if !rendered.stdout.isEmpty { _ = await stdout(rendered.stdout) }
    diagnostics.append(rendered.stderr)
  }
}
