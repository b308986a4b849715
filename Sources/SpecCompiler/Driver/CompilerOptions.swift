/// Settings of one compilation.
public struct CompilerOptions: Sendable {
  /// `##` sections whose shell blocks are setup (environment) blocks.
  public var setupSections: [String] = ["Common environment", "Auth-enabled runtime environment"]
  /// How the document is named in the YAML (`source:`), relative to the specs directory.
  public var sourceReference: String?
  /// Report warnings as errors (`--strict`): the document then does not compile.
  public var strict = false

  public init(setupSections: [String]? = nil, sourceReference: String? = nil, strict: Bool = false)
  {
    if let setupSections { self.setupSections = setupSections }
    self.sourceReference = sourceReference
    self.strict = strict
  }
}
