import Foundation
import SpecModel
import Testing

@testable import SpecYAML

/// A hand-built document that uses every construct of the IR at least once.
enum SchemaSample {
  static let baseURL = Template([
    .variable("BASE_URL"), .literal("/v1/files/"), .variable("FILE_ID"),
  ])

  /// Every template part and parameter expansion, and literal characters that need escaping.
  static let everyTemplatePart = Template([
    .literal("cost: $5 \\ {braces} /slash/ "),
    .variable("NAME"),
    .expansion(.init(name: "A", operation: .useDefault("x}y", nullIsUnset: true))),
    .expansion(.init(name: "B", operation: .useDefault("", nullIsUnset: false))),
    .expansion(.init(name: "C", operation: .assignDefault("d", nullIsUnset: true))),
    .expansion(
      .init(name: "D", operation: .useAlternative(Template([.variable("E")]), nullIsUnset: false))),
    .expansion(.init(name: "F", operation: .errorIfUnset("F is required", nullIsUnset: true))),
    .expansion(.init(name: "G", operation: .length)),
    .expansion(.init(name: "H", operation: .removePrefix("*/", longest: true))),
    .expansion(.init(name: "I", operation: .removeSuffix(".*", longest: false))),
    .expansion(.init(name: "J", operation: .replace(pattern: "a/b", replacement: "c", mode: .all))),
    .expansion(.init(name: "K", operation: .replace(pattern: " ", replacement: "", mode: .prefix))),
    .expansion(.init(name: "L", operation: .substring(offset: 2, length: 3))),
    .expansion(.init(name: "M", operation: .substring(offset: 1, length: nil))),
    .expansion(.init(name: "N", operation: .changeCase(upper: true, all: true))),
    .expansion(.init(name: "O", operation: .changeCase(upper: false, all: false))),
    .expansion(.init(name: "Q", operation: .quote)),
    .literal("-"), .processID, .literal("-"), .lastStatus, .literal("-"), .lastBackgroundJob,
    .literal("-"), .date(format: "%Y-%m-%dT%H:%M:%S"),
    .arithmetic(arithmetic("(N + ${M:-1}) * 2")),
    .expansion(.init(name: "P", operation: .indirect)),
    .expansion(
      .init(
        name: "Q",
        operation: .arithmeticSubstring(offset: arithmetic("n"), length: arithmetic("n + 1"))
      )),
  ])

  static func arithmetic(_ text: String) -> ArithmeticExpression {
    // The sample's expressions are valid; a typo fails every test using the sample.
    (try? ArithmeticParser.parse(text)) ?? ArithmeticExpression(text: "", root: nil)
  }

  static let minimalScenario = Scenario(id: "S62", title: "Nothing to do")

  /// A scenario the compiler could not lower: its errors and no steps.
  static let unsupportedScenario = Scenario(
    id: "S63", title: "Not lowered", environments: ["common-environment"],
    unsupported: [
      LoweringError(line: 0, column: 1, message: "uses Broken environment, whose setup could not"),
      LoweringError(line: 4, column: 3, message: "unsupported command 'coproc'"),
    ])

  static var document: SpecDocument {
    SpecDocument(
      source: "../docs/release-tests.md", title: "Release tests",
      environments: [
        Environment(
          id: "common-environment", title: "Common environment", defines: ["BASE_URL", "WORK"],
          functions: ["check_status"], loads: [".env"],
          steps: [
            line(
              2,
              .assign(Assignment(name: "BASE_URL", value: "http://127.0.0.1:8080", exported: true))),
            line(3, .loadEnvironmentFile(".env")),
            line(
              4,
              .function(
                FunctionDefinition(
                  name: "check_status", body: [line(5, .test(.binary(.equal, "1", "1")))]))),
            line(
              6,
              .pipeline(
                Pipeline(
                  source: .request(Request(method: "GET", url: baseURL)), sink: .capture("HEALTH")))
            ),
          ]),
        Environment(id: "empty-environment", title: "Empty environment"),
        Environment(
          id: "broken-environment", title: "Broken environment", defines: ["ITEMS"],
          functions: ["tail_log"],
          unsupported: [LoweringError(line: 2, column: 7, message: "arrays are not supported")],
          unsupportedFunctions: [
            UnsupportedFunction(
              name: "tail_log", line: 4,
              unsupported: [
                LoweringError(line: 5, column: 3, message: "'exec 3<>' is not supported")
              ])
          ]),
      ],
      sections: [
        Section(
          title: "Uploads",
          scenarios: [
            ScenarioEntry(
              id: "S61", title: "Every construct", file: "S61.yaml",
              needs: ["S1", "S2", "S3", "S4"]),
            ScenarioEntry(id: "S62", title: "Nothing to do", file: "S62.yaml"),
            ScenarioEntry(id: "S63", title: "Not lowered", file: "S63.yaml"),
          ]),
        Section(title: "", scenarios: []),
      ],
      statefulNotes: ["S61 leaves /tmp/out.txt behind."])
  }

  static let sourceMap = SourceMap(
    source: "../docs/release-tests.md",
    headings: [
      .init(id: "common-environment", line: 3), .init(id: "empty-environment", line: 12),
      .init(id: "S61", line: 20),
      .init(id: "S62", line: 120), .init(id: "S63", line: 124),
    ])

  static let compiled = CompiledDocument(
    document: document, scenarios: [scenario, minimalScenario, unsupportedScenario],
    sourceMap: sourceMap)
}
