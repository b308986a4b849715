import Foundation
import OracleSupport
import ScenarioRuntime
import SpecModel
import Testing

/// Each filter against the real command, over the same input: standard output byte for byte,
/// exit status, and standard error. The real commands of each table run in one batch
/// (`OracleTable`), each still a process of its own.
@Suite struct FilterOracleTests {
  /// Compares `oracleCase` with the real command's outcome from `table`; the filter runs in
  /// `directory` (holding the files the table's invocations had).
  static func check(_ oracleCase: FilterOracleCase, _ table: OracleTable, directory: URL? = nil)
    async throws
  {
    let expected = try await table.outcome(oracleCase.invocation)
    let actual = try FilterRunner.run(
      oracleCase.filter, input: oracleCase.input, expand: expander(),
      workingDirectory: directory?.path ?? FileManager.default.temporaryDirectory.path)
    #expect(
      actual.output == expected.stdout,
      "stdout: \(text(actual.output).debugDescription) ≠ \(text(expected.stdout).debugDescription)"
    )
    #expect(actual.status == expected.status, "status")
    if oracleCase.comparesStderr {
      #expect(
        actual.stderr == expected.stderr,
        "stderr: \(text(actual.stderr).debugDescription) ≠ \(text(expected.stderr).debugDescription)"
      )
    }
  }

  /// The real side of each table, run on first use.
  enum Tables {
    static let grep = table(OracleCases.grep)
    static let sed = table(OracleCases.sed)
    static let lines = table(OracleCases.lines)
    static let bytes = table(OracleCases.bytes)
    static let count = table(OracleCases.count)
    static let translate = table(OracleCases.translate)
    static let base64 = table(OracleCases.base64)
    static let sort = table(OracleCases.sort)
    static let uniq = table(OracleCases.uniq)
    static let cut = table(OracleCases.cut)
    /// Each jq invocation runs in a directory holding `JQOracleCases.files`.
    static let jq = OracleTable(
      JQOracleCases.all.map(\.invocation),
      files: JQOracleCases.files.mapValues { Array($0.utf8) })

    static func table(_ cases: [FilterOracleCase]) -> OracleTable {
      OracleTable(cases.map(\.invocation))
    }
  }

  @Test(.requiresTools("/bin/grep"), arguments: OracleCases.grep)
  func grep(_ oracleCase: FilterOracleCase) async throws {
    try await Self.check(oracleCase, Tables.grep)
  }

  @Test(.requiresTools("/bin/sed"), arguments: OracleCases.sed)
  func sed(_ oracleCase: FilterOracleCase) async throws {
    try await Self.check(oracleCase, Tables.sed)
  }

  @Test(.requiresTools("/bin/sed", "/usr/bin/head", "/usr/bin/tail"), arguments: OracleCases.lines)
  func lines(_ oracleCase: FilterOracleCase) async throws {
    try await Self.check(oracleCase, Tables.lines)
  }

  @Test(.requiresTools("/usr/bin/head", "/usr/bin/dd"), arguments: OracleCases.bytes)
  func bytes(_ oracleCase: FilterOracleCase) async throws {
    try await Self.check(oracleCase, Tables.bytes)
  }

  @Test(.requiresTools("/usr/bin/wc"), arguments: OracleCases.count)
  func count(_ oracleCase: FilterOracleCase) async throws {
    try await Self.check(oracleCase, Tables.count)
  }

  @Test(.requiresTools("/usr/bin/tr"), arguments: OracleCases.translate)
  func translate(_ oracleCase: FilterOracleCase) async throws {
    try await Self.check(oracleCase, Tables.translate)
  }

  @Test(.requiresTools("/usr/bin/base64"), arguments: OracleCases.base64)
  func base64(_ oracleCase: FilterOracleCase) async throws {
    try await Self.check(oracleCase, Tables.base64)
  }

  @Test(.requiresTools("/usr/bin/sort"), arguments: OracleCases.sort)
  func sort(_ oracleCase: FilterOracleCase) async throws {
    try await Self.check(oracleCase, Tables.sort)
  }

  @Test(.requiresTools("/usr/bin/uniq"), arguments: OracleCases.uniq)
  func uniq(_ oracleCase: FilterOracleCase) async throws {
    try await Self.check(oracleCase, Tables.uniq)
  }

  @Test(.requiresTools("/usr/bin/cut"), arguments: OracleCases.cut)
  func cut(_ oracleCase: FilterOracleCase) async throws {
    try await Self.check(oracleCase, Tables.cut)
  }

  @Test(.requiresTools("/usr/bin/jq"), arguments: JQOracleCases.all)
  func jq(_ oracleCase: FilterOracleCase) async throws {
    let directory = try JQOracleCases.makeDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try await Self.check(oracleCase, Tables.jq, directory: directory)
  }

  @Test(
    .requiresTools("/usr/bin/tee"),
    arguments: [
      ("out.txt", false), ("out.txt", true), ("missing/out.txt", false), ("existing.txt", true),
      ("existing.txt", false),
    ])
  func tee(file: String, append: Bool) throws {
    let input = OracleInputs.lines.first { $0.0 == "http-200" }!.1
    var outcomes: [(stdout: [UInt8], stderr: [UInt8], status: Int32, file: Data?)] = []
    for real in [true, false] {
      let directory = try temporaryDirectory()
      defer { try? FileManager.default.removeItem(at: directory) }
      try Data("existing\n".utf8).write(to: directory.appendingPathComponent("existing.txt"))
      let written = directory.appendingPathComponent(file)
      if real {
        let outcome = try ToolOracle.run(
          ["/usr/bin/tee"] + (append ? ["-a"] : []) + [file], input: input, directory: directory)
        outcomes.append(
          (outcome.stdout, outcome.stderr, outcome.status, try? Data(contentsOf: written)))
      } else {
        let result = try FilterRunner.run(
          .tee(files: [Template(literal: file)], append: append), input: input, expand: expander(),
          workingDirectory: directory.path)
        outcomes.append(
          (result.output, result.stderr, result.status, try? Data(contentsOf: written)))
      }
    }
    #expect(outcomes[0].stdout == outcomes[1].stdout)
    #expect(outcomes[0].stderr == outcomes[1].stderr, "\(text(outcomes[1].stderr))")
    #expect(outcomes[0].status == outcomes[1].status)
    #expect(outcomes[0].file == outcomes[1].file)
  }
}

