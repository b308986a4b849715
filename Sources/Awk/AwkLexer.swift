/// A token of awk program text.
enum AwkToken: Equatable {
  case newline
  case end
  case number(Double)
  case string([UInt8])
  case regex([UInt8])
  case name(String)
  /// A name immediately followed by `(`: a user function call.
  case functionName(String)
  case builtin(AwkBuiltin)
  case keyword(String)
  /// Punctuation and operators (`{`, `+=`, `!~`…).
  case symbol(String)
}

struct AwkPositionedToken {
  var token: AwkToken
  var line: Int
  var column: Int
}

/// Splits program text into tokens. A `/` starts a regular expression where an operand is
/// expected (after anything but an operand's end).
struct AwkLexer {
  static let keywords: Set<String> = [
    "BEGIN", "END", "function", "getline", "print", "printf", "if", "else", "while", "for", "do",
    "break", "continue", "next", "exit", "return", "delete", "in",
  ]
  /// Valid awk that runs commands or needs gawk: rejected with a clear message.
  static let unsupportedNames: [String: String] = [
    "system": "system() is not supported: it runs a command",
    "nextfile": "nextfile is not supported",
    "func": "'func' is not POSIX awk: use 'function'",
  ]

  private let text: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var tokens: [AwkPositionedToken] = []

  init(_ source: String) { text = Array(source.utf8) }

  static func tokenize(_ source: String) throws(AwkError) -> [AwkPositionedToken] {
    var lexer = AwkLexer(source)
    return try lexer.run()
  }

  private func peek(_ offset: Int = 0) -> UInt8? {
    index + offset < text.count ? text[index + offset] : nil
  }

  private func error(_ message: String, at position: Int? = nil) -> AwkError {
    AwkError(.syntax, message, line: line, column: (position ?? index) - lineStart + 1)
  }

  private var regexAllowed: Bool {
    guard let last = tokens.last?.token else { return true }
    switch last {
    case .number, .string, .regex, .name, .builtin: return false
    case .symbol(let symbol): return ![")", "]", "$", "++", "--"].contains(symbol)
    default: return true
    }
  }

  private mutating func run() throws(AwkError) -> [AwkPositionedToken] {
    while true {
      skipBlanks()
      let start = index
      guard let byte = peek() else {
        tokens.append(AwkPositionedToken(token: .end, line: line, column: start - lineStart + 1))
        return tokens
      }
      let column = start - lineStart + 1
      let startLine = line
      let token = try next(byte)
      tokens.append(AwkPositionedToken(token: token, line: startLine, column: column))
      if token == .newline {
        line += 1
        lineStart = index
      }
    }
  }

  private mutating func skipBlanks() {
    while let byte = peek() {
      if byte == 0x20 || byte == 0x09 || byte == 0x0D {
        index += 1
      } else if byte == 0x5C, peek(1) == 0x0A {
        index += 2
        line += 1
        lineStart = index
      } else if byte == 0x5C, peek(1) == 0x0D, peek(2) == 0x0A {
        index += 3
        line += 1
        lineStart = index
      } else if byte == UInt8(ascii: "#") {
        while let next = peek(), next != 0x0A { index += 1 }
      } else {
        return
      }
    }
  }

  private mutating func next(_ byte: UInt8) throws(AwkError) -> AwkToken {
    if byte == 0x0A {
      index += 1
      return .newline
    }
    if isDigit(byte) || (byte == UInt8(ascii: ".") && peek(1).map(isDigit) == true) {
      return number()
    }
    if isNameStart(byte) { return try word() }
    if byte == UInt8(ascii: "\"") { return .string(try string()) }
    if byte == UInt8(ascii: "/"), regexAllowed { return .regex(try regex()) }
    return try symbol()
  }

