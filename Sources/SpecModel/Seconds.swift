/// A duration in seconds: a number when the document says so literally, a template when it
/// comes from a variable (`--max-time "${CURL_MAX_TIME:-12}"`).
public enum Seconds: Equatable, Hashable, Sendable {
  case literal(Double)
  case template(Template)
}

/// `.sleep(0.5)`, `.sleep(6)`: a literal.
extension Seconds: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
  public init(floatLiteral value: Double) { self = .literal(value) }
  public init(integerLiteral value: Int) { self = .literal(Double(value)) }
}

extension Seconds: Codable {
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let value = try? c.decode(Double.self) {
      self = .literal(value)
    } else {
      self = .template(try c.decode(Template.self))
    }
  }

  /// Whole numbers are written without a fraction (`5`, not `5e+0`).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .literal(let value) where value == value.rounded() && abs(value) < 1e15:
      try c.encode(Int(value))
    case .literal(let value):
      try c.encode(value)
    case .template(let template):
      try c.encode(template)
    }
  }
}
