/// Hides secrets in everything logged or reported: every value read from `.env` and every
/// credential the scenario obtained (see `ScenarioRun.addSecret`), in the forms `SecretForms`
/// lists (exact, case-changed, percent-encoded, JSON-escaped, base64), and the values of
/// `Authorization`, `Proxy-Authorization` and `X-Api-Key` header lines, become `***`.
public struct SecretMasking: Sendable {
  /// Every form of every secret, longest first, so a secret containing another is masked whole.
  let secrets: [[UInt8]]
  /// Indexes into `secrets` by first byte (256 entries).
  private let byFirstByte: [[Int]]

  /// Secrets shorter than four bytes are not masked: they would hide ordinary text.
  public init(secrets: [String]) {
    var forms = Set<[UInt8]>()
    for secret in secrets where secret.utf8.count >= 4 {
      for form in SecretForms.forms(of: Array(secret.utf8)) where form.count >= 4 {
        forms.insert(form)
      }
    }
    self.secrets = forms.sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1)
    }
    var index = [[Int]](repeating: [], count: 256)
    for (position, form) in self.secrets.enumerated() {
      index[Int(form[0])].append(position)
    }
    byFirstByte = index
  }

  public func mask(_ bytes: [UInt8]) -> [UInt8] {
    Self.maskHeaderValues(replaceSecrets(in: bytes))
  }

  public func mask(_ text: String) -> String {
    String(decoding: mask(Array(text.utf8)), as: UTF8.self)
  }

  static let stars: [UInt8] = Array("***".utf8)
  static let sensitiveHeaders = ["authorization:", "x-api-key:", "proxy-authorization:"]

  /// One pass: at each position the longest form that starts there becomes `***`.
  func replaceSecrets(in haystack: [UInt8]) -> [UInt8] {
    guard !secrets.isEmpty else { return haystack }
    var out: [UInt8] = []
    out.reserveCapacity(haystack.count)
    var index = 0
    scan: while index < haystack.count {
      for candidate in byFirstByte[Int(haystack[index])] {
        let form = secrets[candidate]
        if index + form.count <= haystack.count,
          haystack[index..<(index + form.count)].elementsEqual(form)
        {
          out += Self.stars
          index += form.count
          continue scan
        }
      }
      out.append(haystack[index])
      index += 1
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
