/// One `### S61 Title` section: what it needs and what it does.
public struct Scenario: Codable, Equatable, Hashable, Sendable {
  /// `S` and digits: `S07`, `S61`, `S207`.
  public var id: String
  public var title: String
  /// The `## …` section the scenario sits in.
  public var section: String?
  /// The prose between the heading and the code block.
  public var description: String
  /// Environments (setup blocks) the scenario uses, in document order.
  public var environments: [String]
  /// Scenarios that must run before this one, each with why.
  public var needs: [Need]
  /// Scenarios this one must run after when both run, because they touch the same thing
  /// (`Ordering`); unlike `needs`, running this one does not run them.
  public var after: [Ordering]
  public var steps: [Step]
  /// Why the scenario could not be lowered, each at its position; empty when it was. An
  /// unsupported scenario has no steps: its test fails with these, `run` reports it as
  /// `UNSUPPORTED`.
  public var unsupported: [LoweringError]

  public var isSupported: Bool { unsupported.isEmpty }

  public init(
    id: String, title: String, section: String? = nil, description: String = "",
    environments: [String] = [], needs: [Need] = [], after: [Ordering] = [],
    steps: [Step] = [], unsupported: [LoweringError] = []
  ) {
    self.id = id
    self.title = title
    self.section = section
    self.description = description
    self.environments = environments
    self.needs = needs
    self.after = after
    self.steps = steps
    self.unsupported = unsupported
  }

  enum CodingKeys: String, CodingKey {
    case id, title, section, description, environments, needs, after, steps, unsupported
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    title = try c.decode(String.self, forKey: .title)
    section = try c.decodeIfPresent(String.self, forKey: .section)
    description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
    environments = try c.decodeIfPresent([String].self, forKey: .environments) ?? []
    needs = try c.decodeIfPresent([Need].self, forKey: .needs) ?? []
    after = try c.decodeIfPresent([Ordering].self, forKey: .after) ?? []
    steps = try c.decodeIfPresent([Step].self, forKey: .steps) ?? []
    unsupported = try c.decodeIfPresent([LoweringError].self, forKey: .unsupported) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encodeIfPresent(section, forKey: .section)
    if !description.isEmpty { try c.encode(description, forKey: .description) }
    if !environments.isEmpty { try c.encode(environments, forKey: .environments) }
    if !needs.isEmpty { try c.encode(needs, forKey: .needs) }
    if !after.isEmpty { try c.encode(after, forKey: .after) }
    if !unsupported.isEmpty { try c.encode(unsupported, forKey: .unsupported) }
    if unsupported.isEmpty || !steps.isEmpty { try c.encode(steps, forKey: .steps) }
  }
}

/// An edge of the dependency graph: this scenario needs `scenario` to have run first.
public struct Need: Codable, Equatable, Hashable, Sendable {
  public var scenario: String
  public var reason: Reason
  /// Human-readable evidence: the variable, file or collection that links the two.
  public var detail: String

  public init(scenario: String, reason: Reason, detail: String) {
    self.scenario = scenario
    self.reason = reason
    self.detail = detail
  }

  public enum Reason: String, Codable, Equatable, Hashable, Sendable {
    /// The author wrote `Needs: S35` in the prose.
    case declared
    /// The scenario reads a file an earlier one wrote.
    case file
    /// The scenario uses a variable naming a resource an earlier one created.
    case resource
    /// The scenario reads a collection an earlier one created an item in.
    case collection
  }
}

/// An order-only edge: when both run, this scenario starts after `scenario` ended, because the
/// two touch the same file, resource or collection and at least one of them changes it. It
/// keeps concurrent runs (`--jobs`) in document order where order can matter; it never makes
/// a filtered run run `scenario`.
public struct Ordering: Codable, Equatable, Hashable, Sendable {
  public var scenario: String
  public var reason: Reason
  /// Human-readable evidence: the file, variable or collection both touch.
  public var detail: String

  public init(scenario: String, reason: Reason, detail: String) {
    self.scenario = scenario
    self.reason = reason
    self.detail = detail
  }

  public enum Reason: String, Codable, Equatable, Hashable, Sendable {
    /// Both use a file and at least one writes or removes it.
    case file
    /// Both use an identifier (a variable of the environment, a literal value) and at least
    /// one sends it in a request that changes the gateway (POST, PUT, PATCH, DELETE).
    case resource
    /// Both use a path of the same server: one changes it, or one adds to (POSTs into) what
    /// the other reads.
    case collection
    /// What a server shows of the requests it received (counters, audit and usage logs): one
    /// reads it, the other adds to or changes it; or both send the same changing request,
    /// which a response cache answers the second time.
    case gateway
  }
}
