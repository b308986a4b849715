/// Reads `multipart/form-data` bodies (curl `-F`): enough to find fields and uploaded files.
public enum Multipart {
  public struct Part: Sendable, Equatable {
    public var name: String
    public var filename: String?
    public var contentType: String?
    public var value: [UInt8]
  }

  /// The parts, or none when the request is not multipart.
  public static func parse(_ request: FidelityRequest) -> [Part] {
    guard let type = request.header("Content-Type"),
      type.lowercased().hasPrefix("multipart/form-data"),
      let range = type.range(of: "boundary=")
    else { return [] }
    var boundary = String(type[range.upperBound...].prefix { $0 != ";" })
    if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 {
      boundary = String(boundary.dropFirst().dropLast())
    }
    return parse(request.body, boundary: boundary)
  }

  static func parse(_ body: [UInt8], boundary: String) -> [Part] {
    let delimiter = Array("--\(boundary)".utf8)
    var parts: [Part] = []
    var sections: [ArraySlice<UInt8>] = []
    var start: Int?
    var index = 0
    while index + delimiter.count <= body.count {
      if body[index..<(index + delimiter.count)].elementsEqual(delimiter) {
        if let open = start { sections.append(body[open..<index]) }
        index += delimiter.count
        start = index
      } else {
        index += 1
      }
    }
    for var section in sections {
      // Each section: CRLF, headers, CRLF CRLF, content, CRLF.
      if section.starts(with: [13, 10]) { section = section.dropFirst(2) }
      if section.count >= 2, section.suffix(2).elementsEqual([13, 10]) {
        section = section.dropLast(2)
      }
      let separator: [UInt8] = [13, 10, 13, 10]
      guard
        let split = section.indices.first(where: { index in
          index + 4 <= section.endIndex && section[index..<(index + 4)].elementsEqual(separator)
        })
      else { continue }
      let head = String(decoding: section[section.startIndex..<split], as: UTF8.self)
      let value = Array(section[(split + 4)...])
      var name = ""
      var filename: String?
      var contentType: String?
      for line in head.split(separator: "\r\n") {
        let lower = line.lowercased()
        if lower.hasPrefix("content-disposition:") {
          name = attribute("name", in: String(line)) ?? ""
          filename = attribute("filename", in: String(line))
        } else if lower.hasPrefix("content-type:") {
          contentType = line.dropFirst("content-type:".count).trimmingPrefix(" ").description
        }
      }
      parts.append(Part(name: name, filename: filename, contentType: contentType, value: value))
    }
    return parts
  }

  static func attribute(_ key: String, in line: String) -> String? {
    for piece in line.split(separator: ";") {
      let trimmed = piece.trimmingPrefix(" ")
      if trimmed.hasPrefix("\(key)=") {
        var value = trimmed.dropFirst(key.count + 1)
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
          value = value.dropFirst().dropLast()
        }
        return String(value)
      }
    }
    return nil
  }
}
