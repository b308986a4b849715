/// The JSON value of the stand-in servers (`GatewaySimulator`, `FidelityServer`): objects keep
/// their key order (and, when parsed with `.keepEach`, repeated keys), so responses print the
/// way a gateway writes them, byte for byte; integers stay exact.
public enum JSON: Sendable, Equatable {
  case null
  case bool(Bool)
  /// A number written without a fraction or exponent that fits in `Int`.
  case int(Int)
  /// Any other number (with a fraction or an exponent, or too large for `Int`).
  case number(Double)
  case string(String)
  case array([JSON])
  case object([Member])

  /// One key of an object.
  public struct Member: Sendable, Equatable {
    public var key: String
    public var value: JSON

    public init(key: String, value: JSON) {
      self.key = key
      self.value = value
    }
  }

  /// Numbers are equal by value (`1` and `1.0`), objects by their members in order.
  public static func == (lhs: JSON, rhs: JSON) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let left), .bool(let right)): left == right
    case (.int(let left), .int(let right)): left == right
    case (.number(let left), .number(let right)): left == right
    case (.int(let left), .number(let right)), (.number(let right), .int(let left)):
      Double(left) == right
    case (.string(let left), .string(let right)): left == right
    case (.array(let left), .array(let right)): left == right
    case (.object(let left), .object(let right)): left == right
    default: false
    }
  }

  /// The first member of that name of an object; setting it replaces that member's value (or
  /// removes it, for nil), or appends a member.
  public subscript(key: String) -> JSON? {
    get {
      guard case .object(let members) = self else { return nil }
      return members.first { $0.key == key }?.value
    }
    set {
      guard case .object(var members) = self else { return }
      if let index = members.firstIndex(where: { $0.key == key }) {
        if let newValue { members[index].value = newValue } else { members.remove(at: index) }
      } else if let newValue {
        members.append(Member(key: key, value: newValue))
      }
      self = .object(members)
    }
  }

  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// Any number, as a `Double`.
  public var number: Double? {
    switch self {
    case .int(let value): Double(value)
    case .number(let value): value
    default: nil
    }
  }

  /// Any number, its fraction dropped; nil when it is out of `Int`'s range.
  public var int: Int? {
    switch self {
    case .int(let value): value
    case .number(let value): Int(exactly: value.rounded(.towardZero))
    default: nil
    }
  }

  public var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  public var array: [JSON]? {
    if case .array(let value) = self { return value }
    return nil
  }

  public var members: [Member]? {
    if case .object(let value) = self { return value }
    return nil
  }

  public var isNull: Bool { self == .null }

  /// All string leaves, depth first, in document order.
  public var allStrings: [String] {
    switch self {
    case .string(let value): return [value]
    case .array(let items): return items.flatMap(\.allStrings)
    case .object(let members): return members.flatMap(\.value.allStrings)
    default: return []
    }
  }
}

