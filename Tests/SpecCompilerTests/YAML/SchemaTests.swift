import Foundation
import SpecModel
import Testing

@testable import SpecCompiler
@testable import SpecYAML

/// The JSON Schemas written beside the YAML: well-formed, and in agreement with what the encoder
/// writes (checked by `tools/validate-specs.py` when python3 has PyYAML and jsonschema).
@Suite struct SchemaTests {
  @Test(arguments: SpecSchema.all.map(\.name))
  func schemaIsJSONWithSchemaAndTitle(_ name: String) throws {
    let file = try #require(SpecSchema.all.first { $0.name == name })
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
      SpecSchema.all.map(\.name).sorted()
        == [
          SpecSchema.documentFile, SpecSchema.scenarioFile, SpecSchema.sourceMapFile,
          SpecSchema.stepsFile,
        ]
        .sorted())
    let names = Set(SpecSchema.all.map(\.name))
    for file in SpecSchema.all {
      for match in file.contents.matches(of: /"\$ref": "([^"#]*)#/) where !match.1.isEmpty {
        #expect(names.contains(String(match.1)), "\(file.name) refers to missing \(match.1)")
      }
    }
  }

  /// The sample covers every case of the enums the schemas describe (checked here, so a new case
  /// fails this test until the sample and the schemas have it).
  @Test func sampleCoversEveryCase() {
    var seen = SchemaCoverage()
    for scenario in SchemaSample.compiled.scenarios { seen.visit(scenario.steps) }
    for environment in SchemaSample.compiled.document.environments { seen.visit(environment.steps) }
    #expect(seen.actions == Set(SchemaCoverage.actionNames))
    #expect(seen.sources == Set(SchemaCoverage.sourceNames))
    #expect(seen.filters == Set(SchemaCoverage.filterNames))
    #expect(seen.sinks == Set(SchemaCoverage.sinkNames))
    #expect(seen.bodies == Set(SchemaCoverage.bodyNames))
    #expect(seen.conditions == Set(SchemaCoverage.conditionNames))
    #expect(seen.loopItems == Set(SchemaCoverage.loopItemNames))
  }

  @Test func sampleDecodesToTheSameIR() throws {
    let files = try SpecYAML.files(for: SchemaSample.compiled)
    let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    for scenario in SchemaSample.compiled.scenarios {
      let text = try #require(byPath[SpecYAML.scenarioFileName(scenario.id)])
      #expect(try SpecYAML.decode(Scenario.self, from: text) == scenario)
    }
    let document = try #require(byPath[SpecYAML.documentFileName])
    #expect(
      try SpecYAML.decode(SpecDocument.self, from: document) == SchemaSample.compiled.document)
    let lines = try #require(byPath[SpecYAML.sourceMapFileName])
    #expect(try SpecYAML.decode(SourceMap.self, from: lines) == SchemaSample.compiled.sourceMap)
  }

  @Test(.enabled(if: SchemaValidator.unavailableReason == nil, SchemaValidator.skipComment))
  func encodedSampleValidates() throws {
    let files = try SpecYAML.files(for: SchemaSample.compiled)
    let result = try SchemaValidator.run(on: files)
    #expect(result.status == 0, "\(result.output)")
    let yamlCount = files.filter { $0.path.hasSuffix(".yaml") }.count
    #expect(result.output.contains("validated \(yamlCount) files"), "\(result.output)")
  }

  @Test(
    .enabled(if: SchemaValidator.unavailableReason == nil, SchemaValidator.skipComment),
    arguments: InvalidSpec.cases)
  func invalidYAMLFailsValidation(_ invalid: InvalidSpec) throws {
    let text = """
      # yaml-language-server: $schema=\(SpecYAML.schemaDirectory)/\(SpecSchema.scenarioFile)
      id: S1
      title: Invalid

      """ + invalid.yaml
    let result = try SchemaValidator.run(on: [SpecFile(path: "S1.yaml", contents: text)])
    #expect(result.status == 1, "\(result.output)")
    #expect(result.output.contains("S1.yaml: "), "\(result.output)")
    #expect(result.output.contains(invalid.mentions), "\(result.output)")
  }
}

/// A YAML scenario body that the schema must reject, and a word the error should mention.
struct InvalidSpec: Sendable, CustomTestStringConvertible {
  var name: String
  var yaml: String
  var mentions: String
  var testDescription: String { name }

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
}