/// jq invocations, some reading files from a directory prepared for each case.
enum JQOracleCases {
  static let files: [String: String] = [
    "a.json": "{\"id\":\"a\",\"n\":1}\n",
    "b.json": "{\"id\":\"b\",\"n\":2}\n{\"id\":\"c\",\"n\":\"x\"}\n",
    "partial.json": "1",
    "rest.json": "2\n",
    "bad.json": "{\"id\":\n",
  ]

  static func makeDirectory() throws -> URL {
    let directory = try temporaryDirectory()
    for (name, content) in files {
      try Data(content.utf8).write(to: directory.appendingPathComponent(name))
    }
    return directory
  }

  static func jq(
    _ options: [String], _ program: String, files: [String] = [],
    arguments: [(String, String, Bool)] = [], inputs: [(String, [UInt8])]? = nil,
    configure: (inout JQInvocation) -> Void = { _ in }
  ) -> [FilterOracleCase] {
    var invocation = JQInvocation(program: program)
    configure(&invocation)
    invocation.arguments = arguments.map {
      SpecModel.JQArgument(name: $0.0, value: Template(literal: $0.1), json: $0.2)
    }
    invocation.inputFiles = files.map { Template(literal: $0) }
    let argumentWords = arguments.flatMap { [$0.2 ? "--argjson" : "--arg", $0.0, $0.1] }
    let command = ["/usr/bin/jq"] + options + argumentWords + [program] + files
    let sources =
      inputs ?? [
        ("json-lines", Array("{\"id\":\"x\",\"n\":1}\n{\"id\":\"y\",\"n\":null}\n".utf8)),
        ("sse-data", Array("{\"type\":\"delta\",\"text\":\"hé\"}".utf8)),
        ("not-json", Array("HTTP/1.1 200 OK\r\n".utf8)),
        ("empty", []),
      ]
    return sources.map {
      FilterOracleCase(filter: .jq(invocation), command: command, input: $0.1, inputName: $0.0)
    }
  }

  /// Options given both in the command and in `configure` would be noise: the flags that
  /// only change the output format are read back from the command.
  private static func withCommandFlags(_ oracleCase: FilterOracleCase) -> FilterOracleCase {
    var oracleCase = oracleCase
    if case .jq(var invocation) = oracleCase.filter {
      if oracleCase.command.contains("-r") { invocation.rawOutput = true }
      if oracleCase.command.contains("-c") { invocation.compact = true }
      if oracleCase.command.contains("-n") { invocation.nullInput = true }
      oracleCase.filter = .jq(invocation)
    }
    return oracleCase
  }

  private static let stdinGroups: [[FilterOracleCase]] = [
    jq([], "."),
    jq(["-r"], ".id"),
    jq(["-c"], "{id, n}"),
    jq(["-e"], ".n") { $0.exitStatus = true },
    jq(["-s", "-c"], "map(.id)") { $0.slurp = true },
    jq(["-R"], ".") { $0.rawInput = true },
    jq(["-j"], ".id") { $0.joinOutput = true },
    jq(["-S"], ".") { $0.sortKeys = true },
    jq(["--tab"], ".") { $0.tab = true },
    jq(["--indent", "1"], ".") { $0.indent = 1 },
    jq(["-r"], "select(.id == $want) | .n", arguments: [("want", "y", false)]),
    jq(["-c"], ". + $extra", arguments: [("extra", "{\"k\":[1]}", true)]),
    jq(["-n"], "$x", arguments: [("x", "not json", true)]),
  ]

  private static let fileInput: [(String, [UInt8])] = [("files", [])]

  private static let fileGroups: [[FilterOracleCase]] = [
    jq([], ".id", files: ["a.json", "b.json"], inputs: fileInput),
    jq(["-c"], ".", files: ["partial.json", "rest.json"], inputs: fileInput),
    jq([], ".n + 1", files: ["a.json", "b.json"], inputs: fileInput),
    jq([], ".", files: ["missing.json", "a.json"], inputs: fileInput),
    jq([], ".", files: ["a.json", "missing.json"], inputs: fileInput),
    jq([], ".", files: ["missing.json", "gone.json"], inputs: fileInput),
    jq([], ".", files: ["a.json", "bad.json"], inputs: fileInput),
    jq(["-s", "-c"], ".", files: ["a.json", "b.json"], inputs: fileInput) { $0.slurp = true },
    jq(["-n"], "1", files: ["missing.json", "a.json"], inputs: fileInput),
    jq(["-n", "-c"], "[inputs]", files: ["missing.json", "a.json"], inputs: fileInput),
  ]

  static let all: [FilterOracleCase] = (stdinGroups + fileGroups).flatMap { $0 }.map(
    withCommandFlags)
}

extension Trait where Self == ConditionTrait {
  /// Runs the oracle only where every one of `paths` is installed; says which is missing.
  static func requiresTools(_ paths: String...) -> Self {
    let missing = paths.filter { !ToolOracle.isAvailable($0) }
    return .enabled(
      if: missing.isEmpty,
      "\(missing.joined(separator: ", ")) missing: this oracle is skipped")
  }
}
