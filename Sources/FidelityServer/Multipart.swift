import MultipartKit

/// Reads `multipart/form-data` bodies (curl `-F`) with MultipartKit's parser: enough to find
/// fields and uploaded files.
public enum Multipart {
  public struct Part: Sendable, Equatable {
    public var name: String
    public var filename: String?
    public var contentType: String?
    public var value: [UInt8]
  }

  /// The parts, or none when the request is not multipart.
  public static func parse(_ request: FidelityRequest) -> [Part] {
    guard let type = request.header("Content-Type"), let boundary = boundary(in: type) else {
      return []
    }
    return parse(request.body, boundary: boundary)
  }

  /// The `boundary` parameter of a `multipart/form-data` content type.
  static func boundary(in contentType: String) -> String? {
    guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
    for parameter in contentType.split(separator: ";").dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1)
      guard pair.count == 2, pair[0].trimmedSpaces.lowercased() == "boundary"
      else { continue }
      let value = unquoted(pair[1].trimmedSpaces)
      return value.isEmpty ? nil : value
    }
    return nil
  }

  /// The parts of a body; none when it is not well-formed multipart.
  static func parse(_ body: [UInt8], boundary: String) -> [Part] {
    let parser = MultipartParser(boundary: boundary)
    var parts: [Part] = []
    var current = Part(name: "", value: [])
    parser.onHeader = { name, value in
      switch name.lowercased() {
      case "content-disposition":
        current.name = attribute("name", in: value) ?? ""
        current.filename = attribute("filename", in: value)
      case "content-type":
        current.contentType = value
      default:
        break
      }
    }
    parser.onBody = { buffer in current.value += buffer.readableBytesView }
    parser.onPartComplete = {
      parts.append(current)
      current = Part(name: "", value: [])
    }
    do {
      try parser.execute(body)
    } catch {
      return []
    }
    return parts
  }

  /// A `key=value` parameter of a header value, its quotes removed.
  static func attribute(_ key: String, in value: String) -> String? {
    for parameter in value.split(separator: ";").dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1)
      if pair.count == 2, pair[0].trimmedSpaces == key {
        return unquoted(String(pair[1]))
      }
    }
    return nil
  }

  static func unquoted(_ text: String) -> String {
    text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"")
      ? String(text.dropFirst().dropLast()) : text
  }
}

extension Substring {
  /// Without leading and trailing spaces and tabs.
  fileprivate var trimmedSpaces: String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    return String(drop(while: blank).reversed().drop(while: blank).reversed())
  }
}
