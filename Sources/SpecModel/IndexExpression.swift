/// The arithmetic of an array index (`${a[i]}`, `a[n-1]=v`, `unset 'a[$i]'`): integers, variable
/// names (`i`, `$i`, `${i}`, `${#a[@]}`), unary `-`/`+`, `+ - * / %` and parentheses, with C
/// precedence, as bash evaluates them.
public indirect enum IndexExpression: Equatable, Sendable {
  case number(Int)
  /// A variable: its value, read as an expression itself (empty or unset is 0).
  case name(String)
  /// `${#NAME}` or `${#a[@]}`.
  case length(String)
  case negate(IndexExpression)
  case binary(Character, IndexExpression, IndexExpression)

  public struct ParseError: Error, Equatable {
    public var message: String
  }

  public static func parse(_ text: String) throws(ParseError) -> IndexExpression {
    var parser = Parser(chars: Array(text))
    let expression = try parser.sum()
    parser.skipSpaces()
    guard parser.index == parser.chars.count else {
      throw ParseError(message: "syntax error in expression (error token is \"\(parser.rest)\")")
    }
    return expression
  }

  /// The variable names an index reads (none when it does not parse).
  public static func names(in text: String) -> [String] {
    guard let expression = try? parse(text) else { return [] }
    var names: [String] = []
    func walk(_ e: IndexExpression) {
      switch e {
      case .number: break
      case .name(let n), .length(let n): names.append(ParameterName(n).base)
      case .negate(let inner): walk(inner)
      case .binary(_, let l, let r):
        walk(l)
        walk(r)
      }
    }
    walk(expression)
    return names
  }

  /// The value; `lookup` gives a variable's value (throwing bash's errors), `length` the value of
  /// `${#NAME}`.
  public func evaluate<E: Error>(
    value: (String) throws(E) -> String, length: (String) throws(E) -> Int
  ) throws(E) -> Int? {
    switch self {
    case .number(let n): return n
    case .name(let name):
      let text = try value(name).trimmingCharacters(in: " \t\n")
      if text.isEmpty { return 0 }
      if let n = Int(text) { return n }
      return nil
    case .length(let name): return try length(name)
    case .negate(let inner): return try inner.evaluate(value: value, length: length).map { -$0 }
    case .binary(let op, let l, let r):
      guard let a = try l.evaluate(value: value, length: length),
        let b = try r.evaluate(value: value, length: length)
      else { return nil }
      switch op {
      case "+": return a &+ b
      case "-": return a &- b
      case "*": return a &* b
      case "/": return b == 0 ? nil : a / b
      default: return b == 0 ? nil : a % b
      }
    }
  }

  private struct Parser {
    let chars: [Character]
    var index = 0

    var rest: String { String(chars[min(index, chars.count)...]) }

    mutating func skipSpaces() {
      while index < chars.count, chars[index] == " " || chars[index] == "\t" { index += 1 }
    }

    mutating func sum() throws(ParseError) -> IndexExpression {
      var left = try product()
      while true {
        skipSpaces()
        guard index < chars.count, chars[index] == "+" || chars[index] == "-" else { return left }
        let op = chars[index]
        index += 1
        left = .binary(op, left, try product())
      }
    }

    mutating func product() throws(ParseError) -> IndexExpression {
      var left = try unary()
      while true {
        skipSpaces()
        guard index < chars.count, "*/%".contains(chars[index]) else { return left }
        let op = chars[index]
        index += 1
        left = .binary(op, left, try unary())
      }
    }

    mutating func unary() throws(ParseError) -> IndexExpression {
      skipSpaces()
      guard index < chars.count else {
        throw ParseError(message: "syntax error: operand expected")
      }
      let c = chars[index]
      if c == "-" || c == "+" {
        index += 1
        let inner = try unary()
        return c == "-" ? .negate(inner) : inner
      }
      if c == "(" {
        index += 1
        let inner = try sum()
        skipSpaces()
        guard index < chars.count, chars[index] == ")" else {
          throw ParseError(message: "missing ')'")
        }
        index += 1
        return inner
      }
      if c.isASCII, c.isNumber {
        var digits = ""
        while index < chars.count, chars[index].isASCII, chars[index].isNumber {
          digits.append(chars[index])
          index += 1
        }
        guard let n = Int(digits) else { throw ParseError(message: "value too great for base") }
        return .number(n)
      }
      if c == "$" {
        index += 1
        guard index < chars.count, chars[index] == "{" else { return .name(try name()) }
        index += 1
        let isLength = index < chars.count && chars[index] == "#"
        if isLength { index += 1 }
        var inner = try name()
        if index < chars.count, chars[index] == "[" {
          guard let close = chars[index...].firstIndex(of: "]") else {
            throw ParseError(message: "missing ']'")
          }
          inner += String(chars[index...close])
          index = close + 1
        }
        guard index < chars.count, chars[index] == "}" else {
          throw ParseError(message: "unsupported expansion in an index")
        }
        index += 1
        return isLength ? .length(inner) : .name(inner)
      }
      return .name(try name())
    }

    mutating func name() throws(ParseError) -> String {
      var name = ""
      while index < chars.count,
        chars[index] == "_" || chars[index].isLetter
          || (!name.isEmpty && chars[index].isNumber)
      {
        name.append(chars[index])
        index += 1
      }
      guard !name.isEmpty else {
        throw ParseError(message: "syntax error: operand expected (error token is \"\(rest)\")")
      }
      return name
    }
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
  }
}
