extension Condition: Codable {
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    switch try c.onlyKey(
      of: ["unary", "binary", "non-empty", "not", "and", "or", "substituted"], in: "condition")
    {
    case "unary":
      let u = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("unary"))
      self = .unary(try u.value("op"), try u.value("operand"))
    case "binary":
      let b = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("binary"))
      self = .binary(try b.value("op"), try b.value("left"), try b.value("right"))
    case "non-empty": self = .nonEmpty(try c.value("non-empty"))
    case "not": self = .not(try c.value("not"))
    case "and":
      let operands: [Condition] = try c.value("and")
      guard operands.count >= 2 else { throw Self.operandsError(c, "and") }
      self = .and(operands)
    case "or":
      let operands: [Condition] = try c.value("or")
      guard operands.count >= 2 else { throw Self.operandsError(c, "or") }
      self = .or(operands)
    default:
      let s = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("substituted"))
      self = .substituted(try s.value("run"), try s.value("test"))
    }
  }

  private static func operandsError(_ c: KeyedDecodingContainer<AnyKey>, _ key: String)
    -> DecodingError
  {
    .dataCorrupted(
      .init(codingPath: c.codingPath, debugDescription: "\(key) takes two or more conditions"))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    switch self {
    case .unary(let op, let operand):
      var u = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("unary"))
      try u.put(op, "op")
      try u.put(operand, "operand")
    case .binary(let op, let left, let right):
      var b = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("binary"))
      try b.put(op, "op")
      try b.put(left, "left")
      try b.put(right, "right")
    case .nonEmpty(let value): try c.put(value, "non-empty")
    case .not(let inner): try c.put(inner, "not")
    case .and(let operands): try c.put(operands, "and")
    case .or(let operands): try c.put(operands, "or")
    case .substituted(let steps, let inner):
      var s = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("substituted"))
      try s.put(steps, "run")
      try s.put(inner, "test")
    }
  }
}

extension LoopItem: Codable {
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    switch try c.onlyKey(of: ["word", "split", "seq", "glob"], in: "loop item") {
    case "word": self = .word(try c.value("word"))
    case "split": self = .split(try c.value("split"))
    case "glob": self = .glob(try c.value("glob"))
    default:
      let s = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("seq"))
      self = .sequence(first: try s.value("first"), last: try s.value("last"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    switch self {
    case .word(let word): try c.put(word, "word")
    case .split(let value): try c.put(value, "split")
    case .glob(let pattern): try c.put(pattern, "glob")
    case .sequence(let first, let last):
      var s = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("seq"))
      try s.put(first, "first")
      try s.put(last, "last")
    }
  }
}
