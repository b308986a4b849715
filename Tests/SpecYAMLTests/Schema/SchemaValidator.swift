import Foundation
import OracleSupport
import SpecModel
import Testing

@testable import SpecYAML

/// Runs `tools/validate-specs.py` on files written to a temporary directory with the schemas.
enum SchemaValidator {
  static let packageRoot = Corpus.packageRoot

  static let script = packageRoot.appendingPathComponent("tools/validate-specs.py")

  /// Why the validator cannot run here, or nil when it can.
  static let unavailableReason: String? = {
    guard FileManager.default.fileExists(atPath: script.path) else {
      return "\(script.path) is missing"
    }
    guard let result = try? python(["-c", "import yaml, jsonschema"]) else {
      return "python3 cannot be started"
    }
    if result.status == 127 {
      return "python3 is not on PATH"
    }
    if result.status != 0 {
      let error = result.output.split(separator: "\n").last.map(String.init) ?? ""
      return "python3 lacks PyYAML or jsonschema (tools/setup installs them): \(error)"
    }
    return nil
  }()

  static var skipComment: Comment {
    Comment(rawValue: "schema validation skipped: \(unavailableReason ?? "")")
  }

  /// Writes `files` (plus the schema files) to a temporary specs directory and validates it.
  static func run(on files: [SpecFile]) throws -> (status: Int32, output: String) {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("spec-schema-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    var all = files
    for schema in try SpecSchema.all
    where !files.contains(where: { $0.path.hasSuffix(schema.name) }) {
      all.append(
        SpecFile(path: "\(SpecYAML.schemaDirectory)/\(schema.name)", contents: schema.contents))
    }
    for file in all {
      let url = directory.appendingPathComponent(file.path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.contents.utf8).write(to: url)
    }
    return try python([script.path, directory.path])
  }

  static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
    try ProcessOracle.combined(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
  }
}