  private mutating func number() -> AwkToken {
    let start = index
    while let byte = peek(), isDigit(byte) { index += 1 }
    if peek() == UInt8(ascii: ".") {
      index += 1
      while let byte = peek(), isDigit(byte) { index += 1 }
    }
    if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      var cursor = 1
      if let sign = peek(1), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { cursor = 2 }
      if let digit = peek(cursor), isDigit(digit) {
        index += cursor
        while let byte = peek(), isDigit(byte) { index += 1 }
      }
    }
    let literal = String(decoding: text[start..<index], as: UTF8.self)
    return .number(Double(literal) ?? 0)
  }

  private mutating func word() throws(AwkError) -> AwkToken {
    let start = index
    while let byte = peek(), isNameStart(byte) || isDigit(byte) { index += 1 }
    let name = String(decoding: text[start..<index], as: UTF8.self)
    if let message = Self.unsupportedNames[name] {
      throw AwkError(.unsupported, message, line: line, column: start - lineStart + 1)
    }
    if Self.keywords.contains(name) { return .keyword(name) }
    if let builtin = AwkBuiltin(rawValue: name) { return .builtin(builtin) }
    if peek() == UInt8(ascii: "(") { return .functionName(name) }
    return .name(name)
  }

  private mutating func string() throws(AwkError) -> [UInt8] {
    let start = index
    index += 1
    var bytes: [UInt8] = []
    while true {
      guard let byte = peek(), byte != 0x0A else {
        throw error("runaway string constant \"\(preview(from: start + 1))", at: start)
      }
      index += 1
      if byte == UInt8(ascii: "\"") { return bytes }
      if byte == 0x5C {
        guard let escaped = peek() else { continue }
        if escaped == 0x0A {
          index += 1
          line += 1
          lineStart = index
          continue
        }
        index += 1
        bytes += AwkEscapes.decode(escaped, in: text, at: &index, quote: UInt8(ascii: "\""))
      } else {
        bytes.append(byte)
      }
    }
  }

  /// A regular expression's text after `/`, up to the closing `/`; `\/` stands for `/`.
  private mutating func regex() throws(AwkError) -> [UInt8] {
    let start = index
    index += 1
    var bytes: [UInt8] = []
    var inBracket = false
    while true {
      guard let byte = peek(), byte != 0x0A else {
        throw error("runaway regular expression /\(preview(from: start + 1))", at: start)
      }
      index += 1
      if byte == 0x5C, let escaped = peek() {
        index += 1
        if escaped == UInt8(ascii: "/") {
          bytes.append(escaped)
        } else {
          bytes += [byte, escaped]
        }
        continue
      }
      if inBracket {
        if byte == UInt8(ascii: "]"), bytes.last != UInt8(ascii: "["),
          !(bytes.count >= 2 && bytes.last == UInt8(ascii: "^")
            && bytes[bytes.count - 2] == UInt8(ascii: "["))
        {
          inBracket = false
        }
      } else if byte == UInt8(ascii: "[") {
        inBracket = true
      } else if byte == UInt8(ascii: "/") {
        return bytes
      }
      bytes.append(byte)
    }
  }

  private func preview(from start: Int) -> String {
    let end = text[start...].firstIndex(of: 0x0A) ?? text.count
    return String(decoding: text[start..<min(end, start + 10)], as: UTF8.self) + " ..."
  }

  private static let symbols2: Set<String> = [
    "+=", "-=", "*=", "/=", "%=", "^=", "==", "<=", ">=", "!=", "++", "--", "&&", "||", ">>",
    "!~",
  ]
  private static let symbols1: Set<UInt8> = Set("{}()[];,+-*/%^!><|?:~$=".utf8)

  private mutating func symbol() throws(AwkError) -> AwkToken {
    if let second = peek(1) {
      let pair = String(decoding: [text[index], second], as: UTF8.self)
      if pair == "**" { throw error("syntax error: '**' is not POSIX awk (use '^')") }
      if Self.symbols2.contains(pair) {
        index += 2
        return .symbol(pair)
      }
    }
    let byte = text[index]
    guard Self.symbols1.contains(byte) else {
      throw error("syntax error at or near \(String(decoding: [byte], as: UTF8.self))")
    }
    index += 1
    return .symbol(String(decoding: [byte], as: UTF8.self))
  }
}

func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

func isNameStart(_ byte: UInt8) -> Bool {
  (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
}

/// awk's backslash escapes in strings, `-v` values and regular expressions.
enum AwkEscapes {
  /// The bytes `\c` stands for, where `c` was at `index - 1` of `text`; consumes octal digits.
  /// An unknown escape keeps its backslash (as mawk does).
  static func decode(_ escaped: UInt8, in text: [UInt8], at index: inout Int, quote: UInt8?)
    -> [UInt8]
  {
    switch escaped {
    case UInt8(ascii: "n"): return [0x0A]
    case UInt8(ascii: "t"): return [0x09]
    case UInt8(ascii: "r"): return [0x0D]
    case UInt8(ascii: "f"): return [0x0C]
    case UInt8(ascii: "v"): return [0x0B]
    case UInt8(ascii: "a"): return [0x07]
    case UInt8(ascii: "b"): return [0x08]
    case 0x5C: return [0x5C]
    case UInt8(ascii: "0")...UInt8(ascii: "7"):
      var value = Int(escaped - 0x30)
      var count = 1
      while count < 3, index < text.count, text[index] >= 0x30, text[index] <= 0x37 {
        value = value * 8 + Int(text[index] - 0x30)
        index += 1
        count += 1
      }
      return [UInt8(value & 0xFF)]
    default:
      if escaped == quote { return [escaped] }
      return [0x5C, escaped]
    }
  }

  /// Processes the escapes of a whole text (`-v var=value`, operand assignments).
  static func process(_ text: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var index = 0
    while index < text.count {
      let byte = text[index]
      index += 1
      if byte == 0x5C, index < text.count {
        let escaped = text[index]
        index += 1
        result += decode(escaped, in: text, at: &index, quote: UInt8(ascii: "\""))
      } else {
        result.append(byte)
      }
    }
    return result
  }
}
