import SpecModel

/// `uuidgen`, `openssl rand -hex N`, `openssl rand -base64 N` (OpenSSL 3): random text from
/// the system generator.
enum RandomSource {
  /// `count` is the expanded byte count (`hex`, `base64`).
  static func run(_ call: RandomCall, count: String?) -> FilterResult {
    var generator = SystemRandomNumberGenerator()
    func randomBytes(_ n: Int) -> [UInt8] { (0..<n).map { _ in generator.next() } }
    switch call.kind {
    case .uuid:
      var bytes = randomBytes(16)
      bytes[6] = bytes[6] & 0x0F | 0x40
      bytes[8] = bytes[8] & 0x3F | 0x80
      let hex = Array(MessageDigest.hex(bytes))
      let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }
      return FilterResult(output: Array((groups.joined(separator: "-") + "\n").utf8))
    case .hex, .base64:
      let text = count ?? ""
      let trimmed = text.drop { $0 == " " || $0 == "\t" }
      guard let n = Int(trimmed), n > 0, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        let parse =
          Int(trimmed) == 0 || trimmed.first == "-" && Int(trimmed) != nil
          ? "" : "rand: Can't parse \"\(text)\" as a number\n"
        return FilterResult(
          output: [], status: 1, stderr: Array((parse + "rand: Use -help for summary.\n").utf8))
      }
      let bytes = randomBytes(n)
      if call.kind == .hex {
        return FilterResult(output: Array((MessageDigest.hex(bytes) + "\n").utf8))
      }
      let encoded = Base64Filter.run(decode: false, wrap: 64, input: bytes).output
      return FilterResult(output: encoded)
    }
  }
}
