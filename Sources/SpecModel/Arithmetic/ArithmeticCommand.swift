/// `(( EXPRESSION ))` (one expression) or `let EXPRESSION…`: each is evaluated in order; the
/// status is 0 when the last value is non-zero, 1 when it is zero or evaluation failed.
public struct ArithmeticCommand: Equatable, Hashable, Sendable {
  public var expressions: [ArithmeticExpression]
  /// `let` (its errors are prefixed `let:`, those of `(( ))` with `((:`).
  public var isLet: Bool

  public init(_ expressions: [ArithmeticExpression], isLet: Bool = false) {
    self.expressions = expressions
    self.isLet = isLet
  }
}

/// `for (( INIT; CONDITION; STEP )); do BODY; done`. An empty condition is true; empty
/// expressions are `nil`.
public struct ArithmeticForStep: Codable, Equatable, Hashable, Sendable {
  public var initializer: ArithmeticExpression?
  public var condition: ArithmeticExpression?
  public var step: ArithmeticExpression?
  public var body: [Step]
  /// Under `set -x`: the initializer, condition and step as bash traces them (`+ (( i < 3 ))`),
  /// as written without leading blanks, `1` for an absent one.
  public var trace: [String]?

  public init(
    initializer: ArithmeticExpression?, condition: ArithmeticExpression?,
    step: ArithmeticExpression?, body: [Step], trace: [String]? = nil
  ) {
    self.initializer = initializer
    self.condition = condition
    self.step = step
    self.body = body
    self.trace = trace
  }

  enum CodingKeys: String, CodingKey {
    case initializer = "init"
    case condition = "while"
    case step
    case body = "do"
    case trace
  }
}

/// In YAML an arithmetic expression is its bash text.
extension ArithmeticExpression: Codable {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    do {
      self = try ArithmeticParser.parse(text)
    } catch {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "arithmetic: \(error.bashMessage(for: text))"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(text)
  }
}
