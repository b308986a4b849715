/// The JSON Schemas of the YAML files, written beside them so editors validate as you type.
public enum SpecSchema {
  public struct File: Sendable {
    public var name: String
    public var contents: String
  }

  public static let scenarioFile = "scenario.schema.json"
  public static let documentFile = "document.schema.json"
  public static let sourceMapFile = "lines.schema.json"
  /// Step definitions both scenario and document schemas refer to.
  public static let stepsFile = "steps.schema.json"

  public static var all: [File] {
    [
      File(name: documentFile, contents: documentSchema),
      File(name: sourceMapFile, contents: sourceMapSchema),
      File(name: scenarioFile, contents: scenarioSchema),
      File(name: stepsFile, contents: stepsSchema),
    ]
  }
}
