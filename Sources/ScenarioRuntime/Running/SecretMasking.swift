/// Hides secrets in everything logged or reported: every value read from `.env`, and the
/// values of `Authorization` and `X-Api-Key` header lines, become `***`.
public struct SecretMasking: Sendable {
  /// Longest first, so a secret containing another is masked whole.
  let secrets: [[UInt8]]

  public init(secrets: [String]) {
    self.secrets = secrets.filter { $0.count >= 4 }.map { Array($0.utf8) }.sorted {
      $0.count > $1.count
    }
  }

  public func mask(_ bytes: [UInt8]) -> [UInt8] {
    var out = bytes
    for secret in secrets { out = Self.replace(secret, in: out) }
    return Self.maskHeaderValues(out)
  }

  public func mask(_ text: String) -> String {
    String(decoding: mask(Array(text.utf8)), as: UTF8.self)
  }

  static let stars: [UInt8] = Array("***".utf8)
  static let sensitiveHeaders = ["authorization:", "x-api-key:", "proxy-authorization:"]

  static func replace(_ needle: [UInt8], in haystack: [UInt8]) -> [UInt8] {
    guard !needle.isEmpty, haystack.count >= needle.count else { return haystack }
    var out: [UInt8] = []
    out.reserveCapacity(haystack.count)
    var index = 0
    while index < haystack.count {
      if index + needle.count <= haystack.count, haystack[index] == needle[0],
        haystack[index..<(index + needle.count)].elementsEqual(needle)
      {
        out += stars
        index += needle.count
      } else {
        out.append(haystack[index])
        index += 1
      }
    }
    return out
  }

  /// `Authorization: Bearer abc` → `Authorization: ***` wherever such a line appears.
  static func maskHeaderValues(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for (index, line) in bytes.split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
    ).enumerated() {
      if index > 0 { out.append(UInt8(ascii: "\n")) }
      let text = String(decoding: line, as: UTF8.self)
      let trimmed = text.drop { $0 == " " || $0 == "\"" || $0 == "'" }
      if let header = sensitiveHeaders.first(where: { trimmed.lowercased().hasPrefix($0) }) {
        let prefixLength = text.count - trimmed.count + header.count
        let carriageReturn = text.hasSuffix("\r")
        out += Array(
          (String(text.prefix(prefixLength)) + " ***" + (carriageReturn ? "\r" : "")).utf8)
      } else {
        out += line
      }
    }
    return out
  }
}