/// Runs `tools/validate-specs.py` on files written to a temporary directory with the schemas.
enum SchemaValidator {
  static let packageRoot: URL = {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      if FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("Package.swift").path)
      {
        return directory
      }
      directory = directory.deletingLastPathComponent()
    }
    return directory
  }()

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
    for schema in SpecSchema.all where !files.contains(where: { $0.path.hasSuffix(schema.name) }) {
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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// The names of the enum cases met in a tree of steps. Each switch is exhaustive, so a new case
/// does not compile until it is named here (and then `sampleCoversEveryCase` asks for a sample).
struct SchemaCoverage {
  var actions: Set<String> = []
  var sources: Set<String> = []
  var filters: Set<String> = []
  var sinks: Set<String> = []
  var bodies: Set<String> = []
  var conditions: Set<String> = []
  var loopItems: Set<String> = []

  static let actionNames = [
    "pipeline", "assign", "unset", "sleep", "makeDirectory", "remove", "changeMode", "umask",
    "touch", "makeTemporary", "test", "exit", "loadEnvironmentFile", "setOptions", "and", "or",
    "list", "not", "group", "subshell", "ifElse", "forEach", "whileLoop", "caseOf", "breakLoop",
    "continueLoop", "returnFromFunction", "function", "call", "onExit", "background", "timeout",
    "wait",
    "kill", "status", "changeDirectory", "read", "mapfile", "redirected", "assignArray",
    "assignElement",
    "unsetElement", "shift", "setPositional", "arithmetic", "arithmeticFor", "commandLookup",
    "signal", "waitJobs", "onError", "onSignal", "printTraps",
  ]
  static let sourceNames = [
    "request", "text", "file", "printf", "empty", "stdin", "shell", "echo", "curl", "date",
    "sequence", "pathPart", "random", "realpath", "printenv",
  ]
  static let filterNames = [
    "jq", "lines", "bytes", "grep", "substitute", "select", "count", "translate", "tee",
    "base64", "sort", "uniq", "cut", "sed", "awk", "head", "tail", "shell", "wordCount",
    "checksum", "cat", "od", "xxd", "xargs",
  ]
  static let sinkNames = ["stdout", "stderr", "capture", "file", "discard"]
  static let bodyNames = ["data", "json", "file", "urlencoded", "multipart"]
  static let conditionNames = ["unary", "binary", "nonEmpty", "not", "and", "or"]
  static let loopItemNames = ["word", "split", "sequence", "glob"]

  mutating func visit(_ steps: [Step]) {
    for step in steps { visit(step) }
  }

  mutating func visit(_ step: Step) {
    actions.insert(Self.name(step.action))
    switch step.action {
    case .pipeline(let pipeline):
      visit(pipeline.source)
      for filter in pipeline.filters {
        filters.insert(Self.name(filter))
        if case .shell(let steps) = filter { visit(steps) }
      }
      sinks.insert(Self.name(pipeline.sink))
    case .redirected(let redirected):
      if let input = redirected.input { visit(input) }
      visit(redirected.body)
      if let output = redirected.output { sinks.insert(Self.name(output)) }
    case .assign(let assignment):
      if let substitution = assignment.substitution { visit(substitution) }
    case .test(let condition): visit(condition)
    case .and(let steps), .or(let steps), .group(let steps), .subshell(let steps),
      .onExit(let steps):
      visit(steps)
    case .list(let list): visit([list.first] + list.rest.map(\.step))
    case .not(let inner), .background(let inner, _), .timeout(_, let inner, _): visit(inner)
    case .ifElse(let step):
      for branch in step.branches {
        visit(branch.condition)
        visit(branch.then)
      }
      visit(step.otherwise ?? [])
    case .forEach(let step):
      for item in step.items { loopItems.insert(Self.name(item)) }
      visit(step.body)
    case .whileLoop(let step):
      visit(step.condition)
      visit(step.body)
    case .caseOf(let step): for arm in step.arms { visit(arm.body) }
    case .function(let definition): visit(definition.body)
    case .call(let call): if let sink = call.sink { sinks.insert(Self.name(sink)) }
    default: break
    }
  }

  mutating func visit(_ source: Source) {
    sources.insert(Self.name(source))
    if case .shell(let steps) = source { visit(steps) }
    if case .request(let request) = source, let body = request.body {
      bodies.insert(Self.name(body))
    }
  }

  mutating func visit(_ condition: Condition) {
    conditions.insert(Self.name(condition))
    switch condition {
    case .not(let inner): visit(inner)
    case .and(let operands), .or(let operands):
      for operand in operands { visit(operand) }
    default: break
    }
  }

  static func name(_ action: Action) -> String {
    switch action {
    case .pipeline: "pipeline"
    case .assign: "assign"
    case .unset: "unset"
    case .sleep: "sleep"
    case .makeDirectory: "makeDirectory"
    case .remove: "remove"
    case .changeMode: "changeMode"
    case .umask: "umask"
    case .touch: "touch"
    case .makeTemporary: "makeTemporary"
    case .test: "test"
    case .exit: "exit"
    case .loadEnvironmentFile: "loadEnvironmentFile"
    case .setOptions: "setOptions"
    case .and: "and"
    case .or: "or"
    case .list: "list"
    case .not: "not"
    case .group: "group"
    case .subshell: "subshell"
    case .ifElse: "ifElse"
    case .forEach: "forEach"
    case .whileLoop: "whileLoop"
    case .caseOf: "caseOf"
    case .breakLoop: "breakLoop"
    case .continueLoop: "continueLoop"
    case .returnFromFunction: "returnFromFunction"
    case .function: "function"
    case .call: "call"
    case .onExit: "onExit"
    case .onError: "onError"
    case .onSignal: "onSignal"
    case .printTraps: "printTraps"
    case .background: "background"
    case .timeout: "timeout"
    case .wait: "wait"
    case .kill: "kill"
    case .status: "status"
    case .changeDirectory: "changeDirectory"
    case .read: "read"
    case .mapfile: "mapfile"
    case .redirected: "redirected"
    case .assignArray: "assignArray"
    case .assignElement: "assignElement"
    case .unsetElement: "unsetElement"
    case .shift: "shift"
    case .setPositional: "setPositional"
    case .arithmetic: "arithmetic"
    case .arithmeticFor: "arithmeticFor"
    case .commandLookup: "commandLookup"
    case .signal: "signal"
    case .waitJobs: "waitJobs"
    }
  }

  static func name(_ source: Source) -> String {
    switch source {
    case .request: "request"
    case .text: "text"
    case .file: "file"
    case .printf: "printf"
    case .empty: "empty"
    case .stdin: "stdin"
    case .shell: "shell"
    case .echo: "echo"
    case .curl: "curl"
    case .date: "date"
    case .sequence: "sequence"
    case .pathPart: "pathPart"
    case .random: "random"
    case .realpath: "realpath"
    case .printenv: "printenv"
    }
  }

  static func name(_ filter: Filter) -> String {
    switch filter {
    case .jq: "jq"
    case .lines: "lines"
    case .bytes: "bytes"
    case .grep: "grep"
    case .substitute: "substitute"
    case .select: "select"
    case .count: "count"
    case .wordCount: "wordCount"
    case .checksum: "checksum"
    case .cat: "cat"
    case .translate: "translate"
    case .tee: "tee"
    case .base64: "base64"
    case .sort: "sort"
    case .uniq: "uniq"
    case .cut: "cut"
    case .sed: "sed"
    case .awk: "awk"
    case .head: "head"
    case .tail: "tail"
    case .shell: "shell"
    case .od: "od"
    case .xxd: "xxd"
    case .xargs: "xargs"
    }
  }

  static func name(_ sink: Sink) -> String {
    switch sink {
    case .stdout: "stdout"
    case .stderr: "stderr"
    case .capture: "capture"
    case .file: "file"
    case .discard: "discard"
    }
  }

  static func name(_ body: Body) -> String {
    switch body {
    case .data(_, let json): json ? "json" : "data"
    case .file: "file"
    case .urlencoded: "urlencoded"
    case .multipart: "multipart"
    }
  }

  static func name(_ condition: Condition) -> String {
    switch condition {
    case .unary: "unary"
    case .binary: "binary"
    case .nonEmpty: "nonEmpty"
    case .not: "not"
    case .and: "and"
    case .or: "or"
    }
  }

  static func name(_ item: LoopItem) -> String {
    switch item {
    case .word: "word"
    case .split: "split"
    case .sequence: "sequence"
    case .glob: "glob"
    }
  }
}

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

  static let unaryTests: [UnaryTest] = [
    .exists, .regularFile, .directory, .readable, .writable, .executable, .nonEmptyFile,
    .emptyString, .nonEmptyString, .symbolicLink,
  ]
  static let binaryTests: [BinaryTest] = [
    .stringEqual, .stringNotEqual, .stringLess, .stringGreater, .globMatch, .regexMatch, .equal,
    .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .newerThan, .olderThan,
  ]

  /// Every unary and binary test, joined with `and`, `or` and `not`.
  static var everyCondition: Condition {
    var conditions = unaryTests.map { Condition.unary($0, "/tmp/file") }
    conditions += binaryTests.map { Condition.binary($0, Template([.variable("LEFT")]), "right") }
    conditions.append(.not(.nonEmpty(Template([.variable("EMPTY")]))))
    // Runs of three joined by `and` (flat lists), the runs joined by `or`.
    let runs = stride(from: 0, to: conditions.count, by: 3).map {
      Condition.all(Array(conditions[$0..<min($0 + 3, conditions.count)]))
    }
    return .or(runs)
  }

  static var fullRequest: Request {
    var options = CurlOptions()
    options.silent = true
    options.showError = true
    options.failOnHTTPError = true
    options.failWithBody = true
    options.includeHeaders = true
    options.dumpHeaders = "-"
    options.output = "/tmp/body.json"
    options.writeOut = "%{http_code}\n"
    options.noBuffer = true
    options.followRedirects = true
    options.dataAsQuery = true
    options.headOnly = true
    options.insecure = true
    options.compressed = true
    options.http11 = true
    options.maxTime = .literal(2.5)
    options.connectTimeout = .template(Template([.variable("CONNECT_TIMEOUT")]))
    options.user = Template([.literal("admin:"), .variable("PASSWORD")])
    options.userAgent = "qa/1.0"
    options.cookie = "session=1"
    options.retry = 2
    return Request(
      method: "PUT", explicitMethod: true, url: baseURL,
      headers: ["Content-Type: application/json", Template([.variable("ADMIN_AUTH_HEADER")])],
      body: .data(#"{"name": "a"}"#, json: true), options: options)
  }

  static var fullJQ: JQInvocation {
    var jq = JQInvocation(program: #".items[] | select(.id == $id) | .size + $extra"#)
    jq.rawOutput = true
    jq.joinOutput = true
    jq.exitStatus = true
    jq.slurp = true
    jq.rawInput = true
    jq.nullInput = true
    jq.compact = true
    jq.sortKeys = true
    jq.tab = true
    jq.indent = 4
    jq.asciiOutput = true
    jq.colorOutput = true
    jq.seq = true
    jq.stream = true
    jq.programFile = Template([.variable("PROGRAM")])
    jq.arguments = [
      JQArgument(name: "id", value: Template([.variable("FILE_ID")])),
      JQArgument(name: "extra", value: "1", json: true),
      JQArgument(name: "notes", value: "notes.txt", file: true),
      JQArgument(name: "rows", value: Template([.variable("ROWS")]), json: true, file: true),
    ]
    jq.inputFiles = ["/tmp/a.json", Template([.variable("OUT")])]
    jq.positional = [JQPositional("a"), JQPositional(Template([.variable("N")]), json: true)]
    return jq
  }

  static var fullGrep: GrepInvocation {
    var grep = GrepInvocation(pattern: "^HTTP/[0-9.]+ 200")
    grep.syntax = .extended
    grep.ignoreCase = true
    grep.invert = true
    grep.quiet = true
    grep.count = true
    grep.onlyMatching = true
    grep.wholeLine = true
    grep.wholeWord = true
    grep.maxCount = 1
    grep.withFilename = false
    grep.noMessages = true
    grep.files = ["a.log", Template([.variable("LOG")]), "-"]
    return grep
  }

  static let everyFilter: [Filter] = [
    .jq(fullJQ),
    .jq(JQInvocation(program: ".")),
    .lines(LineRange(from: 2, to: 5)),
    .lines(LineRange(from: 2, to: 5, readsToEnd: true)),
    .lines(LineRange(last: 3)),
    .lines(LineRange()),
    .bytes(ByteRange(count: 16)),
    .bytes(ByteRange(skip: 8, count: 4)),
    .bytes(ByteRange(skip: 1, count: 2, inputFile: Template([.variable("AUDIO")]))),
    .grep(fullGrep),
    .grep(GrepInvocation(pattern: Template([.variable("NEEDLE")]))),
    .substitute(
      SedSubstitution(
        pattern: #"^\(.*\)$"#, replacement: #"[\1]"#, global: true, occurrence: 2,
        extended: true, ignoreCase: true, quiet: true, print: true)),
    .substitute(SedSubstitution(pattern: "a", replacement: "b")),
    .select(SedSelection(pattern: "^a/b", extended: true, ignoreCase: true, invert: true)),
    .select(SedSelection(pattern: "x")),
    .count(.bytes), .count(.lines), .count(.words), .count(.characters), .count(.maxLineLength),
    .wordCount(WordCountInvocation(counts: [.lines, .words, .bytes])),
    .wordCount(WordCountInvocation(counts: [.lines], files: ["a.txt", "-"])),
    .wordCount(WordCountInvocation(counts: [.lines, .bytes], standardInputFile: "in.txt")),
    .checksum(ChecksumInvocation(algorithm: .sha256)),
    .checksum(
      ChecksumInvocation(
        algorithm: .md5, files: ["a.txt", "-"], binary: true, tag: true, zero: true)),
    .cat(CatInvocation(numbering: .all, squeezeBlank: true)),
    .cat(
      CatInvocation(
        files: ["a.txt", "-"], numbering: .nonBlank, showNonprinting: true, showEnds: true,
        showTabs: true)),
    .translate(Translation(set1: "a-z", set2: "A-Z", squeeze: true)),
    .translate(Translation(set1: "\\n")),
    .tee(files: ["/tmp/copy"], append: true),
    .tee(files: ["/tmp/a", "b.txt"], append: false),
    .tee(files: [], append: false),
    .od(OdInvocation()),
    .od(
      OdInvocation(
        files: ["a.bin", "-"], addressRadix: .none,
        formats: [.init(.hex, size: 1), .init(.character), .init(.named), .init(.signed, size: 8)],
        width: 8, skip: 2, limit: 16, verbose: true)),
    .xxd(XxdInvocation()),
    .xxd(
      XxdInvocation(
        mode: .include, columns: 8, groupSize: 4, length: 10, seek: 1, uppercase: true,
        capitalize: true, file: "a.bin")),
    .xxd(XxdInvocation(mode: .reversePlain)),
    .xargs(
      XargsInvocation(
        command: ["echo", Template([.variable("@")])],
        run: [Step(line: 1, .pipeline(Pipeline(source: .text("x\n"))))], delimiter: 0,
        maxArgs: 2, noRunIfEmpty: true, trace: true)),
    .xargs(
      XargsInvocation(
        command: ["f", Template([.variable("1")])], run: nil, maxLines: 1, replace: "{}")),
    .base64(decode: true),
    .base64(decode: false),
    .base64(decode: false, wrap: 0),
    .base64(decode: true, file: Template([.variable("F")])),
    .sort(SortInvocation()),
    .sort(
      SortInvocation(
        keys: [SortKey(from: 2, to: 3, numeric: true, reverse: true), SortKey(from: 1)],
        numeric: true, reverse: true, unique: true, separator: ",")),
    .sort(
      SortInvocation(
        keys: [SortKey(from: 1, foldCase: true, skipBlanks: true)], foldCase: true,
        skipBlanks: true, stable: true)),
    .sort(
      SortInvocation(
        keys: [SortKey(from: 2, ordering: .version)], ordering: .human, check: .quiet,
        output: "sorted.txt")),
    .sort(SortInvocation(ordering: .general, check: .diagnose)),
    .sort(SortInvocation(unique: true, files: ["a.txt", "-"])),
    .uniq(UniqInvocation()),
    .uniq(UniqInvocation(count: true, repeated: true, unique: true)),
    .uniq(UniqInvocation(ignoreCase: true, skipFields: 1, skipChars: 2, checkChars: 3)),
    .uniq(UniqInvocation(count: true, file: Template([.variable("F")]))),
    .cut(
      CutInvocation(
        unit: .fields,
        ranges: [CutRange(from: 1, to: 1), CutRange(from: 3, to: 4), CutRange(from: 6, to: nil)],
        delimiter: ",", onlyDelimited: true)),
    .cut(CutInvocation(unit: .bytes, ranges: [CutRange(from: 1, to: 8)])),
    .cut(
      CutInvocation(
        unit: .fields, ranges: [CutRange(from: 2, to: 2)], complement: true,
        outputDelimiter: " | ")),
    .cut(CutInvocation(unit: .bytes, ranges: [CutRange(from: 2, to: 3)], complement: true)),
    .cut(CutInvocation(unit: .bytes, ranges: [CutRange(from: 1, to: 1)], files: ["a", "b"])),
    .sed(SedInvocation(scripts: [.expression(":a;N;$!ba;s/\\n/ /g")])),
    .sed(SedInvocation(scripts: [.expression("1,20p")], quiet: true, files: ["headers.txt"])),
    .sed(
      SedInvocation(
        scripts: [.expression("1d"), .file(Template([.variable("SCRIPT")]))], quiet: true,
        extended: true, separate: true, nullData: true, lineWrap: 0,
        files: ["a.txt", Template([.variable("F")])])),
    .awk(AwkCall(program: "{ print $1 }")),
    .awk(
      AwkCall(
        program: "$1 == id { print $2 }", fieldSeparator: ",",
        assignments: [AwkAssignmentWord(name: "id", value: Template([.variable("ID")]))],
        operands: ["rows.csv", "n=1", "-"])),
    .head(HeadTailCount(unit: .lines, count: Template([.variable("N")]))),
    .tail(HeadTailCount(unit: .bytes, count: "+3")),
    .head(HeadTailCount(unit: .lines, count: "1", files: [Template([.variable("F")]), "b.txt"])),
    .tail(HeadTailCount(unit: .lines, count: "+2", files: ["a.txt"])),
  ]

  static func line(_ n: Int, _ action: Action) -> Step { Step(line: n, action) }

  static var scenario: Scenario {
    let pid = Template([.variable("PID")])
    let steps: [Step] = [
      line(
        1,
        .pipeline(
          Pipeline(
            source: .request(fullRequest), filters: everyFilter, sink: .capture("RESULT"),
            errors: .discard))),
      line(2, .pipeline(Pipeline(source: .request(Request(method: "GET", url: baseURL))))),
      line(
        3,
        .pipeline(
          Pipeline(
            source: .request(
              Request(method: "POST", url: baseURL, body: .data("a=1&b=2", json: false)))))),
      line(
        4,
        .pipeline(
          Pipeline(
            source: .request(
              Request(
                method: "POST", url: baseURL, body: .file("/tmp/in.json", stripNewlines: true)))))),
      line(
        5,
        .pipeline(
          Pipeline(
            source: .request(
              Request(
                method: "POST", url: baseURL, body: .file("/tmp/in.bin", stripNewlines: false)))))),
      line(
        6,
        .pipeline(
          Pipeline(
            source: .request(
              Request(
                method: "POST", url: baseURL,
                body: .urlencoded([
                  FormField(name: "q", value: "a b"), FormField(value: "raw"),
                  FormField(name: "f", file: "/tmp/f"),
                  FormField(file: "/tmp/g"),
                ]))), sink: .stderr))),
      line(
        7,
        .pipeline(
          Pipeline(
            source: .request(
              Request(
                method: "POST", url: baseURL,
                body: .multipart([
                  MultipartPart(name: "meta", value: "{}"),
                  MultipartPart(
                    name: "upload", file: "/tmp/a.png", contentType: "image/png", filename: "b.png"),
                  MultipartPart(name: "text", contentFrom: "/tmp/notes.txt"),
                ]))), sink: .discard, errors: .stdout))),
      line(
        72,
        .pipeline(
          Pipeline(source: .file("in.txt"), sink: .discard, errors: .file("err.txt", append: true)))
      ),
      line(
        8,
        .pipeline(
          Pipeline(
            source: .text("hello\nworld\n"), sink: .file("/tmp/out.txt", append: true, mode: 0o600))
        )),
      line(
        9,
        .pipeline(
          Pipeline(
            source: .text(everyTemplatePart), sink: .file("/tmp/new.txt", append: false, mode: nil))
        )),
      line(
        10,
        .pipeline(Pipeline(source: .file("/tmp/out.txt"), filters: [.count(.lines)], sink: .stderr))
      ),
      line(
        11,
        .pipeline(
          Pipeline(source: .empty, filters: [.jq(JQInvocation(program: "now"))], sink: .stdout))),
      line(12, .pipeline(Pipeline(source: .empty, sink: .discard))),
      line(
        12,
        .pipeline(
          Pipeline(
            source: .printf(
              PrintfCall(format: "[%s]\\n", arguments: [Template([.variable("@")]), "x"])),
            sink: .capture("OUT")))),
      line(13, .assign(Assignment(name: "TOKEN", value: "abc"))),
      line(
        13,
        .assignArray(
          ArrayAssignment(
            name: "items",
            elements: ["a b", Template([.literal("x"), .variable("items[@]"), .literal("y")])],
            append: true, local: true))),
      line(13, .assignArray(ArrayAssignment(name: "declared", elements: nil))),
      line(
        13,
        .assignArray(
          ArrayAssignment(
            name: "byKey", elements: nil, associative: true,
            entries: [KeyedElement(key: "a b", value: Template([.variable("k")]))]))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .printf(PrintfCall(format: "%s-%s", arguments: ["x"], variable: "joined")),
            sink: .stdout))),
      line(
        13,
        .assignElement(
          ElementAssignment(
            element: ArrayElement(name: "items", index: "n-1"),
            value: Template([.expansion(.init(name: "items[${i}]", operation: .length))]),
            append: true))),
      line(13, .unsetElement(ArrayElement(name: "items", index: "-1"))),
      line(13, .shift(2)),
      line(
        13,
        .setPositional([
          Template([.expansion(.init(name: "@", operation: .substring(offset: 2, length: nil)))]),
          Template([.expansion(.init(name: "items[@]", operation: .indices))]),
        ])),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .echo(
              EchoCall(arguments: ["x", Template([.variable("items[@]")])], newline: false))))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .curl(
              CurlCall(arguments: [
                "-fsS", Template([.variable("args[@]")]), Template([.variable("@")]),
              ]))))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .date(
              DateInvocation(
                utc: true, date: Template([.literal("@"), .variable("EPOCH")]),
                output: .format("%Y-%m-%dT%H:%M:%SZ")))))),
      line(13, .pipeline(Pipeline(source: .date(DateInvocation())))),
      line(13, .pipeline(Pipeline(source: .date(DateInvocation(output: .iso8601(.seconds)))))),
      line(13, .pipeline(Pipeline(source: .date(DateInvocation(output: .rfc3339(.ns)))))),
      line(13, .pipeline(Pipeline(source: .date(DateInvocation(output: .rfcEmail))))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .sequence(
              SeqInvocation(
                first: "0", increment: "0.5", last: Template([.variable("N")]), separator: ",",
                equalWidth: true, format: "%.2f"))))),
      line(13, .pipeline(Pipeline(source: .sequence(SeqInvocation(last: "3"))))),
      line(13, .pipeline(Pipeline(source: .random(RandomCall(kind: .uuid))))),
      line(13, .pipeline(Pipeline(source: .realpath(RealpathCall(names: ["a/../b"]))))),
      line(13, .pipeline(Pipeline(source: .printenv(PrintenvCall(names: ["HOME", "PATH"]))))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .realpath(
              RealpathCall(
                names: [Template([.variable("F")])], existence: .none, noSymlinks: true,
                quiet: true, zero: true))))),
      line(13, .pipeline(Pipeline(source: .random(RandomCall(kind: .hex, bytes: "16"))))),
      line(
        13,
        .pipeline(
          Pipeline(source: .random(RandomCall(kind: .base64, bytes: Template([.variable("N")])))))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .pathPart(
              PathPartCall(
                part: .base, names: ["a/b.txt", Template([.variable("F")])], suffix: ".txt",
                zero: true))))),
      line(
        13, .pipeline(Pipeline(source: .pathPart(PathPartCall(part: .directory, names: ["a/b"]))))),
      line(14, .assign(Assignment(name: "EXPORTED", value: nil, exported: true))),
      line(15, .assign(Assignment(name: "_local1", value: "", local: true))),
      line(16, .unset(["TOKEN", "EXPORTED"])),
      line(17, .sleep(0.5)),
      line(18, .sleep(6)),
      line(18, .sleep(.template(Template([.variable("DELAY")])))),
      line(19, .makeDirectory(["/tmp/a", Template([.variable("WORK"), .literal("/b")])])),
      line(20, .remove(Removal(paths: ["/tmp/a"], force: true, recursive: true))),
      line(21, .remove(Removal(paths: ["/tmp/b"]))),
      line(22, .changeMode(mode: 0o600, paths: ["/tmp/out.txt"])),
      line(23, .umask(0o077)),
      line(24, .touch(["/tmp/stamp"])),
      line(
        25,
        .makeTemporary(
          TemporaryFile(variable: "TMP_DIR", directory: true, template: "/tmp/qa.XXXXXX"))),
      line(26, .makeTemporary(TemporaryFile(variable: "TMP_FILE"))),
      line(27, .test(everyCondition)),
      line(28, .exit(ExitStep(message: "upload failed", status: 1))),
      line(29, .exit(ExitStep(status: nil))),
      line(30, .loadEnvironmentFile(".env")),
      line(
        31,
        .setOptions(
          ShellOptions(
            errexit: false, nounset: true, pipefail: false, allexport: true, xtrace: false))),
      line(32, .setOptions(ShellOptions())),
      line(32, .commandLookup(CommandLookup(style: .path, names: ["jq", "${TOOL}"]))),
      line(32, .commandLookup(CommandLookup(style: .kind, names: ["echo"]))),
      line(32, .commandLookup(CommandLookup(style: .describe, names: ["if"]))),
      line(32, .signal(KillStep(signal: 0, pids: ["1", "2"]))),
      line(32, .signal(KillStep(signal: 9, pids: ["1"]))),
      line(32, .signal(KillStep(signal: 15, pids: [], list: ["9"]))),
      line(32, .signal(KillStep(signal: 15, pids: [], error: "kill: FOO: invalid signal"))),
      line(32, .signal(KillStep(signal: 15, pids: [], usage: true))),
      line(
        32, .onSignal(SignalTrap(signals: [2, 15], text: "echo hi", steps: [line(32, .status(0))]))),
      line(32, .onSignal(SignalTrap(signals: [10], text: nil))),
      line(32, .printTraps([])),
      line(32, .waitJobs(WaitStep(pids: ["1", "2"]))),
      line(32, .waitJobs(WaitStep(pids: [], any: true))),
      line(32, .onError([line(32, .status(0))])),
      Step(
        line: 32, .status(0),
        trace: [.words(["echo", Template([.variable("X")]), ""]), .assignment("X")]),
      line(33, .and([line(33, .status(0)), line(33, .status(1))])),
      line(34, .or([line(34, .status(1)), line(34, .changeDirectory("/tmp"))])),
      line(
        34,
        .list(
          AndOrList(
            first: line(34, .status(0)),
            rest: [.init(.and, line(34, .status(1))), .init(.or, line(34, .status(0)))]))),
      line(35, .not(line(35, .test(.nonEmpty(Template([.variable("X")])))))),
      line(36, .group([line(36, .sleep(1))])),
      line(37, .subshell([line(37, .umask(0o22)), line(38, .touch(["x"]))])),
      line(
        39,
        .ifElse(
          IfStep(
            branches: [
              .init(
                condition: [line(39, .test(.unary(.exists, "/tmp/a")))],
                then: [line(40, .status(0))]),
              .init(condition: [line(41, .status(1))], then: []),
            ], otherwise: [line(43, .exit(ExitStep(status: 2)))]))),
      line(
        45,
        .ifElse(
          IfStep(branches: [.init(condition: [line(45, .status(0))], then: [line(46, .status(0))])])
        )),
      line(
        48,
        .forEach(
          ForStep(
            variable: "i",
            items: [
              .word("a b"), .split(Template([.variable("LIST")])), .sequence(first: 1, last: 5),
              .glob("out/\\*-[0-9]*.json"),
            ],
            body: [line(49, .breakLoop(1)), line(50, .continueLoop(2))]))),
      line(
        52,
        .whileLoop(
          WhileStep(
            condition: [line(52, .test(.binary(.less, Template([.variable("N")]), "3")))],
            body: [line(53, .sleep(1))]))),
      line(55, .whileLoop(WhileStep(condition: [line(55, .status(1))], body: [], until: true))),
      line(
        57,
        .caseOf(
          CaseStep(
            subject: Template([.variable("STATUS")]),
            arms: [
              .init(patterns: ["200", "201"], body: [line(58, .status(0))]),
              .init(
                patterns: ["*"], body: [line(59, .exit(ExitStep(message: "bad status", status: 1)))]
              ),
            ]))),
      line(
        61,
        .function(
          FunctionDefinition(
            name: "check_status",
            body: [line(62, .returnFromFunction(nil)), line(63, .returnFromFunction(3))]))),
      line(
        65,
        .call(
          FunctionCall(name: "check_status", arguments: ["200", Template([.variable("CODE")])]))),
      line(
        66,
        .call(
          FunctionCall(name: "helper", sink: .file("/tmp/helper.log", append: false, mode: 0o644)))),
      line(67, .call(FunctionCall(name: "helper", sink: .stderr))),
      line(68, .call(FunctionCall(name: "helper", sink: .capture("HELPER_OUT")))),
      line(
        69,
        .onExit([
          line(
            69,
            .remove(
              Removal(paths: [Template([.variable("TMP_DIR")])], force: true, recursive: true)))
        ])),
      line(70, .background(line(70, .sleep(30)))),
      line(70, .background(line(70, .sleep(30)), job: "sleep 30")),
      line(71, .timeout(seconds: 0.4, line(71, .sleep(30)))),
      line(71, .timeout(seconds: 0.4, line(71, .sleep(30)), expiredStatus: 143)),
      line(71, .wait(pid)),
      line(72, .wait(nil)),
      line(73, .kill(pid)),
      line(74, .status(1)),
      line(75, .changeDirectory(Template([.variable("WORK")]))),
      line(
        76,
        .pipeline(
          Pipeline(
            source: .shell([line(76, .call(FunctionCall(name: "helper")))]),
            filters: [
              .shell([
                line(
                  77,
                  .whileLoop(
                    WhileStep(
                      condition: [line(77, .read(ReadStep(names: ["LINE"], raw: true, ifs: "")))],
                      body: [line(78, .pipeline(Pipeline(source: .stdin)))])))
              ])
            ], sink: .capture("LINES")))),
      line(79, .read(ReadStep(names: ["A", "B"], delimiter: ","))),
      line(79, .read(ReadStep(names: [], raw: true, array: "FIELDS"))),
      line(79, .mapfile(MapfileStep(name: "LINES", trim: true, delimiter: ","))),
      line(
        80,
        .redirected(
          Redirected(
            input: .file("in.txt"), body: [line(80, .read(ReadStep(names: [])))],
            output: .file("out.txt", append: true, mode: nil), errors: .discard))),
      line(81, .redirected(Redirected(input: .text("a\n"), body: [line(81, .status(0))]))),
      line(
        82,
        .assign(
          Assignment(
            name: "Z", value: nil, local: true,
            substitution: line(82, .call(FunctionCall(name: "helper")))))),
      line(76, .arithmetic(ArithmeticCommand([arithmetic("i++")]))),
      line(
        77,
        .arithmetic(ArithmeticCommand([arithmetic("a = 1"), arithmetic("b += a")], isLet: true))),
      line(
        78,
        .arithmeticFor(
          ArithmeticForStep(
            initializer: arithmetic("i = 0"), condition: arithmetic("i < 3"),
            step: arithmetic("i++"),
            body: [line(78, .status(0))]))),
      line(
        79, .arithmeticFor(ArithmeticForStep(initializer: nil, condition: nil, step: nil, body: []))
      ),
    ]
    return Scenario(
      id: "S61", title: "Every construct", section: "Uploads",
      description: "Uses every step, filter, source, sink, body,\ncondition and loop item.\n",
      environments: ["common-environment"],
      needs: [
        Need(scenario: "S1", reason: .declared, detail: "Needs: S1"),
        Need(scenario: "S2", reason: .file, detail: "/tmp/out.txt"),
        Need(scenario: "S3", reason: .resource, detail: "FILE_ID"),
        Need(scenario: "S4", reason: .collection, detail: "files"),
      ],
      after: [
        Ordering(scenario: "S5", reason: .file, detail: "${QA_RUN_DIR}/out.json"),
        Ordering(scenario: "S6", reason: .resource, detail: "${ALIAS}"),
        Ordering(scenario: "S7", reason: .collection, detail: "/v1/files"),
        Ordering(scenario: "S8", reason: .gateway, detail: "reads the gateway's counters"),
      ],
      steps: steps)
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
