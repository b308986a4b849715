import SpecModel

/// `bc [-l] [FILE…]` as GNU bc 1.07 for what scripts write: expressions of numbers of any
/// size and scale (`+ - * / % ^`, parentheses, unary `-`, comparisons giving 0 or 1),
/// variables and `scale` (`=`, `+=` …), `sqrt`, `length`, `scale()`, `last`, strings, `quit`,
/// statements separated by `;` or newlines. A value is printed in base 10 (lines of 70
/// characters, continued with `\`); an assignment is not. A syntax error is `(standard_in) N:
/// syntax error` and bc goes on with the next line; bc's status is 0. `-l` starts with scale
/// 20. (`ibase`/`obase`, `define`, `if`/`while`/`for` and the `-l` library functions are
/// reported as unsupported, status 2.)
enum BcFilter {
  private enum Token: Equatable {
    case number(String)
    case name(String)
    case string(String)
    case symbol(String)
    case newline, end
  }

  private struct SyntaxError: Error {}
  private struct Unsupported: Error { var what: String }
  private struct DivideByZero: Error {}

  static func run(_ arguments: TextUtilityFilter.Arguments) -> FilterResult {
    var files = arguments.files
    var source: [UInt8] = []
    for name in arguments.operands + ["-"] {
      switch files.read(name) {
      case .success(let bytes): source += bytes
      case .failure:
        return FilterResult(
          output: [], status: 1, stderr: Array("File \(name) is unavailable.\n".utf8))
      }
    }
    var machine = Machine(scale: arguments.has("l") ? 20 : 0)
    machine.run(tokens(String(decoding: source, as: UTF8.self)))
    return FilterResult(
      output: Array(machine.output.utf8), status: machine.unsupported ? 2 : 0,
      stderr: Array(machine.errors.utf8))
  }

