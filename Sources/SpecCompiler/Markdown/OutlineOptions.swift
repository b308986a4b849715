/// What the outline builder looks for in a document.
public struct OutlineOptions: Sendable, Equatable {
  /// Titles of the `##` sections whose shell blocks are setup, compared case-insensitively
  /// after trimming and removing inline markup.
  public var setupSections: [String]
  public var scenarioPattern: ScenarioIDPattern
  /// Info-string languages of the blocks that are run (compared case-insensitively). Blocks in
  /// other languages are ignored.
  public var shellLanguages: Set<String>

  public init(
    setupSections: [String] = ["Common environment", "Auth-enabled runtime environment"],
    scenarioPattern: ScenarioIDPattern = ScenarioIDPattern(),
    shellLanguages: Set<String> = ["bash", "sh", "shell"]
  ) {
    self.setupSections = setupSections
    self.scenarioPattern = scenarioPattern
    self.shellLanguages = shellLanguages
  }
}
