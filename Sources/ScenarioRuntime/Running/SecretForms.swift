/// The forms a secret takes when a client, a server or a document transforms it on its way to
/// the output: what `SecretMasking` looks for besides the exact bytes.
///
/// - case-changed: all upper case, all lower case, of every letter or of ASCII letters only
///   (`tr a-z A-Z`, jq's `ascii_upcase`, a server that normalizes), each also in the
///   encodings below except base64;
/// - percent-encoded: every byte outside `A-Z a-z 0-9 - . _ ~` as `%XX` (upper and lower hex,
///   as jq's `@uri` and `curl --data-urlencode` write it), and the form encoding with `+` for
///   a space;
/// - JSON-escaped: `\"`, `\\` and control characters escaped (jq, most servers), also with `/`
///   written `\/` (Foundation's `JSONSerialization`) and with non-ASCII written `\uXXXX`;
/// - base64, standard and URL-safe alphabets: the secret encoded alone (with and without `=`
///   padding), and, because a secret inside a longer value (`user:SECRET` of `curl -u`, a
///   `Basic` header) is encoded together with its neighbours, the characters that depend on
///   the secret's bytes alone at each of the three byte alignments. At most the two characters
///   at either end of such an encoding, which mix in neighbouring bytes, stay visible.
enum SecretForms {
  /// Encoded inner parts shorter than this are not masked: they would match unrelated
  /// base64 text by chance.
  static let minimumInnerBase64 = 8

  static func forms(of secret: [UInt8]) -> [[UInt8]] {
    let text = String(decoding: secret, as: UTF8.self)
    let cases: [[UInt8]] = [
      secret, Array(text.uppercased().utf8), Array(text.lowercased().utf8),
      asciiCase(secret, upper: true), asciiCase(secret, upper: false),
    ]
    var forms: [[UInt8]] = []
    for variant in cases {
      forms.append(variant)
      forms.append(percentEncoded(variant, lowerHex: false, plusForSpace: false))
      forms.append(percentEncoded(variant, lowerHex: true, plusForSpace: false))
      forms.append(percentEncoded(variant, lowerHex: false, plusForSpace: true))
      for slash in [false, true] {
        for asciiOnly in [false, true] {
          forms.append(jsonEscaped(variant, slash: slash, asciiOnly: asciiOnly))
        }
      }
    }
    var encodings: [[UInt8]] = []
    let whole = base64(secret)
    encodings.append(whole)
    encodings.append(whole.filter { $0 != UInt8(ascii: "=") })
    for offset in 0..<3 {
      let inner = innerBase64(secret, offset: offset)
      if inner.count >= minimumInnerBase64 { encodings.append(inner) }
    }
    for encoding in encodings {
      forms.append(encoding)
      forms.append(urlSafe(encoding))
      // A base64 value inside JSON written by a serializer that escapes `/`.
      forms.append(
        Array(
          String(decoding: encoding, as: UTF8.self).replacingOccurrences(
            of: "/", with: "\\/"
          ).utf8))
    }
    var seen = Set<[UInt8]>()
    return forms.filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  /// `tr a-z A-Z`, jq's `ascii_upcase`: only ASCII letters change.
  static func asciiCase(_ bytes: [UInt8], upper: Bool) -> [UInt8] {
    bytes.map { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z") where upper: byte - 32
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where !upper: byte + 32
      default: byte
      }
    }
  }

  // MARK: base64

  static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// Standard base64 with `=` padding.
  static func base64(_ bytes: some Collection<UInt8>) -> [UInt8] {
    let input = Array(bytes)
    var out: [UInt8] = []
    out.reserveCapacity((input.count + 2) / 3 * 4)
    var index = 0
    while index < input.count {
      let chunk = input[index..<min(index + 3, input.count)]
      let b0 = Int(chunk[chunk.startIndex])
      let b1 = chunk.count > 1 ? Int(chunk[chunk.startIndex + 1]) : 0
      let b2 = chunk.count > 2 ? Int(chunk[chunk.startIndex + 2]) : 0
      let group = b0 << 16 | b1 << 8 | b2
      out.append(alphabet[(group >> 18) & 63])
      out.append(alphabet[(group >> 12) & 63])
      out.append(chunk.count > 1 ? alphabet[(group >> 6) & 63] : UInt8(ascii: "="))
      out.append(chunk.count > 2 ? alphabet[group & 63] : UInt8(ascii: "="))
      index += 3
    }
    return out
  }

  /// The characters of any base64 text in which the secret starts `offset` bytes after a
  /// 3-byte boundary (mod 3) that depend on the secret's bytes only: the encoding of its
  /// bytes from the next boundary on, in whole groups of three.
  static func innerBase64(_ secret: [UInt8], offset: Int) -> [UInt8] {
    let skip = (3 - offset % 3) % 3
    guard secret.count > skip else { return [] }
    let groups = (secret.count - skip) / 3
    return base64(secret[skip..<(skip + groups * 3)])
  }

  static func urlSafe(_ encoding: [UInt8]) -> [UInt8] {
    encoding.map {
      switch $0 {
      case UInt8(ascii: "+"): UInt8(ascii: "-")
      case UInt8(ascii: "/"): UInt8(ascii: "_")
      default: $0
      }
    }
  }

  // MARK: percent-encoding

  static func percentEncoded(_ bytes: [UInt8], lowerHex: Bool, plusForSpace: Bool) -> [UInt8] {
    let digits = Array((lowerHex ? "0123456789abcdef" : "0123456789ABCDEF").utf8)
    var out: [UInt8] = []
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        out.append(byte)
      case UInt8(ascii: " ") where plusForSpace:
        out.append(UInt8(ascii: "+"))
      default:
        out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
      }
    }
    return out
  }

  // MARK: JSON

  static func jsonEscaped(_ bytes: [UInt8], slash: Bool, asciiOnly: Bool) -> [UInt8] {
    var out = ""
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "/" where slash: out += "\\/"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += unicodeEscape(UInt16(scalar.value))
        } else if asciiOnly && scalar.value > 0x7F {
          for unit in String(scalar).utf16 { out += unicodeEscape(unit) }
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return Array(out.utf8)
  }

  static func unicodeEscape(_ unit: UInt16) -> String {
    let hex = String(unit, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }
}
