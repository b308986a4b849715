/// A curl error: the exit status and the text curl 7.88 prints after `curl: (N) `.
struct CurlFailure: Error, Sendable, Equatable {
  var code: Int32
  var message: String

  static func unsupportedProtocol(_ scheme: String) -> CurlFailure {
    .init(code: 1, message: "Protocol \"\(scheme)\" not supported or disabled in libcurl")
  }

  static let http09 = CurlFailure(code: 1, message: "Received HTTP/0.9 when not allowed")

  static let badURL = CurlFailure(code: 3, message: "URL using bad/illegal format or missing URL")

  static func couldNotResolve(_ host: String) -> CurlFailure {
    .init(code: 6, message: "Could not resolve host: \(host)")
  }

  static func couldNotConnect(host: String, port: Int, milliseconds: Int) -> CurlFailure {
    .init(
      code: 7,
      message:
        "Failed to connect to \(host) port \(port) after \(milliseconds) ms: Couldn't connect to server"
    )
  }

  static let weirdReply = CurlFailure(code: 8, message: "Weird server reply")

  /// The transfer ended before the promised body did.
  static func partialFile(remaining: Int?) -> CurlFailure {
    if let remaining {
      return .init(code: 18, message: "transfer closed with \(remaining) bytes remaining to read")
    }
    return .init(code: 18, message: "transfer closed with outstanding read data remaining")
  }

  static func httpError(_ status: Int) -> CurlFailure {
    .init(code: 22, message: "The requested URL returned error: \(status)")
  }

  static let writeError = CurlFailure(code: 23, message: "Failure writing output to destination")

  /// `--connect-timeout` ran out.
  static func connectTimeout(host: String, port: Int, milliseconds: Int) -> CurlFailure {
    .init(
      code: 28,
      message:
        "Failed to connect to \(host) port \(port) after \(milliseconds) ms: Timeout was reached"
    )
  }

  /// `--max-time` ran out before the connection was made.
  static func connectionTimedOut(milliseconds: Int) -> CurlFailure {
    .init(code: 28, message: "Connection timed out after \(milliseconds) milliseconds")
  }

  /// `--max-time` ran out during the exchange.
  static func operationTimedOut(milliseconds: Int, received: Int, expected: Int?) -> CurlFailure {
    let amount = expected.map { "\(received) out of \($0)" } ?? "\(received)"
    return .init(
      code: 28,
      message:
        "Operation timed out after \(milliseconds) milliseconds with \(amount) bytes received")
  }

  static let sslConnect = CurlFailure(code: 35, message: "SSL connect error")

  /// The transfer was cancelled from outside (the scenario's own timeout).
  static let aborted = CurlFailure(
    code: 42, message: "Operation was aborted by an application callback")

  static func tooManyRedirects(_ count: Int) -> CurlFailure {
    .init(code: 47, message: "Maximum (\(count)) redirects followed")
  }

  static let emptyReply = CurlFailure(code: 52, message: "Empty reply from server")

  static func sendFailure(_ reason: String) -> CurlFailure {
    .init(code: 55, message: "Send failure: \(reason)")
  }

  static func receiveFailure(_ reason: String) -> CurlFailure {
    .init(code: 56, message: "Recv failure: \(reason)")
  }

  static func sslCertificate(_ reason: String) -> CurlFailure {
    .init(code: 60, message: "SSL certificate problem: \(reason)")
  }

  static func badContentEncoding(_ reason: String) -> CurlFailure {
    .init(code: 61, message: "Error while processing content unencoding: \(reason)")
  }
}

/// What curl writes on standard error, given `-s` and `-S` (the progress meter is not drawn).
struct CurlDiagnostics: Sendable {
  var silent: Bool
  var showError: Bool
  private(set) var bytes: [UInt8] = []

  init(silent: Bool, showError: Bool) {
    self.silent = silent
    self.showError = showError
  }

  /// `curl: (N) message`, unless `-s` without `-S`; certificate problems add curl's advice.
  mutating func report(_ failure: CurlFailure) {
    guard !silent || showError else { return }
    bytes += Array("curl: (\(failure.code)) \(failure.message)\n".utf8)
    if failure.code == 60 { bytes += Array(Self.certificateAdvice.utf8) }
  }

  /// curl's `CURL_CA_CERT_ERRORMSG`.
  static let certificateAdvice = """
    More details here: https://curl.se/docs/sslcerts.html

    curl failed to verify the legitimacy of the server and therefore could not
    establish a secure connection to it. To learn more about this situation and
    how to fix it, please visit the web page mentioned above.

    """

  /// `Warning: …` lines, muted by `-s`, wrapped at 79 columns as curl wraps them.
  mutating func warn(_ text: String) {
    guard !silent else { return }
    bytes += Self.wrappedWarning(text)
  }

  mutating func append(_ raw: [UInt8]) {
    bytes += raw
  }

  /// curl's `voutf`: each line starts with `Warning: ` and holds at most 70 bytes of text
  /// (the final newline included), cut after the last space that fits.
  static func wrappedWarning(_ text: String) -> [UInt8] {
    let prefix = Array("Warning: ".utf8)
    let width = 79 - prefix.count
    // curl counts the message's own newline.
    var rest = Array((text + "\n").utf8)[...]
    var out: [UInt8] = []
    while !rest.isEmpty {
      out += prefix
      if rest.count > width {
        var cut = width - 1
        while cut > 0 && rest[rest.startIndex + cut] != UInt8(ascii: " ") { cut -= 1 }
        if cut == 0 { cut = width - 1 }
        out += rest.prefix(cut + 1)
        out.append(UInt8(ascii: "\n"))
        rest = rest.dropFirst(cut + 1)
      } else {
        out += rest
        rest = []
      }
    }
    return out
  }
}
