/// A setup block (`## Common environment`, `## Auth-enabled runtime environment`): what it
/// defines, run before the scenarios that use it.
public struct Environment: Codable, Equatable, Hashable, Sendable {
  /// A slug of the section title: `common-environment`.
  public var id: String
  public var title: String
  /// Variables it assigns, sorted: a scenario that reads one of them uses this environment.
  public var defines: [String]
  /// Functions it defines, sorted.
  public var functions: [String]
  /// Environment files it loads (`.env`): scenarios using this environment need them.
  public var loads: [Template]
  /// Top-level statements that could not be lowered (left out of `steps`): every scenario
  /// using this environment is unsupported.
  public var unsupported: [LoweringError]
  /// Functions that could not be lowered (their definitions are left out of `steps`): the
  /// scenarios calling them are unsupported.
  public var unsupportedFunctions: [UnsupportedFunction]
  public var steps: [Step]

  public init(
    id: String, title: String, defines: [String] = [], functions: [String] = [],
    loads: [Template] = [], unsupported: [LoweringError] = [],
    unsupportedFunctions: [UnsupportedFunction] = [], steps: [Step] = []
  ) {
    self.id = id
    self.title = title
    self.defines = defines
    self.functions = functions
    self.loads = loads
    self.unsupported = unsupported
    self.unsupportedFunctions = unsupportedFunctions
    self.steps = steps
  }

  enum CodingKeys: String, CodingKey {
    case id, title, defines, functions, loads, unsupported, steps
    case unsupportedFunctions = "unsupported-functions"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    title = try c.decode(String.self, forKey: .title)
    defines = try c.decodeIfPresent([String].self, forKey: .defines) ?? []
    functions = try c.decodeIfPresent([String].self, forKey: .functions) ?? []
    loads = try c.decodeIfPresent([Template].self, forKey: .loads) ?? []
    unsupported = try c.decodeIfPresent([LoweringError].self, forKey: .unsupported) ?? []
    unsupportedFunctions =
      try c.decodeIfPresent([UnsupportedFunction].self, forKey: .unsupportedFunctions) ?? []
    steps = try c.decodeIfPresent([Step].self, forKey: .steps) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    if !defines.isEmpty { try c.encode(defines, forKey: .defines) }
    if !functions.isEmpty { try c.encode(functions, forKey: .functions) }
    if !loads.isEmpty { try c.encode(loads, forKey: .loads) }
    if !unsupported.isEmpty { try c.encode(unsupported, forKey: .unsupported) }
    if !unsupportedFunctions.isEmpty {
      try c.encode(unsupportedFunctions, forKey: .unsupportedFunctions)
    }
    try c.encode(steps, forKey: .steps)
  }
}