extension JSON: ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral,
  ExpressibleByStringLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByNilLiteral
{
  public init(dictionaryLiteral elements: (String, JSON)...) {
    self = .object(elements.map { Member(key: $0.0, value: $0.1) })
  }
  public init(arrayLiteral elements: JSON...) { self = .array(elements) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .number(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(nilLiteral: ()) { self = .null }

  public init(_ value: Int) { self = .int(value) }
  public init(_ value: String?) { self = value.map { .string($0) } ?? .null }
}

// MARK: - Serializing

extension JSON {
  /// Compact JSON text.
  public var serialized: String {
    var out = ""
    write(to: &out)
    return out
  }

  /// The same value with object keys sorted, serialized: a canonical form for cache keys.
  public var canonical: String {
    switch self {
    case .object(let members):
      let sorted = members.sorted { $0.key < $1.key }
      return "{"
        + sorted.map { JSON.quote($0.key) + ":" + $0.value.canonical }.joined(separator: ",")
        + "}"
    case .array(let items): return "[" + items.map(\.canonical).joined(separator: ",") + "]"
    default: return serialized
    }
  }

  private func write(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .number(let value): out += JSON.format(value)
    case .string(let value): out += JSON.quote(value)
    case .array(let items):
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        item.write(to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { out += "," }
        out += JSON.quote(member.key)
        out += ":"
        member.value.write(to: &out)
      }
      out += "}"
    }
  }

  /// A whole number below 10^15 without a fraction, others as Swift prints them; not finite is
  /// `null`.
  public static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// A JSON string literal: `"`, `\\` and control characters escaped, the rest as is.
  public static func quote(_ text: String) -> String {
    var out = "\""
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
    return out + "\""
  }
}

// MARK: - Parsing

extension JSON {
  /// What an object that names a key twice keeps.
  public enum DuplicateKeys: Sendable {
    /// The last value, at the first one's place (as most servers' JSON libraries read it).
    case lastWins
    /// Every member as written (a server that echoes a body as it came).
    case keepEach
  }

  /// Nesting deeper than this is not parsed (nil), so a hostile body cannot exhaust the stack.
  public static let maximumDepth = 512

  /// Parses JSON text (RFC 8259, strictly); nil when it is not exactly one JSON value.
  public static func parse(_ text: String, duplicateKeys: DuplicateKeys = .lastWins) -> JSON? {
    parse(Array(text.utf8), duplicateKeys: duplicateKeys)
  }

  public static func parse(_ bytes: [UInt8], duplicateKeys: DuplicateKeys = .lastWins) -> JSON? {
    var parser = Parser(bytes: bytes, duplicateKeys: duplicateKeys)
    guard let value = parser.value() else { return nil }
    parser.skipSpace()
    // Not `? value : nil`: JSON is `ExpressibleByNilLiteral`, so that would be `.null`.
    guard parser.index == bytes.count else { return nil }
    return value
  }

  private struct Parser {
    let bytes: [UInt8]
    let duplicateKeys: DuplicateKeys
    var index = 0
    var depth = 0

    init(bytes: [UInt8], duplicateKeys: DuplicateKeys) {
      self.bytes = bytes
      self.duplicateKeys = duplicateKeys
    }

    mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    mutating func value() -> JSON? {
      skipSpace()
      guard index < bytes.count, depth < JSON.maximumDepth else { return nil }
      switch bytes[index] {
      case UInt8(ascii: "{"): return object()
      case UInt8(ascii: "["): return array()
      case UInt8(ascii: "\""): return string().map { .string($0) }
      case UInt8(ascii: "t"): return literal("true", .bool(true))
      case UInt8(ascii: "f"): return literal("false", .bool(false))
      case UInt8(ascii: "n"): return literal("null", .null)
      default: return number()
      }
    }

    mutating func literal(_ word: String, _ value: JSON) -> JSON? {
      let utf8 = Array(word.utf8)
      guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8
      else { return nil }
      index += utf8.count
      return value
    }

    mutating func number() -> JSON? {
      let start = index
      while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      if !text.utf8.contains(where: { ".eE".utf8.contains($0) }), let value = Int(text) {
        return .int(value)
      }
      guard index > start, let value = Double(text) else { return nil }
      return .number(value)
    }

    mutating func object() -> JSON? {
      index += 1
      depth += 1
      defer { depth -= 1 }
      var members: [Member] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else {
          return nil
        }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        guard let value = value() else { return nil }
        if duplicateKeys == .lastWins, let existing = members.firstIndex(where: { $0.key == key }) {
          members[existing].value = value
        } else {
          members.append(Member(key: key, value: value))
        }
        skipSpace()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "}") else { return nil }
        index += 1
        return .object(members)
      }
    }

    mutating func array() -> JSON? {
      index += 1
      depth += 1
      defer { depth -= 1 }
      var items: [JSON] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      while true {
        guard let item = value() else { return nil }
        items.append(item)
        skipSpace()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "]") else { return nil }
        index += 1
        return .array(items)
      }
    }

    mutating func string() -> String? {
      index += 1
      var scalars = String.UnicodeScalarView()
      var raw: [UInt8] = []
      func flush(_ raw: inout [UInt8], into scalars: inout String.UnicodeScalarView) {
        if !raw.isEmpty {
          scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
          raw.removeAll()
        }
      }
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""):
          flush(&raw, into: &scalars)
          return String(scalars)
        case UInt8(ascii: "\\"):
          flush(&raw, into: &scalars)
          guard index < bytes.count else { return nil }
          let escape = bytes[index]
          index += 1
          switch escape {
          case UInt8(ascii: "n"): scalars.append("\n")
          case UInt8(ascii: "t"): scalars.append("\t")
          case UInt8(ascii: "r"): scalars.append("\r")
          case UInt8(ascii: "b"): scalars.append("\u{8}")
          case UInt8(ascii: "f"): scalars.append("\u{C}")
          case UInt8(ascii: "u"):
            guard var code = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count,
              bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            {
              index += 2
              guard let low = hex4() else { return nil }
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
          default: scalars.append(Unicode.Scalar(escape))
          }
        default: raw.append(byte)
        }
      }
      return nil
    }

    mutating func hex4() -> UInt32? {
      guard index + 4 <= bytes.count,
        let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
      else { return nil }
      index += 4
      return code
    }
  }
}
