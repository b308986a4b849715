import Foundation
import SpecModel
import Testing

@testable import SpecYAML

/// The JSON Schema files themselves (`Sources/SpecYAML/Schema/*.schema.json`, resources of
/// SpecYAML): well-formed, their references resolve, and what is written beside the YAML is the
/// file in the package, byte for byte.
@Suite struct SchemaFileTests {
  @Test(arguments: SpecSchema.fileNames)
  func schemaIsJSONWithSchemaAndTitle(_ name: String) throws {
    let file = try #require(try SpecSchema.all.first { $0.name == name })
    let object = try JSONSerialization.jsonObject(with: Data(file.contents.utf8))
    let schema = try #require(object as? [String: Any])
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect((schema["title"] as? String)?.isEmpty == false)
    // The shared steps schema only holds definitions; the others describe a file.
    if name == SpecSchema.stepsFile {
      #expect((schema["$defs"] as? [String: Any])?["step"] != nil)
    } else {
      #expect(schema["type"] as? String == "object")
    }
    #expect(file.contents.hasSuffix("}\n"))
  }

  @Test func everyFileHasASchemaAndRefsResolveToSiblings() throws {
    #expect(
      SpecSchema.fileNames.sorted()
        == [
          SpecSchema.documentFile, SpecSchema.scenarioFile, SpecSchema.sourceMapFile,
          SpecSchema.stepsFile,
        ]
        .sorted())
    #expect(try SpecSchema.all.map(\.name) == SpecSchema.fileNames)
    let names = Set(SpecSchema.fileNames)
    for file in try SpecSchema.all {
      for match in file.contents.matches(of: /"\$ref": "([^"#]*)#/) where !match.1.isEmpty {
        #expect(names.contains(String(match.1)), "\(file.name) refers to missing \(match.1)")
      }
    }
  }

  /// Every `$ref` (`#/$defs/sink/properties/output`, `steps.schema.json#/$defs/name`) points at
  /// a schema that exists.
  @Test func everyRefPointsIntoItsFile() throws {
    let schemas = try Dictionary(
      uniqueKeysWithValues: SpecSchema.all.map {
        ($0.name, try JSONSerialization.jsonObject(with: Data($0.contents.utf8)))
      })
    var count = 0
    for file in try SpecSchema.all {
      for match in file.contents.matches(of: /"\$ref": "([^"#]*)#([^"]*)"/) {
        count += 1
        let target = match.1.isEmpty ? file.name : String(match.1)
        let root = try #require(schemas[target], "\(file.name): no file \(target)")
        #expect(
          SchemaTree.resolve(pointer: String(match.2), in: root) != nil,
          "\(file.name): \(match.0) points at nothing")
      }
    }
    #expect(count > 100)
  }

  /// The written schema files are the package's files as they are: no copy drifts.
  @Test func writtenSchemasAreThePackageFiles() throws {
    let written = try SpecYAML.files(for: SchemaSample.compiled).filter {
      $0.path.hasPrefix(SpecYAML.schemaDirectory + "/")
    }
    #expect(written.map(\.path) == SpecSchema.fileNames.map { "schema/\($0)" })
    for file in written {
      let source = SchemaValidator.packageRoot.appendingPathComponent(
        "Sources/SpecYAML/Schema/\(file.path.dropFirst("schema/".count))")
      #expect(try String(contentsOf: source, encoding: .utf8) == file.contents, "\(file.path)")
    }
  }

  /// `tools/format-schemas.py --check`: the files are in the one layout, so that a schema entry
  /// pasted by hand shows in a pull request as its own lines only.
  @Test(.enabled(if: SchemaValidator.unavailableReason == nil, SchemaValidator.skipComment))
  func schemaFilesAreInTheirLayout() throws {
    let script = SchemaValidator.packageRoot.appendingPathComponent("tools/format-schemas.py")
    let result = try SchemaValidator.python([script.path, "--check"])
    #expect(result.status == 0, "\(result.output)")
  }
}
