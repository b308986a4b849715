import GlibcRegex
import SpecModel

/// `expr EXPRESSION…` as GNU expr 9.1: `|`, `&`, the comparisons (numeric when both sides are
/// integers, else by string), `+ - * / %` on integers of any size, `STRING : BRE` (anchored at
/// the start: the first group's text, or the length of the match), `match`, `substr`, `index`,
/// `length`, `+ TOKEN` and parentheses. The value is printed; the status is 1 when it is null
/// or 0, 2 on a syntax or arithmetic error, 0 otherwise.
enum ExprFilter {
  private enum Value {
    case integer(BigInteger)
    case string(String)

    var text: String {
      switch self {
      case .integer(let number): number.description
      case .string(let text): text
      }
    }

    /// expr's `null`: 0, the empty string, or a string of zeros (with an optional `-`).
    var isNull: Bool {
      switch self {
      case .integer(let number): return number.isZero
      case .string(let text):
        guard !text.isEmpty else { return true }
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : text.utf8[...]
        return !digits.isEmpty && digits.allSatisfy { $0 == UInt8(ascii: "0") }
      }
    }

    /// The value as an integer when it is one or reads as one (`-`? digits).
    var integer: BigInteger? {
      switch self {
      case .integer(let number): number
      case .string(let text): BigInteger(text)
      }
    }
  }

  private struct Failure: Error {
    var message: String
    var status: Int32 = 2
  }

  private struct Parser {
    var arguments: [String]
    var index = 0
    let quote: (String) -> String

    mutating func next(_ token: String) -> Bool {
      guard index < arguments.count, arguments[index] == token else { return false }
      index += 1
      return true
    }

    var previous: String { quote(arguments[index - 1]) }

    mutating func orExpression(_ evaluate: Bool) throws(Failure) -> Value {
      var left = try andExpression(evaluate)
      while next("|") {
        let right = try andExpression(evaluate && left.isNull)
        if left.isNull { left = right.isNull ? .integer(BigInteger(0)) : right }
      }
      return left
    }

    mutating func andExpression(_ evaluate: Bool) throws(Failure) -> Value {
      var left = try comparison(evaluate)
      while next("&") {
        let right = try comparison(evaluate && !left.isNull)
        if left.isNull || right.isNull { left = .integer(BigInteger(0)) }
      }
      return left
    }

    mutating func comparison(_ evaluate: Bool) throws(Failure) -> Value {
      var left = try sum(evaluate)
      while true {
        guard index < arguments.count,
          let test = Self.comparisons[arguments[index]]
        else { return left }
        index += 1
        let right = try sum(evaluate)
        guard evaluate else {
          left = .integer(BigInteger(0))
          continue
        }
        let order: Int
        if let a = BigInteger(left.text), let b = BigInteger(right.text) {
          order = a < b ? -1 : (a == b ? 0 : 1)
        } else {
          let (a, b) = (Array(left.text.utf8), Array(right.text.utf8))
          order = a.lexicographicallyPrecedes(b) ? -1 : (a == b ? 0 : 1)
        }
        left = .integer(BigInteger(test(order) ? 1 : 0))
      }
    }

    static let comparisons: [String: @Sendable (Int) -> Bool] = [
      "<": { $0 < 0 }, "<=": { $0 <= 0 }, "=": { $0 == 0 }, "==": { $0 == 0 },
      "!=": { $0 != 0 }, ">=": { $0 >= 0 }, ">": { $0 > 0 },
    ]

    mutating func sum(_ evaluate: Bool) throws(Failure) -> Value {
      var left = try product(evaluate)
      while true {
        let add: Bool
        if next("+") { add = true } else if next("-") { add = false } else { return left }
        let right = try product(evaluate)
        guard evaluate else { continue }
        guard let a = left.integer, let b = right.integer else {
          throw Failure(message: "non-integer argument")
        }
        left = .integer(add ? a + b : a - b)
      }
    }

    mutating func product(_ evaluate: Bool) throws(Failure) -> Value {
      var left = try match(evaluate)
      while true {
        let operation: String
        if next("*") {
          operation = "*"
        } else if next("/") {
          operation = "/"
        } else if next("%") {
          operation = "%"
        } else {
          return left
        }
        let right = try match(evaluate)
        guard evaluate else { continue }
        guard let a = left.integer, let b = right.integer else {
          throw Failure(message: "non-integer argument")
        }
        if operation == "*" {
          left = .integer(a * b)
          continue
        }
        guard let (quotient, remainder) = a.quotientAndRemainder(dividingBy: b) else {
          throw Failure(message: "division by zero")
        }
        left = .integer(operation == "/" ? quotient : remainder)
      }
    }

