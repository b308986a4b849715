import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One attempt of a curl invocation: the request, and the redirects `-L` follows.
struct CurlTransfer {
  /// curl's default `--max-redirs`.
  static let maximumRedirects = 50

  struct Outcome {
    var info: CurlTransferInfo
    var failure: CurlFailure?
    /// `Retry-After` of the last response, in seconds.
    var retryAfter: Int?
  }

  /// This curl invocation's client, and the connections it opened before this attempt.
  let connections: CurlConnections
  let connectionsBefore: Int
  /// Without `--connect-timeout`.
  let connectTimeout: Duration
  let template: CurlRequestTemplate
  let output: CurlOutput
  let originalURL: String

  private var options: ResolvedCurlOptions { template.options }

  func run() async -> Outcome {
    let start = ScenarioClock.current.instant
    var info = CurlTransferInfo(
      url: originalURL, urlEffective: template.url.effective, method: template.method,
      scheme: template.url.scheme)
    info.filenameEffective = options.output
    var url = template.url
    var method = template.method
    var sendBody = true
    var redirects = 0
    var retryAfter: Int?
    let totalDeadline = options.maxTime.map { start + .milliseconds(Int64($0 * 1000)) }

    while true {
      let trusted = url.sameOrigin(as: template.url)
      let plan = template.plan(url: url, method: method, sendBody: sendBody, trusted: trusted)
      info.method = plan.method
      info.urlEffective = url.effective
      info.scheme = url.scheme
      info.remoteIP = Self.literalAddress(url.host)
      info.remotePort = info.remoteIP == nil ? nil : url.port
      info.sizeRequest += plan.size
      info.sizeUpload += plan.body?.count ?? 0
      let opened = connections.opened
      var hop = Hop(
        transfer: self, plan: plan, start: start, totalDeadline: totalDeadline,
        followRedirects: options.followRedirects && redirects < Self.maximumRedirects)
      var failure = await hop.run(info: &info)
      // curl 7.88's `Curl_retry_request`: a reused connection that died before any byte of an
      // answer (the server closed it, or it held bytes no request asked for) is dropped, and
      // the request goes once more on a new connection.
      if let died = failure, [7, 52, 55, 56].contains(died.code), !hop.answered,
        connections.opened == opened, !Task.isCancelled
      {
        hop = Hop(
          transfer: self, plan: plan, start: start, totalDeadline: totalDeadline,
          followRedirects: options.followRedirects && redirects < Self.maximumRedirects)
        failure = await hop.run(info: &info)
      }
      retryAfter = hop.retryAfter
      if let failure {
        info.timeTotal = Self.seconds(since: start)
        return Outcome(info: info, failure: failure, retryAfter: retryAfter)
      }
      guard let target = hop.redirectTarget else { break }
      if !options.followRedirects {
        info.redirectURL = target.effective
        break
      }
      if redirects == Self.maximumRedirects {
        info.timeTotal = Self.seconds(since: start)
        return Outcome(
          info: info, failure: .tooManyRedirects(Self.maximumRedirects), retryAfter: retryAfter)
      }
      redirects += 1
      info.numRedirects = redirects
      info.timeRedirect = Self.seconds(since: start)
      (method, sendBody) = redirectedMethod(
        status: info.httpCode, method: method, sendBody: sendBody)
      url = target
    }
    if options.failWithBody && info.httpCode >= 400 {
      info.timeTotal = Self.seconds(since: start)
      return Outcome(info: info, failure: .httpError(info.httpCode), retryAfter: retryAfter)
    }
    info.timeTotal = Self.seconds(since: start)
    return Outcome(info: info, failure: nil, retryAfter: retryAfter)
  }

  /// curl 7.88's `Curl_follow`: 301 and 302 turn a POST into a GET, 303 turns anything but
  /// GET and HEAD into a GET; `-X` keeps its method name, without the body.
  private func redirectedMethod(status: Int, method: String, sendBody: Bool) -> (String, Bool) {
    let posting: Bool
    switch template.bodyKind {
    case .form, .multipart: posting = true
    case .raw: posting = !template.isUpload
    case .none: posting = false
    }
    let get = template.explicitMethod ? template.method : "GET"
    if (status == 301 || status == 302) && posting && sendBody {
      return (get, false)
    }
    if status == 303 && method != "GET" && method != "HEAD" {
      return (get, false)
    }
    return (method, sendBody)
  }

