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
  public var steps: [Step]

  public init(
    id: String, title: String, defines: [String] = [], functions: [String] = [],
    loads: [Template] = [], steps: [Step] = []
  ) {
    self.id = id
    self.title = title
    self.defines = defines
    self.functions = functions
    self.loads = loads
    self.steps = steps
  }

  enum CodingKeys: String, CodingKey { case id, title, defines, functions, loads, steps }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    title = try c.decode(String.self, forKey: .title)
    defines = try c.decodeIfPresent([String].self, forKey: .defines) ?? []
    functions = try c.decodeIfPresent([String].self, forKey: .functions) ?? []
    loads = try c.decodeIfPresent([Template].self, forKey: .loads) ?? []
    steps = try c.decodeIfPresent([Step].self, forKey: .steps) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    if !defines.isEmpty { try c.encode(defines, forKey: .defines) }
    if !functions.isEmpty { try c.encode(functions, forKey: .functions) }
    if !loads.isEmpty { try c.encode(loads, forKey: .loads) }
    try c.encode(steps, forKey: .steps)
  }
}
