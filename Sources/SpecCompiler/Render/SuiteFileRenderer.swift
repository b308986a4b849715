/// `<Suite>/<Suite>.swift`: the serialized top suite with a nested suite per section (document
/// order), the document's YAML, and the runner every scenario of the process shares. It changes
/// when `document.yaml` does (ids, titles, sections, needs, environments).
enum SuiteFileRenderer {
  static func render(_ yaml: SuiteYAML, layout: SuiteLayout) throws -> String {
    let suite = layout.suiteType
    var sections = ""
    for (section, type) in zip(yaml.document.value.sections, layout.sectionTypes) {
      sections += SwiftLayout.call("@Suite", [SwiftLiteral.string(section.title)], indent: 2)
      sections += "  struct \(type) {}\n"
    }
    // One per line; swift-format drops the trailing comma of a lone element.
    let names = yaml.scenarios.map { SwiftNames.scenarioYAML(id: $0.value.id) }
    let scenarioList =
      names.isEmpty
      ? "[]"
      : "[\n" + names.map { "          \($0)\(names.count > 1 ? "," : "")\n" }.joined()
        + "        ]"
    let documentYAML = try EmbeddedYAML.text(
      yaml.document.text, value: yaml.document.value, file: yaml.document.file)
    return layout.header(yamlFile: yaml.document.file)
      + """

      import Foundation
      import ScenarioRuntime
      import Testing


      """
      + SwiftLayout.call(
        "@Suite",
        [SwiftLiteral.string(yaml.document.value.title), ".serialized", "\(suite)Finish()"],
        indent: 0)
        + """
        struct \(suite) {
        \(sections)}

        extension \(suite) {
          /// Names the run directory (`/tmp/<stem>-<QA_SUFFIX>`).

        """
      + SwiftLayout.assignment(
        "static let documentStem", SwiftLiteral.string(layout.documentStem), indent: 2)
      + "  /// The markdown, relative to this file's directory, and as issues name it.\n"
      + SwiftLayout.assignment(
        "static let markdownFromHere", SwiftLiteral.string(layout.markdownFromSuite), indent: 2)
      + SwiftLayout.assignment(
        "static let markdownFileID", SwiftLiteral.string(layout.markdownFileID), indent: 2)
        + """
          /// The markdown's absolute path, found from this file: issues are reported at its lines.
          static let markdownPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent(markdownFromHere).standardizedFileURL.path

          /// One runner per process: each scenario runs once, after its `needs`.
          static let runner = Result<DocumentRunner, any Error> {
            DocumentRunner(
              try LoadedDocument(
                documentYAML: documentYAML, sourceMapYAML: sourceMapYAML,
                scenarioYAML: \(scenarioList)),
              configuration: RunnerConfiguration(
                documentStem: documentStem, transport: HTTPClientTransport()))
          }

          /// Runs scenario `id` (its needs first), prints what it printed, and records a failure
          /// at the markdown line of the failing step (else of the scenario's heading).
          static func run(_ id: String) async {
            let runner: DocumentRunner
            switch Self.runner {
            case .success(let shared): runner = shared
            case .failure(let error):
              Issue.record(
                Comment(rawValue: "the embedded YAML does not load: \\(error)"),
                sourceLocation: location(line: 1))
              return
            }
            let outcome = await runner.run(id)
            print(String(decoding: outcome.stdout, as: UTF8.self), terminator: "")
            if !outcome.stderr.isEmpty { FileHandle.standardError.write(Data(outcome.stderr)) }
            guard !outcome.passed else { return }
            let heading = await runner.loaded.headingLine(id)
            Issue.record(
              Comment(rawValue: outcome.failureMessage),
              sourceLocation: location(line: outcome.failureLine ?? heading ?? 1))
          }

          static func location(line: Int) -> SourceLocation {
            SourceLocation(
              fileID: markdownFileID, filePath: markdownPath, line: max(1, line), column: 1)
          }

          /// `document.yaml`: environments, sections, ids, titles and needs.

        """
      + EmbeddedYAML.declaration("documentYAML", documentYAML)
        + """
        }

        /// Once the suite has run, removes the run directory (unless kept); the logs stay. (Outside
        /// the suite type: its own attribute cannot name a type nested in it.)
        struct \(suite)Finish: SuiteTrait, TestScoping {
          func provideScope(
            for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
          ) async throws {
            try await function()
            if case .success(let runner) = \(suite).runner {
              await runner.finish()
            }
          }
        }

        """
  }
}
