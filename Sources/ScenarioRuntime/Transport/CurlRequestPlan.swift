import Foundation

/// One HTTP request as curl 7.88 would write it: method, URL, headers in curl's order (with
/// `Content-Length` where curl puts it, and only when curl sends one), body.
struct CurlRequestPlan: Sendable, Equatable {
  struct Header: Sendable, Equatable {
    var name: String
    var value: String
  }

  var method: String
  var url: CurlURL
  var headers: [Header]
  /// nil sends no body, and no `Content-Length`.
  var body: [UInt8]?

  /// Bytes of the request head and body, as `%{size_request}` counts them.
  var size: Int {
    var count = "\(method) \(url.requestTarget) HTTP/1.1\r\n".utf8.count + 2
    for header in headers { count += header.name.utf8.count + header.value.utf8.count + 4 }
    return count + (body?.count ?? 0)
  }
}

/// A `-H` line, read as curl reads it.
enum CurlCustomHeader: Sendable, Equatable {
  /// `Name: value`
  case send(name: String, value: String)
  /// `Name:` with nothing after it: curl leaves out its own header of that name.
  case remove(name: String)

  var name: String {
    switch self {
    case .send(let name, _), .remove(let name): name
    }
  }

  /// nil for lines curl ignores (`NoColon`, `Name; something`).
  init?(line: String) {
    if let colon = line.firstIndex(of: ":") {
      let name = String(line[..<colon])
      var value = line[line.index(after: colon)...]
      guard !name.isEmpty else { return nil }
      if value.allSatisfy({ $0 == " " || $0 == "\t" }) {
        self = .remove(name: name)
        return
      }
      // NIO writes `Name: value`: drop the one space it puts back.
      if value.first == " " { value = value.dropFirst() }
      self = .send(name: name, value: String(value))
    } else if let semicolon = line.firstIndex(of: ";") {
      let name = String(line[..<semicolon])
      guard !name.isEmpty,
        line[line.index(after: semicolon)...].allSatisfy({ $0 == " " || $0 == "\t" })
      else { return nil }
      self = .send(name: name, value: "")
    } else {
      return nil
    }
  }
}

/// What stays the same across the requests of one curl invocation (redirects, retries).
struct CurlRequestTemplate: Sendable {
  static let userAgent = "curl/7.88.1"
  /// What `--compressed` asks for: the encodings the transport can decode (curl 7.88 also
  /// offers `br, zstd`).
  static let acceptEncoding = "deflate, gzip"
  /// curl sends `Expect: 100-continue` for bodies above 1 MiB (and for every `-T` upload).
  static let expectThreshold = 1024 * 1024

  enum BodyKind: Sendable, Equatable {
    case none
    case form
    case raw
    case multipart(CurlMultipart)
  }

  var url: CurlURL
  var method: String
  var explicitMethod: Bool
  var customHeaders: [CurlCustomHeader]
  var body: [UInt8]?
  var bodyKind: BodyKind
  var options: ResolvedCurlOptions
  /// `user:password` from `-u`, else from the URL.
  var credentials: String?

  init(_ request: ResolvedRequest) throws(CurlURL.ParseError) {
    var url = try CurlURL(parsing: request.url)
    options = request.options
    explicitMethod = request.explicitMethod
    customHeaders = request.headers.compactMap(CurlCustomHeader.init(line:))

    switch request.body {
    case .none:
      body = nil
      bodyKind = .none
    case .data(let bytes, let form):
      if options.dataAsQuery {
        url = url.appendingQuery(bytes)
        body = nil
        bodyKind = .none
      } else {
        body = bytes
        bodyKind = form ? .form : .raw
      }
    case .multipart(let parts):
      let multipart = CurlMultipart(parts: parts)
      body = multipart.body
      bodyKind = .multipart(multipart)
    }

    if explicitMethod {
      method = request.method
    } else if options.headOnly {
      method = "HEAD"
    } else if options.dataAsQuery {
      method = "GET"
    } else if body != nil && request.method == "GET" {
      method = "POST"
    } else {
      method = request.method
    }

    if let user = options.user {
      credentials = user.contains(":") ? user : user + ":"
    } else if let userinfo = url.userinfo {
      let decoded = userinfo.removingPercentEncoding ?? userinfo
      credentials = decoded.contains(":") ? decoded : decoded + ":"
    } else {
      credentials = nil
    }
    self.url = url
  }

