import Foundation
import SpecYAML

/// YAML → Swift Testing: reads one document's YAML files (decoded with `SpecYAML.decode`) and
/// renders its suite under `<generated>/<Suite>/`:
///
/// - `<Suite>.swift`: the top suite (serialized), a nested suite per section, the shared runner
///   and `document.yaml`;
/// - `<Suite>+Lines.swift`: `lines.yaml`;
/// - `<Suite>+S61.swift` per scenario: its `@Test` and its YAML.
///
/// File names carry the suite name because a Swift module cannot hold two files of the same
/// name: two documents in one test target would both have an `S01`.
public enum SwiftSuiteGenerator {
  public struct Suite: Equatable, Sendable {
    /// The top suite type, also its directory under the generated root.
    public var name: String
    /// Paths relative to the generated root, suite file first, then the source map, then the
    /// scenarios in document order.
    public var files: [SpecFile]
  }

  /// From the YAML files of one document (`SpecYAML.files`, or read from a specs directory).
  public static func render(yaml files: [SpecFile], locations: RenderLocations) throws -> Suite {
    let yaml = try SuiteYAML(files: files)
    let layout = SuiteLayout(yaml, locations: locations)
    var out = [
      SpecFile(
        path: layout.suiteFile, contents: try SuiteFileRenderer.render(yaml, layout: layout)),
      SpecFile(
        path: layout.sourceMapFile, contents: try SourceMapFileRenderer.render(yaml, layout: layout)
      ),
    ]
    for scenario in yaml.scenarios {
      out.append(
        SpecFile(
          path: layout.scenarioFile(scenario.value.id),
          contents: try ScenarioFileRenderer.render(scenario, layout: layout)))
    }
    return Suite(name: layout.suiteType, files: out)
  }

  /// From the YAML in `locations.specsDirectory`.
  public static func render(locations: RenderLocations) throws -> Suite {
    try render(yaml: try readYAML(in: locations.specsDirectory), locations: locations)
  }

  /// The `.yaml` files directly in `directory` (schemas are not needed).
  public static func readYAML(in directory: URL) throws -> [SpecFile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    return try names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
      let data = try Data(contentsOf: directory.appendingPathComponent(name))
      return SpecFile(path: name, contents: String(decoding: data, as: UTF8.self))
    }
  }
}
