/// A JSON value with object keys in the order they were written, so that every response the
/// server sends is byte-for-byte the same for the same request.
public indirect enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  public var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  public var array: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// Every string anywhere inside, depth first, in document order.
  public var allStrings: [String] {
    switch self {
    case .string(let value): [value]
    case .array(let values): values.flatMap(\.allStrings)
    case .object(let members): members.flatMap(\.1.allStrings)
    default: []
    }
  }

  /// Compact JSON text.
  public func serialized() -> String {
    var out = ""
    write(to: &out)
    return out
  }

  /// Compact JSON text and a newline, as most HTTP APIs answer.
  public var body: [UInt8] { Array((serialized() + "\n").utf8) }

  private func write(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .double(let value):
      if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
        out += String(Int(value))
      } else if value.isFinite {
        out += "\(value)"
      } else {
        out += "null"
      }
    case .string(let value): Self.quote(value, into: &out)
    case .array(let values):
      out += "["
      for (index, value) in values.enumerated() {
        if index > 0 { out += "," }
        value.write(to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { out += "," }
        Self.quote(key, into: &out)
        out += ":"
        value.write(to: &out)
      }
      out += "}"
    }
  }

  private static func quote(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let s where s.value < 0x20:
        let hex = String(s.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
  ExpressibleByFloatLiteral, ExpressibleByNilLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(nilLiteral: ()) { self = .null }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
}

/// A small strict JSON parser (RFC 8259) that keeps object key order and tells integers from
/// fractions.
public struct JSONParser {
  private let bytes: [UInt8]
  private var index = 0
  private var depth = 0

  public static func parse(_ bytes: [UInt8]) -> JSONValue? {
    var parser = JSONParser(bytes: bytes)
    parser.skipSpace()
    guard let value = parser.value() else { return nil }
    parser.skipSpace()
    return parser.index == bytes.count ? value : nil
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      index += 1
    }
  }

  private mutating func literal(_ word: String, _ value: JSONValue) -> JSONValue? {
    let expected = Array(word.utf8)
    guard index + expected.count <= bytes.count,
      Array(bytes[index..<(index + expected.count)]) == expected
    else { return nil }
    index += expected.count
    return value
  }

  private mutating func value() -> JSONValue? {
    guard let byte = peek, depth < 256 else { return nil }
    switch byte {
    case UInt8(ascii: "n"): return literal("null", .null)
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "\""): return string().map(JSONValue.string)
    case UInt8(ascii: "["):
      index += 1
      depth += 1
      defer { depth -= 1 }
      var values: [JSONValue] = []
      skipSpace()
      if peek == UInt8(ascii: "]") {
        index += 1
        return .array(values)
      }
      while true {
        skipSpace()
        guard let element = value() else { return nil }
        values.append(element)
        skipSpace()
        guard let next = peek else { return nil }
        index += 1
        if next == UInt8(ascii: "]") { return .array(values) }
        if next != UInt8(ascii: ",") { return nil }
      }
    case UInt8(ascii: "{"):
      index += 1
      depth += 1
      defer { depth -= 1 }
      var members: [(String, JSONValue)] = []
      skipSpace()
      if peek == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard peek == UInt8(ascii: "\""), let key = string() else { return nil }
        skipSpace()
        guard peek == UInt8(ascii: ":") else { return nil }
        index += 1
        skipSpace()
        guard let member = value() else { return nil }
        members.append((key, member))
        skipSpace()
        guard let next = peek else { return nil }
        index += 1
        if next == UInt8(ascii: "}") { return .object(members) }
        if next != UInt8(ascii: ",") { return nil }
      }
    default: return number()
    }
  }

  private mutating func number() -> JSONValue? {
    let start = index
    var fractional = false
    while let byte = peek,
      (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
        || byte == UInt8(ascii: "E")
    {
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
        fractional = true
      }
      index += 1
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if !fractional, let value = Int(text) { return .int(value) }
    return Double(text).map(JSONValue.double)
  }

  private mutating func string() -> String? {
    index += 1
    var scalars = String.UnicodeScalarView()
    var run: [UInt8] = []
    func flush() {
      if !run.isEmpty {
        scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
        run.removeAll()
      }
    }
    while let byte = peek {
      index += 1
      switch byte {
      case UInt8(ascii: "\""):
        flush()
        return String(scalars)
      case UInt8(ascii: "\\"):
        flush()
        guard let escape = peek else { return nil }
        index += 1
        switch escape {
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "u"):
          guard var code = hex4() else { return nil }
          if (0xD800..<0xDC00).contains(code), peek == UInt8(ascii: "\\") {
            index += 1
            guard peek == UInt8(ascii: "u") else { return nil }
            index += 1
            guard let low = hex4() else { return nil }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        default: scalars.append(Unicode.Scalar(escape))
        }
      default: run.append(byte)
      }
    }
    return nil
  }

  private mutating func hex4() -> UInt32? {
    guard index + 4 <= bytes.count,
      let code = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
    else { return nil }
    index += 4
    return code
  }
}