  /// A `-T` upload: `PUT` with raw bytes, which curl always sends with `Expect: 100-continue`.
  var isUpload: Bool {
    bodyKind == .raw && method == "PUT" && !explicitMethod
  }

  func hasCustomHeader(_ name: String) -> Bool {
    customHeaders.contains { $0.name.caseInsensitiveCompare(name) == .orderedSame }
  }

  private func customValue(_ name: String) -> String? {
    for case .send(let headerName, let value) in customHeaders
    where headerName.caseInsensitiveCompare(name) == .orderedSame {
      return value
    }
    return nil
  }

  /// The request for `url` (the first one or a redirect target). `sendBody` is false after a
  /// redirect that turned the request into a `GET`; `trusted` is false once a redirect left the
  /// first host, where curl stops sending credentials and custom `Authorization`/`Cookie`.
  func plan(url: CurlURL, method: String, sendBody: Bool, trusted: Bool) -> CurlRequestPlan {
    var headers: [CurlRequestPlan.Header] = []
    func add(_ name: String, _ value: String) { headers.append(.init(name: name, value: value)) }

    if trusted, let host = customValue("Host") {
      add("Host", host)
    } else if !trusted || !hasCustomHeader("Host") {
      // `-H 'Host:'` leaves it out (AsyncHTTPClient puts it back).
      add("Host", url.hostHeader)
    }
    if trusted, let credentials, !hasCustomHeader("Authorization") {
      add("Authorization", "Basic " + Data(credentials.utf8).base64EncodedString())
    }
    if !hasCustomHeader("User-Agent") {
      let agent = options.userAgent ?? Self.userAgent
      if !agent.isEmpty { add("User-Agent", agent) }
    }
    if !hasCustomHeader("Accept") { add("Accept", "*/*") }
    if options.compressed && !hasCustomHeader("Accept-Encoding") {
      add("Accept-Encoding", Self.acceptEncoding)
    }
    if let cookie = options.cookie, cookie.contains("="), !hasCustomHeader("Cookie") {
      add("Cookie", cookie)
    }
    let body = sendBody ? self.body : nil
    var isMultipart = false
    if case .multipart = bodyKind, body != nil { isMultipart = true }
    for case .send(let name, let value) in customHeaders {
      switch name.lowercased() {
      case "host": continue
      case "content-type" where isMultipart: continue
      case "authorization" where !trusted: continue
      case "cookie" where !trusted: continue
      // The body's own length frames the request, as it always did (AsyncHTTPClient dropped
      // custom ones too).
      case "content-length": continue
      default: add(name, value)
      }
    }
    if let body {
      // Any body, even an empty `-d ''`, whatever the method; never without one (`-X POST`).
      add("Content-Length", String(body.count))
      switch bodyKind {
      case .form where !hasCustomHeader("Content-Type"):
        add("Content-Type", "application/x-www-form-urlencoded")
      case .multipart(let multipart):
        if customValue("Content-Type") != nil || !hasCustomHeader("Content-Type") {
          add("Content-Type", multipart.contentType(overriding: customValue("Content-Type")))
        }
      default:
        break
      }
      let http11 = url.scheme == "http" || options.http11
      if http11 && !hasCustomHeader("Expect")
        && (isUpload || body.count > Self.expectThreshold)
      {
        add("Expect", "100-continue")
      }
    }
    return CurlRequestPlan(method: method, url: url, headers: headers, body: body)
  }
}
