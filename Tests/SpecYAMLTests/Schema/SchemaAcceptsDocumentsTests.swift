import Foundation
import SpecCompiler
import SpecModel
import Testing

@testable import SpecYAML

/// The schemas accept the YAML of real documents: the project's own `specs/`, the example
/// package's, and the corpus documents (`../shared/corpus`) compiled here. Each directory's YAML
/// is validated against the schemas of this build (not the copies beside it). All directories
/// go through one python run (`SchemaValidator.run(onEach:)`); each test reads its own part.
@Suite(.enabled(if: SchemaValidator.unavailableReason == nil, SchemaValidator.skipComment))
struct SchemaAcceptsDocumentsTests {
  /// The compiled specs directories committed in the package.
  static let specDirectories = [
    "specs/release-e2e-scenarios", "Examples/GatewaySmoke/specs/gateway-smoke",
  ]

  /// The YAML files of a committed specs directory.
  static func committedFiles(_ path: String) throws -> [SpecFile] {
    let directory = SchemaValidator.packageRoot.appendingPathComponent(path)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    return try names.map {
      SpecFile(
        path: $0,
        contents: try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8))
    }
  }

  /// Every set the suite validates: the committed directories, then the corpus documents
  /// compiled (none when the corpus is absent).
  struct Sets: Sendable {
    var committed: [[SpecFile]]
    var corpus: [(name: String, scenarios: Int, files: [SpecFile])]
    var batch: SchemaValidator.Batch
  }

  /// Compiled and validated on first use.
  static let sets = Task { () throws -> Sets in
    let committed = try specDirectories.map(committedFiles)
    var corpus: [(name: String, scenarios: Int, files: [SpecFile])] = []
    if Corpus.isPresent {
      for name in Corpus.files {
        let output = DocumentCompiler.compile(markdown: try Corpus.text(name), file: name)
        guard let compiled = output.compiled else { throw DoesNotCompile(name: name) }
        corpus.append((name, compiled.scenarios.count, try SpecYAML.files(for: compiled)))
      }
    }
    let batch = try await SchemaValidator.run(onEach: committed + corpus.map(\.files))
    return Sets(committed: committed, corpus: corpus, batch: batch)
  }

  struct DoesNotCompile: Error, CustomStringConvertible {
    var name: String
    var description: String { "\(name) does not compile" }
  }

  /// Whether the run read every YAML file of every set.
  static func validatedAll(_ sets: Sets) -> Bool {
    let count = (sets.committed + sets.corpus.map(\.files)).joined()
      .filter { $0.path.hasSuffix(".yaml") }.count
    return sets.batch.validated == count
  }

  @Test(arguments: specDirectories)
  func committedSpecsValidate(_ path: String) async throws {
    let sets = try await Self.sets.value
    let index = try #require(Self.specDirectories.firstIndex(of: path))
    let files = sets.committed[index]
    #expect(files.contains { $0.path == SpecYAML.documentFileName })
    #expect(Self.validatedAll(sets), "\(sets.batch.output)")
    #expect(sets.batch.lines[index].isEmpty, "\(sets.batch.lines[index])")
  }

  @Test(.enabled(if: Corpus.isPresent, Corpus.absence))
  func corpusDocumentsValidate() async throws {
    let sets = try await Self.sets.value
    #expect(sets.corpus.count == Corpus.files.count)
    #expect(Self.validatedAll(sets), "\(sets.batch.output)")
    for (offset, document) in sets.corpus.enumerated() {
      #expect(document.scenarios > 10)
      let lines = sets.batch.lines[sets.committed.count + offset]
      #expect(lines.isEmpty, "\(document.name): \(lines)")
    }
  }
}
