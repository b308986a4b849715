/// Bytes of awk text (string literals, regular expressions): awk works on bytes, and an escape
/// such as `\377` makes text that is not UTF-8. Encodes as a string when it is valid UTF-8,
/// otherwise as an array of bytes.
public struct AwkBytes: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
  public var bytes: [UInt8]

  public init(_ bytes: [UInt8]) { self.bytes = bytes }
  public init(_ text: String) { self.bytes = Array(text.utf8) }

  public var description: String { String(decoding: bytes, as: UTF8.self) }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let text = try? container.decode(String.self) {
      bytes = Array(text.utf8)
    } else {
      bytes = try container.decode([UInt8].self)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let text = String(validating: bytes, as: UTF8.self) {
      try container.encode(text)
    } else {
      try container.encode(bytes)
    }
  }
}

/// An array operand: a global array or a function's parameter (by position).
public enum AwkArrayName: Codable, Equatable, Sendable {
  case global(String)
  case local(Int)
}

/// What can be assigned to.
public indirect enum AwkLValue: Codable, Equatable, Sendable {
  case variable(String)
  /// A function parameter, by position.
  case local(Int)
  case field(AwkExpression)
  case element(AwkArrayName, [AwkExpression])
}

public enum AwkBinaryOperator: String, Codable, Equatable, Sendable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case modulo = "%"
  case power = "^"
  case concatenate = " "
  case less = "<"
  case lessEqual = "<="
  case equal = "=="
  case notEqual = "!="
  case greater = ">"
  case greaterEqual = ">="
}

public enum AwkUnaryOperator: String, Codable, Equatable, Sendable {
  case minus = "-"
  case plus = "+"
  case not = "!"
}

/// The builtin functions (`system` and pipes are rejected by the parser).
public enum AwkBuiltin: String, Codable, Equatable, Sendable, CaseIterable {
  case length, substr, index, split, sub, gsub, match, sprintf, sin, cos, atan2, exp, log, sqrt
  case int, rand, srand, tolower, toupper, close, fflush
}

/// An expression.
public indirect enum AwkExpression: Codable, Equatable, Sendable {
  case number(Double)
  case string(AwkBytes)
  /// `/re/` alone: `$0 ~ /re/`.
  case regex(AwkBytes)
  case lvalue(AwkLValue)
  /// `lvalue = e`, `lvalue += e`… (`nil` operator: plain assignment).
  case assign(AwkLValue, AwkBinaryOperator?, AwkExpression)
  case conditional(AwkExpression, AwkExpression, AwkExpression)
  case or(AwkExpression, AwkExpression)
  case and(AwkExpression, AwkExpression)
  /// `(i, j) in a`.
  case member([AwkExpression], AwkArrayName)
  /// `e ~ re`, `e !~ re`.
  case match(AwkExpression, AwkExpression, negated: Bool)
  case binary(AwkBinaryOperator, AwkExpression, AwkExpression)
  case unary(AwkUnaryOperator, AwkExpression)
  /// `++x`, `x--`…
  case increment(AwkLValue, delta: Double, prefix: Bool)
  case call(String, [AwkExpression])
  case builtin(AwkBuiltin, [AwkExpression])
  /// `getline [var] [< file]`.
  case getline(AwkLValue?, file: AwkExpression?)
  /// `(a, b)`: only meaningful before `in` or as the whole list of a `print`; parser-internal.
  case grouping([AwkExpression])
}

/// Where `print`/`printf` output goes.
public struct AwkRedirection: Codable, Equatable, Sendable {
  public var append: Bool
  public var target: AwkExpression
}

/// A statement.
public indirect enum AwkStatement: Codable, Equatable, Sendable {
  case expression(AwkExpression)
  case print([AwkExpression], AwkRedirection?)
  case printf([AwkExpression], AwkRedirection?)
  case block([AwkStatement])
  case ifElse(AwkExpression, AwkStatement, AwkStatement?)
  case whileLoop(AwkExpression, AwkStatement)
  case doWhile(AwkStatement, AwkExpression)
  case forLoop(AwkStatement?, AwkExpression?, AwkStatement?, AwkStatement)
  case forIn(AwkLValue, AwkArrayName, AwkStatement)
  case delete(AwkArrayName, [AwkExpression]?)
  case next
  case exit(AwkExpression?)
  case returnValue(AwkExpression?)
  case breakLoop
  case continueLoop
}

public enum AwkPattern: Codable, Equatable, Sendable {
  case always
  case expression(AwkExpression)
  case range(AwkExpression, AwkExpression)
}

/// `pattern { action }`; no action prints the record.
public struct AwkRule: Codable, Equatable, Sendable {
  public var pattern: AwkPattern
  public var action: [AwkStatement]?
}

public struct AwkFunction: Codable, Equatable, Sendable {
  public var name: String
  public var parameters: [String]
  public var body: [AwkStatement]
}

/// A parsed awk program.
public struct AwkProgram: Codable, Equatable, Sendable {
  /// The `BEGIN` actions, in order.
  public var begin: [[AwkStatement]] = []
  public var rules: [AwkRule] = []
  public var end: [[AwkStatement]] = []
  public var functions: [String: AwkFunction] = [:]

  public init() {}
}
