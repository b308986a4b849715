/// A URL as curl 7.88's URL parser (with scheme guessing, as the curl tool uses it) reads it:
/// the scheme defaults to `http`, the host must be there, the port must be a number up to 65535,
/// dot segments are removed from the path and an empty path becomes `/`.
struct CurlURL: Sendable, Equatable {
  enum ParseError: Error, Equatable {
    /// curl: (3) URL using bad/illegal format or missing URL
    case badFormat
    /// curl: (1) Protocol "x" not supported or disabled in libcurl
    case unsupportedScheme(String)
  }

  /// `http` or `https`.
  var scheme: String
  /// `user:password` as written (still percent-encoded).
  var userinfo: String?
  /// The host as written; IPv6 addresses keep their brackets.
  var host: String
  /// The port as written, when there was one.
  var explicitPort: Int?
  /// Starts with `/`, dot segments removed.
  var path: String
  /// After `?`; empty when the URL ends in `?`.
  var query: String?
  var fragment: String?

  init(parsing text: String) throws(ParseError) {
    let bytes = Array(text.utf8)
    if bytes.isEmpty || bytes.contains(where: { $0 <= 0x20 || $0 == 0x7F }) {
      throw .badFormat
    }
    var rest = bytes[...]
    if let schemeEnd = Self.schemeLength(bytes) {
      let scheme = String(decoding: bytes[..<schemeEnd], as: UTF8.self).lowercased()
      rest = bytes[(schemeEnd + 1)...]
      var slashes = 0
      while rest.first == UInt8(ascii: "/") && slashes < 4 {
        rest = rest.dropFirst()
        slashes += 1
      }
      guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
      guard (1...3).contains(slashes) else { throw .badFormat }
      self.scheme = scheme
    } else {
      self.scheme = "http"
    }

    let authorityEnd =
      rest.firstIndex(where: {
        $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#")
      })
      ?? rest.endIndex
    var authority = rest[..<authorityEnd]
    rest = rest[authorityEnd...]

    if let at = authority.lastIndex(of: UInt8(ascii: "@")) {
      userinfo = String(decoding: authority[..<at], as: UTF8.self)
      authority = authority[(at + 1)...]
    } else {
      userinfo = nil
    }

    var portText: ArraySlice<UInt8>?
    if authority.first == UInt8(ascii: "[") {
      guard let close = authority.firstIndex(of: UInt8(ascii: "]")) else { throw .badFormat }
      let inside = authority[(authority.startIndex + 1)..<close]
      guard !inside.isEmpty,
        inside.allSatisfy({
          Self.isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".")
        })
      else { throw .badFormat }
      host = String(decoding: authority[...close], as: UTF8.self)
      let after = authority[(close + 1)...]
      if let colon = after.first {
        guard colon == UInt8(ascii: ":") else { throw .badFormat }
        portText = after.dropFirst()
      }
    } else {
      let colon = authority.firstIndex(of: UInt8(ascii: ":"))
      let hostBytes = authority[..<(colon ?? authority.endIndex)]
      guard !hostBytes.isEmpty, hostBytes.allSatisfy({ !Self.forbiddenInHost.contains($0) }) else {
        throw .badFormat
      }
      host = String(decoding: hostBytes, as: UTF8.self)
      if let colon { portText = authority[(colon + 1)...] }
    }
    if let portText, !portText.isEmpty {
      guard portText.count <= 5, portText.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
        let port = Int(String(decoding: portText, as: UTF8.self)), port <= 65535
      else { throw .badFormat }
      explicitPort = port
    } else {
      explicitPort = nil
    }

