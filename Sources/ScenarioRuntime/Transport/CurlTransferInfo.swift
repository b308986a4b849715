/// What curl knows about a finished transfer: the values `-w` prints.
struct CurlTransferInfo: Sendable, Equatable {
  struct Header: Sendable, Equatable {
    var name: String
    var value: String
  }

  /// The URL as given (`%{url}`).
  var url: String
  /// The last URL used (`%{url_effective}`).
  var urlEffective: String
  var method: String
  var scheme: String
  /// 0 until a response arrives (`%{http_code}` prints `000`).
  var httpCode = 0
  /// `1.1`, `2`, `1.0`; `0` without a response.
  var httpVersion = "0"
  /// The last response's headers, in received order.
  var headers: [Header] = []
  var sizeDownload = 0
  var sizeUpload = 0
  var sizeHeader = 0
  var sizeRequest = 0
  var numRedirects = 0
  var numConnects = 0
  /// Where a redirect not followed would go.
  var redirectURL: String?
  var exitCode: Int32 = 0
  var errorMessage: String?
  /// `-o` path.
  var filenameEffective: String?
  /// Known when the URL names an IP address.
  var remoteIP: String?
  var remotePort: Int?
  /// Seconds from the start of the transfer.
  var timeConnect = 0.0
  var timeStartTransfer = 0.0
  var timeRedirect = 0.0
  var timeTotal = 0.0
  /// The last hop's request and response, for failure reports (not a `-w` variable).
  var exchange: HTTPExchangeRecord?

  init(url: String, urlEffective: String, method: String, scheme: String) {
    self.url = url
    self.urlEffective = urlEffective
    self.method = method
    self.scheme = scheme
  }

  var contentType: String? { header("Content-Type") }

  /// The first value of a header of the last response, by case-insensitive name.
  func header(_ name: String) -> String? {
    headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
  }

  var speedDownload: Int { timeTotal > 0 ? Int(Double(sizeDownload) / timeTotal) : 0 }
  var speedUpload: Int { timeTotal > 0 ? Int(Double(sizeUpload) / timeTotal) : 0 }
}
