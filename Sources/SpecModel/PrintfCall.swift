/// `printf FORMAT [ARGUMENT…]` formatted at run time, as bash's builtin does: the format is
/// applied to successive groups of arguments until all are used, missing arguments are empty
/// strings or zero.
public struct PrintfCall: Codable, Equatable, Hashable, Sendable {
  /// The format, exactly as printf receives it (escapes and conversions not yet interpreted).
  public var format: String
  /// The argument words; a template that is exactly `${@}` (`"$@"`) stands for one word per
  /// positional parameter.
  public var arguments: [Template]
  /// `printf -v NAME`: the text is assigned to NAME (trailing newlines kept) instead of printed.
  public var variable: String?

  public init(format: String, arguments: [Template] = [], variable: String? = nil) {
    self.format = format
    self.arguments = arguments
    self.variable = variable
  }

  enum CodingKeys: String, CodingKey { case format, arguments, variable }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    format = try c.decode(String.self, forKey: .format)
    arguments = try c.decodeIfPresent([Template].self, forKey: .arguments) ?? []
    variable = try c.decodeIfPresent(String.self, forKey: .variable)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(format, forKey: .format)
    if !arguments.isEmpty { try c.encode(arguments, forKey: .arguments) }
    try c.encodeIfPresent(variable, forKey: .variable)
  }
}
