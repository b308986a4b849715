import MultipartKit

/// Reads `multipart/form-data` bodies (curl `-F`) with MultipartKit's parser: enough to find
/// fields and uploaded files.
public enum MultipartForm {
  /// One form field.
  public struct Part: Sendable, Equatable {
    /// The `name` of its `Content-Disposition`.
    public var name: String?
    /// The `filename` of its `Content-Disposition` (an uploaded file).
    public var filename: String?
    /// Its `Content-Type` line.
    public var contentType: String?
    public var body: [UInt8]

    public init(
      name: String? = nil, filename: String? = nil, contentType: String? = nil, body: [UInt8] = []
    ) {
      self.name = name
      self.filename = filename
      self.contentType = contentType
      self.body = body
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }
  }

  /// Why a body is not multipart.
  public struct Malformed: Error, Sendable {}

  /// The `boundary` parameter of a `multipart/form-data` content type; nil for another type.
  public static func boundary(in contentType: String) -> String? {
    guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
    for parameter in contentType.split(separator: ";").dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1).map { trimmed($0) }
      if pair.count == 2, pair[0].lowercased() == "boundary" {
        return unquoted(pair[1])
      }
    }
    return nil
  }

  /// The parts of a body, in order.
  public static func parse(_ bytes: [UInt8], boundary: String) throws(Malformed) -> [Part] {
    let parser = MultipartParser(boundary: boundary)
    var parts: [Part] = []
    var current = Part()
    parser.onHeader = { name, value in
      switch name.lowercased() {
      case "content-disposition":
        for parameter in value.split(separator: ";").dropFirst() {
          let pair = parameter.split(separator: "=", maxSplits: 1).map { trimmed($0) }
          guard pair.count == 2 else { continue }
          if pair[0] == "name" { current.name = unquoted(pair[1]) }
          if pair[0] == "filename" { current.filename = unquoted(pair[1]) }
        }
      case "content-type":
        current.contentType = value
      default:
        break
      }
    }
    parser.onBody = { buffer in current.body += buffer.readableBytesView }
    parser.onPartComplete = {
      parts.append(current)
      current = Part()
    }
    do {
      try parser.execute(bytes)
    } catch {
      throw Malformed()
    }
    return parts
  }

  /// The parts of a body of that content type; none when it is not (well-formed) multipart.
  public static func parts(_ bytes: [UInt8], contentType: String?) -> [Part] {
    guard let boundary = contentType.flatMap(boundary(in:)) else { return [] }
    return (try? parse(bytes, boundary: boundary)) ?? []
  }

  /// A parameter value without its surrounding quotes.
  static func unquoted(_ text: String) -> String {
    text.hasPrefix("\"") ? String(text.dropFirst().dropLast()) : text
  }

  /// Without leading and trailing white space.
  static func trimmed(_ text: Substring) -> String {
    var text = text
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}
