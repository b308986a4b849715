/// One request curl sent and what came back, as a failure report shows it: the last hop of a
/// transfer (after redirects), the response body as received (also when `-f` kept it from the
/// output), without the transport's timing.
public struct HTTPExchangeRecord: Sendable, Equatable, Codable {
  public var method: String
  public var url: String
  /// `Name: value` lines, in the order curl sends them.
  public var requestHeaders: [String]
  public var requestBody: Excerpt?
  /// `HTTP/1.1 404 Not Found`; nil when no response arrived.
  public var statusLine: String?
  /// `Name: value` lines, in received order.
  public var responseHeaders: [String] = []
  /// The body bytes received, decoded (nil when no response arrived).
  public var responseBody: Excerpt?
  /// curl's error message (`Failed to connect to …`), when the transfer failed.
  public var error: String?

  public init(
    method: String, url: String, requestHeaders: [String] = [], requestBody: Excerpt? = nil
  ) {
    self.method = method
    self.url = url
    self.requestHeaders = requestHeaders
    self.requestBody = requestBody
  }

  /// Every text of the exchange through `transform` (secret masking).
  func mapText(_ transform: (String) -> String) -> HTTPExchangeRecord {
    var copy = self
    copy.url = transform(url)
    copy.requestHeaders = requestHeaders.map(transform)
    copy.requestBody?.text = transform(requestBody?.text ?? "")
    copy.statusLine = statusLine.map(transform)
    copy.responseHeaders = responseHeaders.map(transform)
    copy.responseBody?.text = transform(responseBody?.text ?? "")
    copy.error = error.map(transform)
    return copy
  }
}