  /// Tokens with the line each starts on.
  private static func tokens(_ text: String) -> [(Token, Int)] {
    var result: [(Token, Int)] = []
    var line = 1
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if c == "\n" {
        result.append((.newline, line))
        line += 1
        i += 1
      } else if c == " " || c == "\t" {
        i += 1
      } else if c == "\\" && i + 1 < scalars.count && scalars[i + 1] == "\n" {
        line += 1
        i += 2
      } else if c.properties.numericType != nil && c.isASCII || c == "." {
        var j = i
        while j < scalars.count,
          (scalars[j].isASCII && ("0"..."9").contains(scalars[j])) || scalars[j] == "."
        {
          j += 1
        }
        result.append((.number(String(String.UnicodeScalarView(scalars[i..<j]))), line))
        i = j
      } else if ("a"..."z").contains(c) {
        var j = i
        while j < scalars.count,
          ("a"..."z").contains(scalars[j]) || ("0"..."9").contains(scalars[j]) || scalars[j] == "_"
        {
          j += 1
        }
        result.append((.name(String(String.UnicodeScalarView(scalars[i..<j]))), line))
        i = j
      } else if c == "\"" {
        var j = i + 1
        while j < scalars.count && scalars[j] != "\"" { j += 1 }
        let text = String(String.UnicodeScalarView(scalars[(i + 1)..<min(j, scalars.count)]))
        result.append((.string(text), line))
        line += text.count { $0 == "\n" }
        i = j + 1
      } else {
        let two = i + 1 < scalars.count ? String(c) + String(scalars[i + 1]) : ""
        if ["<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "^=", "&&", "||"].contains(two) {
          result.append((.symbol(two), line))
          i += 2
        } else {
          result.append((.symbol(String(c)), line))
          i += 1
        }
      }
    }
    result.append((.end, line))
    return result
  }

  private struct Machine {
    var scale: Int
    var variables: [String: BcNumber] = [:]
    var last = BcNumber(0)
    var output = ""
    var errors = ""
    var unsupported = false
    var tokens: [(Token, Int)] = []
    var index = 0

    init(scale: Int) { self.scale = scale }

    var token: Token { tokens[index].0 }

    mutating func run(_ tokens: [(Token, Int)]) {
      self.tokens = tokens
      var lineStart = true
      while token != .end {
        // bc stops when it reads `quit`, before it runs the line holding it.
        if lineStart,
          tokens[index...].prefix(while: { $0.0 != .newline }).contains(where: {
            $0.0 == .name("quit")
          })
        {
          return
        }
        lineStart = token == .newline
        if token == .newline || token == .symbol(";") {
          index += 1
          continue
        }
        do {
          try statement()
          guard token == .newline || token == .symbol(";") || token == .end else {
            throw SyntaxError()
          }
        } catch let error as Unsupported {
          errors += "bc: \(error.what) is not supported\n"
          unsupported = true
          return
        } catch is DivideByZero {
          errors += "Runtime error (func=(main)): Divide by zero\n"
          skipLine()
        } catch {
          // The scanner has counted the newline it stopped at.
          errors += "(standard_in) \(tokens[index].1 + (token == .newline ? 1 : 0)): syntax error\n"
          skipLine()
        }
      }
    }

    mutating func skipLine() {
      while token != .newline && token != .end { index += 1 }
    }

    mutating func statement() throws {
      if case .string(let text) = token {
        index += 1
        output += text
        return
      }
      if case .name(let name) = token,
        ["define", "if", "while", "for", "ibase", "obase", "print", "read"].contains(name)
      {
        throw Unsupported(what: "'\(name)'")
      }
      // NAME op= EXPRESSION
      if case .name(let name) = token, index + 1 < tokens.count,
        case .symbol(let op) = tokens[index + 1].0, op.hasSuffix("="), op != "==", op != "<=",
        op != ">=", op != "!="
      {
        index += 2
        var value = try expression()
        if op != "=" {
          value = try apply(String(op.dropLast()), read(name), value)
        }
        if name == "scale" {
          scale = value.rescaled(0).digits.int ?? 0
        } else {
          variables[name] = value
        }
        return
      }
      let value = try expression()
      last = value
      print(value)
    }

    func read(_ name: String) -> BcNumber {
      switch name {
      case "scale": return BcNumber(scale)
      case "last": return last
      default: return variables[name] ?? BcNumber(0)
      }
    }

    mutating func print(_ value: BcNumber) {
      var text = value.text[...]
      // BC_LINE_LENGTH 70: 68 characters and a backslash.
      while text.count > 68 {
        output += text.prefix(68) + "\\\n"
        text = text.dropFirst(68)
      }
      output += text + "\n"
    }

    mutating func apply(_ op: String, _ a: BcNumber, _ b: BcNumber) throws -> BcNumber {
      switch op {
      case "+": return a + b
      case "-": return a - b
      case "*": return a.multiplied(by: b, scale: scale)
      case "/":
        guard let q = a.divided(by: b, scale: scale) else { throw DivideByZero() }
        return q
      case "%":
        guard let r = a.remainder(dividingBy: b, scale: scale) else { throw DivideByZero() }
        return r
      default:
        guard let n = b.rescaled(0).digits.int, let p = a.raised(to: n, scale: scale) else {
          throw DivideByZero()
        }
        return p
      }
    }

    mutating func expression() throws -> BcNumber {
      let left = try sum()
      guard case .symbol(let op) = token, ["<", "<=", ">", ">=", "==", "!="].contains(op) else {
        return left
      }
      index += 1
      let order = BcNumber.compare(left, try sum())
      let truth: Bool
      switch op {
      case "<": truth = order < 0
      case "<=": truth = order <= 0
      case ">": truth = order > 0
      case ">=": truth = order >= 0
      case "==": truth = order == 0
      default: truth = order != 0
      }
      return BcNumber(truth ? 1 : 0)
    }

    mutating func sum() throws -> BcNumber {
      var left = try product()
      while case .symbol(let op) = token, op == "+" || op == "-" {
        index += 1
        left = try apply(op, left, try product())
      }
      return left
    }

    mutating func product() throws -> BcNumber {
      var left = try power()
      while case .symbol(let op) = token, op == "*" || op == "/" || op == "%" {
        index += 1
        left = try apply(op, left, try power())
      }
      return left
    }

    mutating func power() throws -> BcNumber {
      let base = try unary()
      guard token == .symbol("^") else { return base }
      index += 1
      let exponent = try power()
      if exponent.rescaled(0).digits
        != exponent.rescaled(exponent.scale).digits
        .quotientAndRemainder(dividingBy: BcNumber.power10(exponent.scale))!.0
      {
        throw Unsupported(what: "a fractional exponent")
      }
      return try apply("^", base, exponent)
    }

    mutating func unary() throws -> BcNumber {
      if token == .symbol("-") {
        index += 1
        return -(try unary())
      }
      return try primary()
    }

    mutating func primary() throws -> BcNumber {
      switch token {
      case .number(let text):
        index += 1
        guard let number = BcNumber(text) else { throw SyntaxError() }
        return number
      case .symbol("("):
        index += 1
        let value = try expression()
        guard token == .symbol(")") else { throw SyntaxError() }
        index += 1
        return value
      case .name(let name):
        index += 1
        guard token == .symbol("(") else { return read(name) }
        index += 1
        let argument = try expression()
        guard token == .symbol(")") else { throw SyntaxError() }
        index += 1
        switch name {
        case "sqrt":
          guard let root = argument.squareRoot(scale: scale) else {
            throw Unsupported(what: "the square root of a negative number")
          }
          return root
        case "length": return BcNumber(argument.length)
        case "scale": return BcNumber(argument.scale)
        default: throw Unsupported(what: "the function '\(name)'")
        }
      default:
        throw SyntaxError()
      }
    }
  }
}
