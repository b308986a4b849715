/// The replacement of an `s` command: text, `&` and `\1`…`\9`, and GNU's case conversions.
public struct SedReplacement: Sendable {
  public enum Part: Equatable, Sendable {
    case text([UInt8])
    /// `&` (0) or `\N`.
    case group(Int)
    /// `\U`, `\L`: until `\E` or another of them.
    case upper, lower
    /// `\u`, `\l`: the next character.
    case upperNext, lowerNext
    /// `\E`.
    case endCase
  }

  public var parts: [Part]

  /// The highest group referenced.
  public var highestGroup: Int {
    parts.reduce(0) { if case .group(let n) = $1 { return max($0, n) } else { return $0 } }
  }

  /// Reads a replacement as `match_slash` left it (`\<newline>` already a newline).
  public init(parsing source: [UInt8]) {
    var parts: [Part] = []
    var literal: [UInt8] = []
    func flush() {
      if !literal.isEmpty { parts.append(.text(literal)) }
      literal = []
    }
    var index = 0
    while index < source.count {
      let byte = source[index]
      index += 1
      if byte == UInt8(ascii: "&") {
        flush()
        parts.append(.group(0))
        continue
      }
      guard byte == 0x5C, index < source.count else {
        literal.append(byte)
        continue
      }
      let escaped = source[index]
      switch escaped {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        flush()
        parts.append(.group(Int(escaped - UInt8(ascii: "0"))))
        index += 1
      case UInt8(ascii: "U"), UInt8(ascii: "L"), UInt8(ascii: "u"), UInt8(ascii: "l"),
        UInt8(ascii: "E"):
        flush()
        let cases: [UInt8: Part] = [
          UInt8(ascii: "U"): .upper, UInt8(ascii: "L"): .lower, UInt8(ascii: "u"): .upperNext,
          UInt8(ascii: "l"): .lowerNext, UInt8(ascii: "E"): .endCase,
        ]
        parts.append(cases[escaped]!)
        index += 1
      default:
        if let decoded = SedEscapes.decode(source, at: &index) {
          literal.append(decoded)
        } else {
          literal.append(escaped)
          index += 1
        }
      }
    }
    flush()
    self.parts = parts
  }

  /// The replacement for one match of `subject`.
  func expand(_ subject: [UInt8], groups: [Range<Int>?]) -> [UInt8] {
    var output = SedCaseWriter()
    for part in parts {
      switch part {
      case .text(let bytes): output.append(bytes)
      case .group(let number):
        if number < groups.count, let range = groups[number] { output.append(subject[range]) }
      case .upper:
        output.mode = .upper
        output.next = nil
      case .lower:
        output.mode = .lower
        output.next = nil
      case .upperNext: output.next = .upper
      case .lowerNext: output.next = .lower
      case .endCase:
        output.mode = nil
        output.next = nil
      }
    }
    return output.bytes
  }
}

/// Writes replacement text through the active case conversion.
struct SedCaseWriter {
  enum Case { case upper, lower }
  var mode: Case?
  var next: Case?
  var bytes: [UInt8] = []

  mutating func append<C: Collection>(_ text: C) where C.Element == UInt8 {
    guard mode != nil || next != nil, !text.isEmpty else {
      bytes += text
      return
    }
    var rest = Array(text)
    if let one = next {
      let length = SedUTF8.characterLength(rest, at: 0)
      bytes += Self.convert(Array(rest[0..<length]), one)
      rest.removeFirst(length)
      next = nil
    }
    if let mode {
      bytes += Self.convert(rest, mode)
    } else {
      bytes += rest
    }
  }

  /// Case conversion of each character that maps to one character (`towupper` does the same).
  static func convert(_ text: [UInt8], _ mode: Case) -> [UInt8] {
    var output: [UInt8] = []
    var index = 0
    while index < text.count {
      let length = SedUTF8.characterLength(text, at: index)
      let character = Array(text[index..<index + length])
      index += length
      guard let scalar = SedUTF8.scalar(character) else {
        output += character
        continue
      }
      let mapped =
        mode == .upper
        ? scalar.properties.uppercaseMapping : scalar.properties.lowercaseMapping
      output += mapped.unicodeScalars.count == 1 ? Array(mapped.utf8) : character
    }
    return output
  }
}

/// UTF-8 characters in byte strings that may hold invalid bytes (each is then one character).
enum SedUTF8 {
  static func characterLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 1
    }
    guard index + length <= bytes.count,
      bytes[index + 1..<index + length].allSatisfy({ $0 & 0xC0 == 0x80 }),
      scalar(Array(bytes[index..<index + length])) != nil
    else { return 1 }
    return length
  }

  static func scalar(_ character: [UInt8]) -> Unicode.Scalar? {
    var iterator = character.makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil
    else { return nil }
    return scalar
  }

  /// The characters of `bytes`, in order.
  static func characters(_ bytes: [UInt8]) -> [[UInt8]] {
    var result: [[UInt8]] = []
    var index = 0
    while index < bytes.count {
      let length = characterLength(bytes, at: index)
      result.append(Array(bytes[index..<index + length]))
      index += length
    }
    return result
  }
}