  /// On the scenario's clock (virtual against the embedded simulator).
  static func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ScenarioClock.current.instant - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  static func milliseconds(since start: ContinuousClock.Instant) -> Int {
    Int(seconds(since: start) * 1000)
  }

  /// The address itself when the host is an IPv4 or bracketed IPv6 literal.
  static func literalAddress(_ host: String) -> String? {
    if host.hasPrefix("[") && host.hasSuffix("]") { return String(host.dropFirst().dropLast()) }
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    let isIPv4 =
      parts.count == 4
      && parts.allSatisfy {
        !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && Int($0) != nil
      }
    return isIPv4 ? host : nil
  }
}

/// One request and its response.
private struct Hop {
  let transfer: CurlTransfer
  let plan: CurlRequestPlan
  let start: ContinuousClock.Instant
  let totalDeadline: ContinuousClock.Instant?
  let followRedirects: Bool

  private(set) var redirectTarget: CurlURL?
  private(set) var retryAfter: Int?
  private var connected = false
  private var head: HTTPResponseHead?
  private var received = 0
  private var expected: Int?
  private var chunked = false
  private var following = false
  private var decoder: CurlContentDecoder?

  init(
    transfer: CurlTransfer, plan: CurlRequestPlan, start: ContinuousClock.Instant,
    totalDeadline: ContinuousClock.Instant?, followRedirects: Bool
  ) {
    self.transfer = transfer
    self.plan = plan
    self.start = start
    self.totalDeadline = totalDeadline
    self.followRedirects = followRedirects
  }

  private var options: ResolvedCurlOptions { transfer.template.options }
  private var output: CurlOutput { transfer.output }

  /// Some of an answer arrived.
  var answered: Bool { head != nil || received > 0 }

  /// nil when the response arrived whole (and `redirectTarget` says whether to go on).
  mutating func run(info: inout CurlTransferInfo) async -> CurlFailure? {
    let request: HTTPClient.Request
    do {
      request = try makeRequest()
    } catch {
      return .badURL
    }
    info.exchange = HTTPExchangeRecord(
      method: plan.method, url: plan.url.effective,
      requestHeaders: plan.headers.map { "\($0.name): \($0.value)" },
      requestBody: plan.body.map { Excerpt($0) })
    let exchange = CurlExchange(client: transfer.connections.client, request: request)
    let connectTimer = exchange.schedule(
      .connectDeadline,
      after: options.connectTimeout.map { .milliseconds(Int64($0 * 1000)) }
        ?? transfer.connectTimeout)
    let totalTimer = totalDeadline.map {
      exchange.schedule(.totalDeadline, after: max(.zero, $0 - ScenarioClock.current.instant))
    }
    // After `-f` failed on the status, the body is read for the failure report only (briefly,
    // and not beyond what a report shows): curl itself stops at the status.
    var draining = false
    var drainTimer: Task<Void, Never>?
    defer {
      connectTimer.cancel()
      totalTimer?.cancel()
      drainTimer?.cancel()
    }

    var failure: CurlFailure?
    var finished = false
    var switched = false
    var upgrade: CurlUpgradeTap.Handle?
    var events = exchange.events.makeAsyncIterator()
    let clock = ScenarioClock.current
    let connections = transfer.connections
    let awaiting = clock.transferBegan { connections.latestPort }
    defer {
      exchange.tally.close()
      clock.transferEnded(awaiting)
    }
    await withTaskCancellationHandler {
      // Waiting for the next event, the transfer does not run (virtual time may step).
      loop: while let event = await clock.parked({ await events.next() }) {
        exchange.tally.took()
        switch event {
        case .requestSent:
          connected = true
          info.numConnects = transfer.connections.opened - transfer.connectionsBefore
          if info.timeConnect == 0 { info.timeConnect = CurlTransfer.seconds(since: start) }
        case .connectDeadline:
          guard !connected else { continue }
          failure = .connectTimeout(
            host: plan.url.bareHost, port: plan.url.port,
            milliseconds: CurlTransfer.milliseconds(since: start))
          break loop
        case .totalDeadline:
          if !draining { failure = timedOut() }
          break loop
        case .cancelled:
          if !draining { failure = .aborted }
          break loop
        case .head(let head) where head.status == .switchingProtocols:
          // curl 7.88 reads on after a `101` it did not ask for: the rest is the body, up to
          // the server's close or `--max-time`; for `-I` the reply is empty.
          switched = true
          upgrade = transfer.connections.takeUpgraded()
          failure = await receive(head, info: &info)
          if failure == nil && plan.method == "HEAD" { failure = .emptyReply }
          if failure != nil { break loop }
          upgrade?.attach(exchange.continuation)
        case .upgradedBody(let buffer):
          failure = await receive(buffer, info: &info)
          if failure != nil { break loop }
        case .upgradeEnded:
          failure = await finishBody()
          finished = failure == nil
          break loop
        case .head(let head):
          failure = await receive(head, info: &info)
          if failure?.code == 22 {
            draining = true
            drainTimer = exchange.schedule(.cancelled, after: .milliseconds(200))
            continue
          }
          if failure != nil { break loop }
        case .body(let buffer, let promise):
          if draining {
            Self.recordBody(Array(buffer.readableBytesView), info: &info)
            exchange.consumed(buffer, promise)
            if (info.exchange?.responseBody?.size ?? 0) >= Excerpt.limit { break loop }
            continue
          }
          failure = await receive(buffer, info: &info)
          exchange.consumed(buffer, promise)
          if failure != nil { break loop }
        case .end:
          if draining {
            finished = true
            break loop
          }
          failure = await finishBody()
          finished = failure == nil
          break loop
        case .failed(let error):
          if !draining { failure = map(error) }
          finished = true
          break loop
        }
      }
    } onCancel: {
      exchange.post(.cancelled)
    }
    if !finished {
      // The stream also ends when the task is cancelled.
      if failure == nil { failure = .aborted }
      exchange.abandon()
    }
    if switched {
      // AsyncHTTPClient ended its part at the head and left the stream open.
      upgrade?.release()
      exchange.finish()
    }
    return failure
  }

