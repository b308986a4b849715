import Foundation
import SpecModel
import Testing

@testable import SpecYAML

/// YAML the schemas must reject, each with the word `tools/validate-specs.py`'s message names.
/// Every case's file is validated in one python run, each in a directory of its own; a case
/// reads the lines that name its file.
@Suite struct InvalidSpecTests {
  static let all = InvalidSpec.cases + InvalidSpec.wrongValues

  /// The run of every case's `S1.yaml`, on first use.
  static let batch = Task {
    try await SchemaValidator.run(onEach: all.map { [$0.file] })
  }

  @Test(
    .enabled(if: SchemaValidator.unavailableReason == nil, SchemaValidator.skipComment),
    arguments: all)
  func invalidYAMLFailsValidation(_ invalid: InvalidSpec) async throws {
    let batch = try await Self.batch.value
    let index = try #require(Self.all.firstIndex { $0.name == invalid.name })
    let lines = batch.lines[index]
    // The run read every file; this one failed (lines name it), with its own messages.
    #expect(batch.validated == Self.all.count, "\(batch.output)")
    #expect(!lines.isEmpty, "\(batch.output)")
    #expect(lines.contains("S1.yaml: "), "\(lines)")
    #expect(lines.contains(invalid.mentions), "\(lines)")
  }

  @Test func caseNamesAreUnique() {
    #expect(Set(Self.all.map(\.name)).count == Self.all.count)
  }
}

/// A YAML scenario body that the schema must reject, and a word the error should mention.
struct InvalidSpec: Sendable, CustomTestStringConvertible {
  var name: String
  var yaml: String
  var mentions: String
  var testDescription: String { name }

  /// The scenario file holding `yaml`.
  var file: SpecFile {
    SpecFile(
      path: "S1.yaml",
      contents: """
        # yaml-language-server: $schema=\(SpecYAML.schemaDirectory)/\(SpecSchema.scenarioFile)
        id: S1
        title: Invalid

        """ + yaml)
  }

  static let cases = [
    InvalidSpec(
      name: "unknown step key",
      yaml: """
        steps:
        - line: 1
          sleeep: 6

        """, mentions: "unknown key 'sleeep'"),
    InvalidSpec(
      name: "step without an action",
      yaml: """
        steps:
        - line: 1
          errors: discard

        """, mentions: "expected one of the keys"),
    InvalidSpec(
      name: "unsupported error without a message",
      yaml: """
        unsupported:
        - line: 4
          column: 3

        """, mentions: "message"),
    InvalidSpec(
      name: "empty unsupported list",
      yaml: """
        unsupported: []

        """, mentions: "unsupported"),
    InvalidSpec(
      name: "two actions in one step",
      yaml: """
        steps:
        - line: 1
          sleep: 1
          status: 0

        """, mentions: "cannot appear together"),
    InvalidSpec(
      name: "two sinks",
      yaml: """
        steps:
        - line: 1
          text: hi
          output: stdout
          capture: GREETING

        """, mentions: "at most one sink"),
    InvalidSpec(
      name: "unknown curl option",
      yaml: """
        steps:
        - line: 1
          request:
            method: GET
            url: ${BASE_URL}/health
            options:
              silnet: true
          output: stdout

        """, mentions: "'silnet' was unexpected"),
    InvalidSpec(
      name: "unknown condition operator",
      yaml: """
        steps:
        - line: 1
          test:
            unary:
              op: -q
              operand: x

        """, mentions: "steps/0/test/unary/op"),
    InvalidSpec(
      name: "unbraced variable in a template",
      yaml: """
        steps:
        - line: 1
          cd: $HOME

        """, mentions: "not a valid template"),
    InvalidSpec(
      name: "hexadecimal umask",
      yaml: """
        steps:
        - line: 1
          umask: '0x1f'

        """, mentions: "not a valid octal mode"),
    InvalidSpec(
      name: "missing line",
      yaml: """
        steps:
        - sleep: 1

        """, mentions: "'line' is a required property"),
  ]

  /// Wrong values where the schemas share a definition (`$defs`): each use must still reject.
  static let wrongValues = [
    InvalidSpec(
      name: "unknown standard error target of a pipeline",
      yaml: """
        steps:
        - line: 1
          text: hi
          errors: stdin

        """, mentions: "steps/0/errors: 'stdin'"),
    InvalidSpec(
      name: "standard error file without a path in a redirected block",
      yaml: """
        steps:
        - line: 1
          redirect:
            do:
            - line: 1
              status: 0
            errors:
              append: true

        """, mentions: "steps/0/redirect/errors"),
    InvalidSpec(
      name: "unknown output stream of a pipeline",
      yaml: """
        steps:
        - line: 1
          text: hi
          output: stdlog

        """, mentions: "steps/0/output: 'stdlog' is not one of"),
    InvalidSpec(
      name: "unknown count unit",
      yaml: """
        steps:
        - line: 1
          text: hi
          filters:
          - count: pages

        """, mentions: "'pages' is not one of"),
    InvalidSpec(
      name: "negative sleep",
      yaml: """
        steps:
        - line: 1
          sleep: -1

        """, mentions: "steps/0/sleep: -1"),
    InvalidSpec(
      name: "one operand of and",
      yaml: """
        steps:
        - line: 1
          test:
            and:
            - non-empty: x

        """, mentions: "steps/0/test/and: "),
    InvalidSpec(
      name: "empty array index",
      yaml: """
        steps:
        - line: 1
          set-element:
            name: items
            index: ''
            value: x

        """, mentions: "steps/0/set-element/index"),
    InvalidSpec(
      name: "need with an unknown reason",
      yaml: """
        needs:
        - scenario: S0
          reason: guessed
          detail: no evidence

        """, mentions: "'guessed' is not one of"),
    InvalidSpec(
      name: "unsupported error at column 0",
      yaml: """
        unsupported:
        - line: 1
          column: 0
          message: x

        """, mentions: "unsupported/0/column"),
  ]
}