    mutating func match(_ evaluate: Bool) throws(Failure) -> Value {
      var left = try primary(evaluate)
      while next(":") {
        let right = try primary(evaluate)
        if evaluate { left = try ExprFilter.colon(left.text, right.text) }
      }
      return left
    }

    mutating func primary(_ evaluate: Bool) throws(Failure) -> Value {
      if next("+") {
        guard index < arguments.count else {
          throw Failure(message: "syntax error: missing argument after \(previous)")
        }
        index += 1
        return .string(arguments[index - 1])
      }
      if next("length") {
        let value = try primary(evaluate)
        return .integer(BigInteger(value.text.unicodeScalars.count))
      }
      if next("match") {
        let subject = try primary(evaluate)
        let pattern = try primary(evaluate)
        return evaluate ? try ExprFilter.colon(subject.text, pattern.text) : .integer(BigInteger(0))
      }
      if next("index") {
        let text = Array(try primary(evaluate).text.unicodeScalars)
        let characters = Set(try primary(evaluate).text.unicodeScalars)
        let position = text.firstIndex { characters.contains($0) }.map { $0 + 1 }
        return .integer(BigInteger(position ?? 0))
      }
      if next("substr") {
        let text = Array(try primary(evaluate).text.unicodeScalars)
        let start = try primary(evaluate).integer
        let length = try primary(evaluate).integer
        guard let start, let length, !start.isNegative, !length.isNegative,
          let position = start.int, position >= 1, position <= text.count
        else { return .string("") }
        let count = min(length.int ?? Int.max, text.count - position + 1)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text[(position - 1)..<(position - 1 + count)])
        return .string(String(result))
      }
      return try atom(evaluate)
    }

    mutating func atom(_ evaluate: Bool) throws(Failure) -> Value {
      guard index < arguments.count else {
        throw Failure(message: "syntax error: missing argument after \(previous)")
      }
      if next("(") {
        let value = try orExpression(evaluate)
        if next(")") { return value }
        guard index < arguments.count else {
          throw Failure(message: "syntax error: expecting ')' after \(previous)")
        }
        throw Failure(message: "syntax error: expecting ')' instead of \(quote(arguments[index]))")
      }
      if next(")") { throw Failure(message: "syntax error: unexpected ')'") }
      index += 1
      return .string(arguments[index - 1])
    }
  }

  static func run(_ arguments: TextUtilityFilter.Arguments) -> FilterResult {
    guard !arguments.operands.isEmpty else {
      return TextUtilityFilter.usage("expr", "missing operand", status: 2)
    }
    var parser = Parser(arguments: arguments.operands, quote: arguments.quote)
    do throws(Failure) {
      let value = try parser.orExpression(true)
      if parser.index < parser.arguments.count {
        throw Failure(
          message:
            "syntax error: unexpected argument \(arguments.quote(parser.arguments[parser.index]))")
      }
      return FilterResult(output: Array((value.text + "\n").utf8), status: value.isNull ? 1 : 0)
    } catch {
      return TextUtilityFilter.failure("expr", error.message, status: error.status)
    }
  }

  /// `STRING : REGEX`: the BRE (GNU's `RE_SYNTAX_POSIX_BASIC` without
  /// `RE_CONTEXT_INVALID_DUP`) matched at the start of STRING.
  private static func colon(_ subject: String, _ pattern: String) throws(Failure) -> Value {
    let regex: GlibcRegex
    do {
      regex = try GlibcRegex(Array(pattern.utf8), syntax: .init(rawValue: 0x102C6))
    } catch {
      throw Failure(message: error.message)
    }
    let bytes = Array(subject.utf8)
    guard let groups = regex.match(bytes), let whole = groups[0], whole.lowerBound == 0 else {
      return regex.groupCount > 0 ? .string("") : .integer(BigInteger(0))
    }
    if regex.groupCount > 0 {
      guard let group = groups[1] else { return .string("") }
      return .string(String(decoding: bytes[group], as: UTF8.self))
    }
    return .integer(
      BigInteger(String(decoding: bytes[whole], as: UTF8.self).unicodeScalars.count))
  }
}
