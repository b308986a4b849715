import Foundation
import OracleSupport
import SpecModel
import Testing

@testable import SpecYAML

/// Several specs directories validated by one run of `tools/validate-specs.py`, where each
/// would be a python run of its own: python's start-up and the schemas' check against the
/// metaschema then happen once, not once per directory.
extension SchemaValidator {
  /// What one batch run said: all of it, and each directory's part.
  struct Batch: Sendable {
    var status: Int32
    var output: String
    /// The lines naming a file of each directory (`DIR/S1.yaml: message`), in the order of the
    /// sets given: empty for a directory whose files are all valid.
    var lines: [String]
    /// How many files the run validated (its summary line), nil when it printed none.
    var validated: Int?
    /// How many of them failed.
    var invalid: Int
  }

  /// Writes each set of `files` to a directory of its own (with this build's schemas beside
  /// them, unless the set brings its own) and validates them all in one python run.
  static func run(onEach sets: [[SpecFile]]) async throws -> Batch {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("spec-schema-batch-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    // This build's schemas, once: directories without schemas of their own link to them.
    let shared = root.appendingPathComponent("shared-" + SpecYAML.schemaDirectory)
    try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
    let schemas = try SpecSchema.all
    for schema in schemas {
      try Data(schema.contents.utf8).write(to: shared.appendingPathComponent(schema.name))
    }
    var directories: [String] = []
    for (index, files) in sets.enumerated() {
      let directory = root.appendingPathComponent("\(index)")
      // A set's own schema files (`SpecYAML.files` adds them), when they are this build's, are
      // the shared ones; otherwise they are written, and this build's fill in the others.
      let prefix = SpecYAML.schemaDirectory + "/"
      let own = files.filter { $0.path.hasPrefix(prefix) }
      let shares = own.allSatisfy { file in
        schemas.contains { file.path == prefix + $0.name && file.contents == $0.contents }
      }
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      for file in files where !(shares && file.path.hasPrefix(prefix)) {
        let url = directory.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.contents.utf8).write(to: url)
      }
      if shares {
        try FileManager.default.createSymbolicLink(
          at: directory.appendingPathComponent(SpecYAML.schemaDirectory),
          withDestinationURL: shared)
      } else {
        for schema in schemas where !own.contains(where: { $0.path.hasSuffix(schema.name) }) {
          let url = directory.appendingPathComponent(prefix + schema.name)
          try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
          try Data(schema.contents.utf8).write(to: url)
        }
      }
      directories.append(directory.path)
    }
    let (status, output) = try await ProcessOracle.combined(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path] + directories)
    let all = output.split(separator: "\n", omittingEmptySubsequences: false)
    let lines = directories.map { directory in
      all.filter { $0.hasPrefix(directory + "/") }.joined(separator: "\n")
    }
    let summary = all.last { $0.hasPrefix("validated ") }
      .flatMap { $0.firstMatch(of: /^validated (\d+) files(?:, (\d+) invalid)?$/) }
    return Batch(
      status: status, output: output, lines: lines,
      validated: summary.flatMap { Int($0.1) }, invalid: summary?.2.flatMap { Int($0) } ?? 0)
  }
}