  private func makeRequest() throws -> HTTPClient.Request {
    var headers = HTTPHeaders()
    for header in plan.headers {
      // AsyncHTTPClient would drop it: `CurlFramingHandler` puts it back on the wire.
      let name =
        header.name == "Content-Length" ? CurlFramingHandler.plannedLengthHeader : header.name
      headers.add(name: name, value: header.value)
    }
    var tls: TLSConfiguration?
    if plan.url.scheme == "https" && options.insecure {
      var configuration = TLSConfiguration.makeClientConfiguration()
      configuration.certificateVerification = .none
      tls = configuration
    }
    return try HTTPClient.Request(
      url: plan.url.transportURL, method: HTTPMethod(rawValue: plan.method), headers: headers,
      body: plan.body.map { .bytes($0) }, tlsConfiguration: tls)
  }

  private mutating func receive(
    _ head: HTTPResponseHead, info: inout CurlTransferInfo
  ) async -> CurlFailure? {
    self.head = head
    let status = Int(head.status.code)
    info.httpCode = status
    // curl names HTTP/1.0 `1`.
    switch (head.version.major, head.version.minor) {
    case (1, 0): info.httpVersion = "1"
    case (1, _): info.httpVersion = "1.1"
    default: info.httpVersion = "\(head.version.major)"
    }
    info.headers = head.headers.map { CurlTransferInfo.Header(name: $0.name, value: $0.value) }
    info.exchange?.responseHeaders = head.headers.map { "\($0.name): \($0.value)" }
    info.exchange?.responseBody = Excerpt([UInt8]())
    info.timeStartTransfer = CurlTransfer.seconds(since: start)
    info.redirectURL = nil
    info.sizeDownload = 0

    let statusLine =
      head.version.major == 2
      ? "HTTP/2 \(status) \r\n"
      : "HTTP/\(head.version.major).\(head.version.minor) \(status) \(head.status.reasonPhrase)\r\n"
    var shown = String(decoding: statusLine.utf8.dropLast(2), as: UTF8.self)
    while shown.hasSuffix(" ") { shown.removeLast() }
    info.exchange?.statusLine = shown
    var lines = [statusLine]
    for (name, value) in head.headers { lines.append("\(name): \(value)\r\n") }
    lines.append("\r\n")
    for line in lines {
      info.sizeHeader += line.utf8.count
      do {
        try await output.writeHeaderLine(Array(line.utf8))
      } catch {
        return error
      }
    }

    if let retry = head.headers["Retry-After"].first, let seconds = Int(retry) {
      retryAfter = seconds
    }
    if (300...399).contains(status) && status != 304,
      let location = head.headers["Location"].first
    {
      redirectTarget = try? plan.url.resolving(location: location)
      following = followRedirects && redirectTarget != nil
    }
    if !following && options.failOnHTTPError && !options.failWithBody && status >= 400 {
      return .httpError(status)
    }
    let bodyless = plan.method == "HEAD" || status == 204 || status == 304 || status < 200
    if !bodyless, let length = head.headers["Content-Length"].first.flatMap({ Int($0) }) {
      expected = length
    }
    chunked = head.headers["Transfer-Encoding"].contains { $0.lowercased().contains("chunked") }
    if options.compressed { decoder = CurlContentDecoder(head: head) }
    return nil
  }

