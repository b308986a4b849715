/// `awk [-F fs] [-v name=value]… 'program' [operand…]`: the program text is known when the
/// document is compiled (it was parsed then); the field separator, the `-v` values and the
/// operands are words whose values are only known at run time (`-v id="$ID"`).
public struct AwkCall: Codable, Equatable, Hashable, Sendable {
  /// The program text, exactly as awk receives it.
  public var program: String
  /// `-F fs`, before awk processes its escapes.
  public var fieldSeparator: Template?
  /// `-v name=value`, in order; values before awk processes their escapes.
  public var assignments: [AwkAssignmentWord]
  /// Files and `name=value` operands, in order (`-` is standard input).
  public var operands: [Template]

  public init(
    program: String, fieldSeparator: Template? = nil, assignments: [AwkAssignmentWord] = [],
    operands: [Template] = []
  ) {
    self.program = program
    self.fieldSeparator = fieldSeparator
    self.assignments = assignments
    self.operands = operands
  }

  enum CodingKeys: String, CodingKey {
    case program
    case fieldSeparator = "field-separator"
    case assignments, operands
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    program = try c.decode(String.self, forKey: .program)
    fieldSeparator = try c.decodeIfPresent(Template.self, forKey: .fieldSeparator)
    assignments = try c.decodeIfPresent([AwkAssignmentWord].self, forKey: .assignments) ?? []
    operands = try c.decodeIfPresent([Template].self, forKey: .operands) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(program, forKey: .program)
    try c.encodeIfPresent(fieldSeparator, forKey: .fieldSeparator)
    if !assignments.isEmpty { try c.encode(assignments, forKey: .assignments) }
    if !operands.isEmpty { try c.encode(operands, forKey: .operands) }
  }
}

/// One `-v name=value`: the name is literal, the value a word.
public struct AwkAssignmentWord: Codable, Equatable, Hashable, Sendable {
  public var name: String
  public var value: Template

  public init(name: String, value: Template) {
    self.name = name
    self.value = value
  }
}

/// What an awk operand is: `name=value` assigns a variable when awk reaches it, anything else
/// names a file.
public enum AwkOperand {
  /// Whether the operand starts with a literal `name=` (a letter or `_`, then letters, digits
  /// or `_`).
  public static func isAssignment(_ operand: Template) -> Bool {
    guard case .literal(let text)? = operand.parts.first,
      let equals = text.firstIndex(of: "="), equals != text.startIndex
    else { return false }
    let name = text[..<equals]
    guard let first = name.first, first == "_" || (first.isASCII && first.isLetter) else {
      return false
    }
    return name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
  }
}
