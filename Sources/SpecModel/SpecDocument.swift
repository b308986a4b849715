/// The document-level file: where the scenarios come from, the environments, and the index.
/// It changes only when ids, titles, sections, needs or environments change.
public struct SpecDocument: Codable, Equatable, Hashable, Sendable {
  /// The markdown document, relative to the specs directory when possible.
  public var source: String
  /// The `# …` title.
  public var title: String
  public var environments: [Environment]
  public var sections: [Section]
  /// From the "Stateful note" list, when the document has one.
  public var statefulNotes: [String]

  public init(
    source: String, title: String, environments: [Environment] = [], sections: [Section] = [],
    statefulNotes: [String] = []
  ) {
    self.source = source
    self.title = title
    self.environments = environments
    self.sections = sections
    self.statefulNotes = statefulNotes
  }

  enum CodingKeys: String, CodingKey {
    case source, title, environments, sections
    case statefulNotes = "stateful-notes"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    source = try c.decode(String.self, forKey: .source)
    title = try c.decode(String.self, forKey: .title)
    environments = try c.decodeIfPresent([Environment].self, forKey: .environments) ?? []
    sections = try c.decodeIfPresent([Section].self, forKey: .sections) ?? []
    statefulNotes = try c.decodeIfPresent([String].self, forKey: .statefulNotes) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(source, forKey: .source)
    try c.encode(title, forKey: .title)
    try c.encode(environments, forKey: .environments)
    try c.encode(sections, forKey: .sections)
    if !statefulNotes.isEmpty { try c.encode(statefulNotes, forKey: .statefulNotes) }
  }
}

/// A `## …` section and its scenarios, in document order.
public struct Section: Codable, Equatable, Hashable, Sendable {
  public var title: String
  public var scenarios: [ScenarioEntry]

  public init(title: String, scenarios: [ScenarioEntry]) {
    self.title = title
    self.scenarios = scenarios
  }
}

/// One line of the index: enough to list, select and order scenarios without reading their files.
public struct ScenarioEntry: Codable, Equatable, Hashable, Sendable {
  public var id: String
  public var title: String
  /// The scenario's YAML file, relative to the specs directory.
  public var file: String
  public var needs: [String]

  public init(id: String, title: String, file: String, needs: [String] = []) {
    self.id = id
    self.title = title
    self.file = file
    self.needs = needs
  }

  enum CodingKeys: String, CodingKey { case id, title, file, needs }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    title = try c.decode(String.self, forKey: .title)
    file = try c.decode(String.self, forKey: .file)
    needs = try c.decodeIfPresent([String].self, forKey: .needs) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encode(file, forKey: .file)
    if !needs.isEmpty { try c.encode(needs, forKey: .needs) }
  }
}

/// Where each heading sits in the markdown. Kept apart from the scenarios so that lines moving
/// (a scenario above grew) touch only this file.
public struct SourceMap: Codable, Equatable, Hashable, Sendable {
  public var source: String
  /// Heading line of each environment and scenario, by id, in document order.
  public var headings: [Heading]

  public struct Heading: Codable, Equatable, Hashable, Sendable {
    public var id: String
    public var line: Int

    public init(id: String, line: Int) {
      self.id = id
      self.line = line
    }
  }

  public init(source: String, headings: [Heading]) {
    self.source = source
    self.headings = headings
  }
}

/// Everything the front end produces for one document, and what the runtime runs (read back
/// from YAML by `SpecYAML`).
public struct CompiledDocument: Equatable, Hashable, Sendable {
  public var document: SpecDocument
  public var scenarios: [Scenario]
  public var sourceMap: SourceMap

  public init(document: SpecDocument, scenarios: [Scenario], sourceMap: SourceMap) {
    self.document = document
    self.scenarios = scenarios
    self.sourceMap = sourceMap
  }

  public func scenario(_ id: String) -> Scenario? {
    scenarios.first { $0.id == id }
  }

  /// The markdown line of a heading (environment id or scenario id).
  public func headingLine(_ id: String) -> Int? {
    sourceMap.headings.first { $0.id == id }?.line
  }
}
