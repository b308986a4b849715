/// A coding key made from any string: the enums of the IR are written as single-key mappings
/// (`sleep: 6`, `request: {…}`) so the YAML reads like the document.
struct AnyKey: CodingKey, Hashable {
  var stringValue: String
  var intValue: Int? { nil }

  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where K == AnyKey {
  /// The one key among `candidates` that is present.
  func onlyKey(of candidates: [String], in type: String) throws -> String {
    let present = candidates.filter { contains(AnyKey($0)) }
    guard present.count == 1 else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: codingPath,
          debugDescription: present.isEmpty
            ? "\(type): expected one of \(candidates.joined(separator: ", "))"
            : "\(type): \(present.joined(separator: " and ")) cannot appear together"))
    }
    return present[0]
  }

  func value<T: Decodable>(_ key: String, as type: T.Type = T.self) throws -> T {
    try decode(T.self, forKey: AnyKey(key))
  }

  func optional<T: Decodable>(_ key: String, as type: T.Type = T.self) throws -> T? {
    try decodeIfPresent(T.self, forKey: AnyKey(key))
  }

  func flag(_ key: String) throws -> Bool { try flag(AnyKey(key)) }
}

extension KeyedEncodingContainer where K == AnyKey {
  mutating func put<T: Encodable>(_ value: T, _ key: String) throws {
    try encode(value, forKey: AnyKey(key))
  }

  mutating func put<T: Encodable>(ifPresent value: T?, _ key: String) throws {
    try encodeIfPresent(value, forKey: AnyKey(key))
  }

  /// Whole numbers are written without a fraction (`sleep: 6`, not `6e+0`).
  mutating func put(seconds value: Double, _ key: String) throws {
    if value == value.rounded(), abs(value) < 1e15 {
      try encode(Int(value), forKey: AnyKey(key))
    } else {
      try encode(value, forKey: AnyKey(key))
    }
  }

  mutating func flag(_ value: Bool, _ key: String) throws { try flag(value, AnyKey(key)) }
}

/// File modes are written in octal, as `chmod` takes them: `"600"`.
enum OctalMode {
  static func encode(_ mode: Int) -> String {
    let digits = String(mode, radix: 8)
    return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
  }

  static func decode(_ text: String, codingPath: [any CodingKey]) throws -> Int {
    guard let mode = Int(text, radix: 8) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: codingPath, debugDescription: "'\(text)' is not an octal mode"))
    }
    return mode
  }
}