    if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
      fragment = String(decoding: rest[(hash + 1)...], as: UTF8.self)
      rest = rest[..<hash]
    } else {
      fragment = nil
    }
    if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
      query = String(decoding: rest[(question + 1)...], as: UTF8.self)
      rest = rest[..<question]
    } else {
      query = nil
    }
    path = Self.removingDotSegments(String(decoding: rest, as: UTF8.self))
  }

  var defaultPort: Int { scheme == "https" ? 443 : 80 }
  var port: Int { explicitPort ?? defaultPort }

  /// The host name without IPv6 brackets, as curl names it in connection errors.
  var bareHost: String {
    host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
  }

  /// `%{url_effective}`: the URL as curl prints it back.
  var effective: String {
    var text = "\(scheme)://"
    if let userinfo { text += "\(userinfo)@" }
    text += host
    if let explicitPort { text += ":\(explicitPort)" }
    text += path
    if let query { text += "?\(query)" }
    if let fragment { text += "#\(fragment)" }
    return text
  }

  /// The `Host:` header value: the port only when it is not the scheme's default.
  var hostHeader: String {
    port == defaultPort ? host : "\(host):\(port)"
  }

  /// The request target curl writes on the request line: non-ASCII path bytes percent-encoded.
  var requestTarget: String {
    var target = Self.encoding(path, keepingASCII: true)
    if let query { target += "?\(query)" }
    return target
  }

  /// The URL handed to AsyncHTTPClient: no credentials nor fragment, and every byte Foundation's
  /// URL parser would refuse or re-encode percent-encoded (curl sends some of them raw).
  var transportURL: String {
    var text = "\(scheme)://\(host)"
    if let explicitPort { text += ":\(explicitPort)" }
    text += Self.encoding(path, keepingASCII: false)
    if let query { text += "?" + Self.encoding(query, keepingASCII: false) }
    return text
  }

  /// The same host, port and scheme: where curl keeps sending credentials and custom
  /// `Authorization`/`Cookie` headers while following redirects.
  func sameOrigin(as other: CurlURL) -> Bool {
    scheme == other.scheme && host.lowercased() == other.host.lowercased() && port == other.port
  }

  /// `-G`: the data joins the query with `&`, or starts it.
  func appendingQuery(_ data: [UInt8]) -> CurlURL {
    var url = self
    let text = String(decoding: data, as: UTF8.self)
    if let query = url.query, !query.isEmpty {
      url.query = query + "&" + text
    } else {
      url.query = text
    }
    return url
  }

  /// Resolves a `Location:` header against this URL (RFC 3986 reference resolution).
  func resolving(location: String) throws(ParseError) -> CurlURL {
    // curl encodes spaces in redirect targets.
    let location = location.replacingSpaces()
    let bytes = Array(location.utf8)
    if Self.schemeLength(bytes) != nil {
      return try CurlURL(parsing: location)
    }
    if location.hasPrefix("//") {
      return try CurlURL(parsing: "\(scheme):\(location)")
    }
    var base = self
    base.fragment = nil
    var reference = location[...]
    var fragment: String?
    if let hash = reference.firstIndex(of: "#") {
      fragment = String(reference[reference.index(after: hash)...])
      reference = reference[..<hash]
    }
    var query: String?
    if let question = reference.firstIndex(of: "?") {
      query = String(reference[reference.index(after: question)...])
      reference = reference[..<question]
    }
    if reference.isEmpty {
      if let query { base.query = query }
    } else if reference.hasPrefix("/") {
      base.path = Self.removingDotSegments(String(reference))
      base.query = query
    } else {
      let directory = base.path[...(base.path.lastIndex(of: "/") ?? base.path.startIndex)]
      base.path = Self.removingDotSegments(String(directory) + reference)
      base.query = query
    }
    base.fragment = fragment
    return base
  }

  // MARK: - Helpers

  /// The length of `scheme` when the text starts with `scheme:/` (curl's test with scheme
  /// guessing on).
  private static func schemeLength(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count && index < 40 {
      let byte = bytes[index]
      let isSchemeByte =
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
      guard isSchemeByte else { break }
      index += 1
    }
    guard index > 0, index + 1 < bytes.count, bytes[index] == UInt8(ascii: ":"),
      bytes[index + 1] == UInt8(ascii: "/")
    else { return nil }
    return index
  }

  private static let forbiddenInHost = Set(" \r\n\t/:#?!@{}[]\\$'\"^`*<>=;,+&()%".utf8)

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
  }

  static func removingDotSegments(_ path: String) -> String {
    guard !path.isEmpty else { return "/" }
    var input = Substring(path)
    var output: [Substring] = []
    var trailingSlash = false
    var segments = input.split(separator: "/", omittingEmptySubsequences: false)
    if input.hasPrefix("/") { segments.removeFirst() }
    for (index, segment) in segments.enumerated() {
      let isLast = index == segments.count - 1
      switch segment {
      case ".":
        trailingSlash = isLast
      case "..":
        if !output.isEmpty { output.removeLast() }
        trailingSlash = isLast
      default:
        output.append(segment)
        trailingSlash = false
      }
    }
    input = "/" + output.joined(separator: "/")
    if trailingSlash && !input.hasSuffix("/") { input += "/" }
    return String(input)
  }

  private static let allowedInTransportURL = Set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?".utf8)

  /// Percent-encodes bytes outside what Foundation's URL accepts (`%` stays when it starts a
  /// valid escape). With `keepingASCII`, only bytes above 0x7F are encoded, as curl does.
  private static func encoding(_ text: String, keepingASCII: Bool) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    let hex = Array("0123456789abcdef".utf8)
    for (index, byte) in bytes.enumerated() {
      let keep: Bool
      if keepingASCII {
        keep = byte < 0x80
      } else if byte == UInt8(ascii: "%") {
        keep =
          index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2])
      } else {
        keep = allowedInTransportURL.contains(byte)
      }
      if keep {
        out.append(byte)
      } else {
        out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension String {
  fileprivate func replacingSpaces() -> String {
    var out = ""
    for character in self {
      if character == " " { out += "%20" } else { out.append(character) }
    }
    return out
  }
}
