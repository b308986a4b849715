import Foundation

/// The JSON Schemas of the YAML files, written beside them so editors validate as you type.
///
/// Each schema is a resource of this target, `Schema/<name>` (for example
/// `Schema/steps.schema.json`), read from the target's resource bundle the first time it is
/// needed and written byte for byte into every specs directory.
public enum SpecSchema {
  public struct File: Sendable {
    public var name: String
    public var contents: String
  }

  /// A schema file missing from the resource bundle (a binary copied without its
  /// `*_SpecYAML.resources` bundle), or not UTF-8.
  public struct UnreadableResource: Error, CustomStringConvertible, Sendable {
    public var name: String
    public var description: String {
      "cannot read the JSON Schema '\(name)' from the resources of spec-compiler's SpecYAML target"
    }
  }

  public static let scenarioFile = "scenario.schema.json"
  public static let documentFile = "document.schema.json"
  public static let sourceMapFile = "lines.schema.json"
  /// Step definitions both scenario and document schemas refer to.
  public static let stepsFile = "steps.schema.json"

  /// Every schema file, in the order they are written.
  public static let fileNames = [documentFile, sourceMapFile, scenarioFile, stepsFile]

  /// Every schema file with its contents.
  public static var all: [File] {
    get throws { try loaded.get() }
  }

  /// The target's resource bundle, where SwiftPM puts it: beside the running executable or
  /// test bundle (`spec-compiler_SpecYAML.resources`; `…-tool.resources` when SwiftPM built
  /// the executable for a package plugin), or beside the file the executable links to. Nil
  /// when none has it: a binary copied without its bundle then reports `UnreadableResource`,
  /// where SwiftPM's `Bundle.module` would stop the process.
  private static var resources: Bundle? {
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath().deletingLastPathComponent()
    for directory in [Bundle.main.bundleURL, executable] {
      for name in ["spec-compiler_SpecYAML.resources", "spec-compiler_SpecYAML-tool.resources"] {
        if let bundle = Bundle(url: directory.appendingPathComponent(name)) { return bundle }
      }
    }
    return nil
  }

  private static let loaded: Result<[File], UnreadableResource> = {
    var files: [File] = []
    let bundle = resources
    for name in fileNames {
      guard
        let url = bundle?.url(
          forResource: String(name.dropLast(".json".count)), withExtension: "json"),
        let data = try? Data(contentsOf: url),
        let contents = String(data: data, encoding: .utf8)
      else { return .failure(UnreadableResource(name: name)) }
      files.append(File(name: name, contents: contents))
    }
    return .success(files)
  }()
}
