/// A bash arithmetic expression (`$(( … ))`, `(( … ))`, `let`, `for (( … ))`, the offset and
/// length of `${NAME:offset:length}`), parsed when the document is compiled.
///
/// `text` is the expression exactly as written (bash prints it in its error messages); `root` is
/// its syntax tree, `nil` for an empty expression. `$NAME` and `${…}` inside the text are
/// expanded as text before bash evaluates it (`x=1+1; $((2*$x))` is 3): they are kept in
/// `expansions` and stand in the tree as `.expansion(index)` leaves.
public struct ArithmeticExpression: Equatable, Hashable, Sendable, CustomStringConvertible {
  public var text: String
  public var expansions: [ArithmeticExpansion]
  public var root: ArithmeticNode?

  public init(text: String, expansions: [ArithmeticExpansion] = [], root: ArithmeticNode?) {
    self.text = text
    self.expansions = expansions
    self.root = root
  }

  /// Parses `text` (see `ArithmeticParser`).
  public init(parsing text: String) throws(ArithmeticSyntaxError) {
    self = try ArithmeticParser.parse(text)
  }

  public var description: String { text }
}

/// A `$NAME` / `${…}` inside an arithmetic expression: the characters it spans in the text
/// (offsets in `Character`s) and the expansion.
public struct ArithmeticExpansion: Equatable, Hashable, Sendable {
  public var range: Range<Int>
  public var part: TemplatePart

  public init(range: Range<Int>, part: TemplatePart) {
    self.range = range
    self.part = part
  }
}

/// A node of an arithmetic syntax tree. `errorOffset` is where bash's `(error token is "…")`
/// starts in the expression text when evaluating the node fails (division by 0, negative
/// exponent).
public indirect enum ArithmeticNode: Equatable, Hashable, Sendable {
  /// A constant: `42`, `0x1F`, `017`, `2#101`.
  case number(Int64)
  /// A variable by bare name; its value is itself evaluated as an expression.
  case variable(String)
  /// The `index`th expansion of the expression (`$NAME`, `${NAME}`).
  case expansion(Int)
  /// `+x`, `-x`, `!x`, `~x`.
  case unary(ArithmeticUnaryOperator, ArithmeticNode)
  /// `++x`, `--x` (`prefix`), `x++`, `x--`; `delta` is 1 or -1.
  case increment(String, delta: Int64, prefix: Bool)
  /// `a OP b`, including the short-circuit `&&` and `||`.
  case binary(ArithmeticBinaryOperator, ArithmeticNode, ArithmeticNode, errorOffset: Int)
  /// `c ? a : b`.
  case conditional(ArithmeticNode, ArithmeticNode, ArithmeticNode)
  /// `x = v` (`op == nil`) and `x OP= v`.
  case assign(String, ArithmeticBinaryOperator?, ArithmeticNode, errorOffset: Int)
  /// `a , b`.
  case comma(ArithmeticNode, ArithmeticNode)
  /// `( a )`.
  case group(ArithmeticNode)
}

public enum ArithmeticUnaryOperator: String, Equatable, Hashable, Sendable {
  case plus = "+"
  case minus = "-"
  case not = "!"
  case bitwiseNot = "~"
}

public enum ArithmeticBinaryOperator: String, Equatable, Hashable, Sendable, CaseIterable {
  case power = "**"
  case multiply = "*"
  case divide = "/"
  case remainder = "%"
  case add = "+"
  case subtract = "-"
  case shiftLeft = "<<"
  case shiftRight = ">>"
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case equal = "=="
  case notEqual = "!="
  case bitwiseAnd = "&"
  case bitwiseXor = "^"
  case bitwiseOr = "|"
  case logicalAnd = "&&"
  case logicalOr = "||"

  /// Binding strength, as in bash's grammar (higher binds tighter).
  public var precedence: Int {
    switch self {
    case .logicalOr: return 1
    case .logicalAnd: return 2
    case .bitwiseOr: return 3
    case .bitwiseXor: return 4
    case .bitwiseAnd: return 5
    case .equal, .notEqual: return 6
    case .less, .lessOrEqual, .greater, .greaterOrEqual: return 7
    case .shiftLeft, .shiftRight: return 8
    case .add, .subtract: return 9
    case .multiply, .divide, .remainder: return 10
    case .power: return 11
    }
  }

  /// The operators that may stand before `=` in a compound assignment.
  public var isAssignable: Bool {
    switch self {
    case .multiply, .divide, .remainder, .add, .subtract, .shiftLeft, .shiftRight, .bitwiseAnd,
      .bitwiseXor, .bitwiseOr:
      return true
    default:
      return false
    }
  }
}

/// A bad arithmetic expression: bash's message and where its error token starts.
public struct ArithmeticSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Offset in `Character`s of the error token in the expression text.
  public var offset: Int
  /// `syntax error: operand expected`, `value too great for base`, …
  public var message: String

  public init(offset: Int, message: String) {
    self.offset = offset
    self.message = message
  }

  public var description: String { message }

  /// Bash's wording: `TEXT: MESSAGE (error token is "TOKEN")`, leading blanks of the text
  /// dropped.
  public func bashMessage(for text: String) -> String {
    ArithmeticSyntaxError.bashMessage(message, text: text, tokenOffset: offset)
  }

  public static func bashMessage(_ message: String, text: String, tokenOffset: Int) -> String {
    let shown = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
    let token = text.dropFirst(min(max(tokenOffset, 0), text.count))
    return "\(shown): \(message) (error token is \"\(token)\")"
  }
}