  private mutating func receive(
    _ buffer: ByteBuffer, info: inout CurlTransferInfo
  ) async -> CurlFailure? {
    received += buffer.readableBytes
    info.sizeDownload += buffer.readableBytes
    guard !following && !options.headOnly else { return nil }
    do {
      let bytes = try decoder?.decode(buffer) ?? Array(buffer.readableBytesView)
      Self.recordBody(bytes, info: &info)
      try await output.writeBody(bytes)
    } catch {
      return error
    }
    return nil
  }

  private mutating func finishBody() async -> CurlFailure? {
    guard let decoder, !following, !options.headOnly else { return nil }
    do {
      try await output.writeBody(try decoder.finish())
    } catch {
      return error
    }
    return nil
  }

  /// Keeps the start of the response body, and counts all of it, for the failure report.
  private static func recordBody(_ bytes: [UInt8], info: inout CurlTransferInfo) {
    guard var body = info.exchange?.responseBody else { return }
    let room = max(0, Excerpt.limit - body.text.utf8.count)
    if room > 0 { body.text += String(decoding: bytes.prefix(room), as: UTF8.self) }
    body.size += bytes.count
    info.exchange?.responseBody = body
  }

  /// `--max-time` ran out: curl words it by how far the transfer got.
  private func timedOut() -> CurlFailure {
    let milliseconds = CurlTransfer.milliseconds(since: start)
    guard connected else { return .connectionTimedOut(milliseconds: milliseconds) }
    return .operationTimedOut(
      milliseconds: milliseconds, received: received, expected: head == nil ? nil : expected)
  }

  /// AsyncHTTPClient's and NIO's errors, as curl reports the same situations.
  private func map(_ error: any Error) -> CurlFailure {
    let host = plan.url.bareHost
    let port = plan.url.port
    let milliseconds = CurlTransfer.milliseconds(since: start)
    if let connectionError = error as? NIOConnectionError {
      if connectionError.connectionErrors.isEmpty
        && (connectionError.dnsAError != nil || connectionError.dnsAAAAError != nil)
      {
        return .couldNotResolve(host)
      }
      return .couldNotConnect(host: host, port: port, milliseconds: milliseconds)
    }
    if let clientError = error as? HTTPClientError {
      switch clientError {
      case .invalidURL, .emptyHost, .emptyScheme:
        return .badURL
      case .connectTimeout:
        return .connectTimeout(host: host, port: port, milliseconds: milliseconds)
      case .remoteConnectionClosed:
        return closedEarly()
      case .cancelled:
        return .aborted
      default:
        break
      }
    }
    if let ioError = error as? IOError {
      let reason = String(cString: strerror(ioError.errnoCode))
      if !connected {
        return .couldNotConnect(host: host, port: port, milliseconds: milliseconds)
      }
      if ioError.errnoCode == EPIPE { return .sendFailure(reason) }
      return .receiveFailure(reason)
    }
    if error is HTTPParserError {
      return head == nil ? (received == 0 ? closedOrGarbage(error) : .weirdReply) : closedEarly()
    }
    if error is NIOSSLError || error is BoringSSLError {
      let text = String(describing: error)
      if text.contains("CERTIFICATE_VERIFY_FAILED") || text.contains("certificate") {
        return .sslCertificate("unable to get local issuer certificate")
      }
      return .sslConnect
    }
    if error is ChannelError, !connected {
      return .couldNotConnect(host: host, port: port, milliseconds: milliseconds)
    }
    if !connected {
      return .couldNotConnect(host: host, port: port, milliseconds: milliseconds)
    }
    return .receiveFailure(String(describing: error))
  }

  /// The server closed the connection before the response was complete.
  private func closedEarly() -> CurlFailure {
    guard head != nil else { return .emptyReply }
    if let expected, !chunked { return .partialFile(remaining: max(0, expected - received)) }
    return .partialFile(remaining: nil)
  }

  private func closedOrGarbage(_ error: any Error) -> CurlFailure {
    if let parserError = error as? HTTPParserError, parserError == .invalidEOFState {
      return .emptyReply
    }
    return .http09
  }
}
