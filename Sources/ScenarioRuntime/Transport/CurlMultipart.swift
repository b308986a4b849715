import MultipartKit
import NIOCore
import NIOHTTP1

/// `-F` parts encoded as curl 7.88 encodes them, through MultipartKit's serializer.
struct CurlMultipart: Sendable, Equatable {
  /// `------------------------` and 16 lowercase hex digits, as curl makes them.
  var boundary: String
  var body: [UInt8]

  /// The `Content-Type` value: curl's `multipart/form-data`, or the type a custom
  /// `Content-Type` header gave, with the boundary.
  func contentType(overriding custom: String? = nil) -> String {
    "\(custom ?? "multipart/form-data"); boundary=\(boundary)"
  }

  init(parts: [ResolvedPart], boundary: String = CurlMultipart.randomBoundary()) {
    self.boundary = boundary
    let multipartParts = parts.map { part -> MultipartPart in
      var disposition = "form-data; name=\"\(Self.escaped(part.name))\""
      if let filename = part.filename {
        disposition += "; filename=\"\(Self.escaped(filename))\""
      }
      var headers = HTTPHeaders()
      headers.add(name: "Content-Disposition", value: disposition)
      let type = part.contentType ?? part.filename.map(Self.contentType(forFilename:))
      if let type {
        headers.add(name: "Content-Type", value: type)
      }
      return MultipartPart(headers: headers, body: part.value)
    }
    var buffer = ByteBuffer()
    // The serializer only throws for parts it cannot encode; ours are plain bytes.
    try? MultipartSerializer().serialize(parts: multipartParts, boundary: boundary, into: &buffer)
    body = Array(buffer.readableBytesView)
  }

  static func randomBoundary() -> String {
    var generator = SystemRandomNumberGenerator()
    let hex = Array("0123456789abcdef")
    let digits = (0..<16).map { _ in hex[Int(generator.next(upperBound: UInt8(16)))] }
    return String(repeating: "-", count: 24) + String(digits)
  }

  /// curl's guess for file parts without `;type=` (lib/mime.c), by the part's file name.
  static func contentType(forFilename filename: String) -> String {
    let table: [(String, String)] = [
      (".gif", "image/gif"),
      (".jpg", "image/jpeg"),
      (".jpeg", "image/jpeg"),
      (".png", "image/png"),
      (".svg", "image/svg+xml"),
      (".txt", "text/plain"),
      (".htm", "text/html"),
      (".html", "text/html"),
      (".pdf", "application/pdf"),
      (".xml", "application/xml"),
    ]
    let lowered = filename.lowercased()
    for (suffix, type) in table where lowered.hasSuffix(suffix) {
      return type
    }
    return "application/octet-stream"
  }

  /// curl 7.88 percent-escapes `"`, CR and LF in names and file names (without
  /// `--form-escape`).
  static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "%22"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
