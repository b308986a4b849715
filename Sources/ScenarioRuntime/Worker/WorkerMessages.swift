import Foundation
import SpecModel

/// What the runner sends a worker process: one JSON object per line on its standard input.
enum WorkerRequest: Codable, Sendable {
  /// The document and configuration, once, first.
  case start(WorkerStart)
  /// Run one scenario (not its needs: the runner has run them) and report its outcome.
  case run(String)
}

/// A compiled document and how to run it, as a worker receives them.
struct WorkerStart: Codable, Sendable {
  var document: SpecDocument
  var scenarios: [Scenario]
  var sourceMap: SourceMap
  var configuration: WorkerConfiguration

  init(_ loaded: CompiledDocument, configuration: RunnerConfiguration) {
    document = loaded.document
    scenarios = loaded.scenarios
    sourceMap = loaded.sourceMap
    self.configuration = WorkerConfiguration(configuration)
  }

  var loaded: CompiledDocument {
    CompiledDocument(document: document, scenarios: scenarios, sourceMap: sourceMap)
  }
}

/// `RunnerConfiguration` without its transport (the worker opens its own connections).
struct WorkerConfiguration: Codable, Sendable {
  var documentStem: String
  var environment: [String: String]
  var overrides: [String: String]
  var qaSuffix: String
  var runDirectory: String
  var outputDirectory: String
  var timeout: Double
  var keepArtifacts: Bool
  var workingDirectory: String
  var setup: String
  var virtualTime: Bool
  var settleURL: String?

  init(_ configuration: RunnerConfiguration) {
    documentStem = ""
    environment = configuration.environment
    overrides = configuration.overrides
    qaSuffix = configuration.qaSuffix
    runDirectory = configuration.runDirectory
    outputDirectory = configuration.outputDirectory
    timeout = configuration.timeout
    keepArtifacts = configuration.keepArtifacts
    workingDirectory = configuration.workingDirectory
    setup = configuration.setup.rawValue
    virtualTime = configuration.virtualTime
    settleURL = configuration.settleURL
  }

  func configuration(transport: any CurlTransport) -> RunnerConfiguration {
    var configuration = RunnerConfiguration(
      documentStem: documentStem, environment: environment, overrides: overrides,
      qaSuffix: qaSuffix, runDirectory: runDirectory, outputDirectory: outputDirectory,
      timeout: timeout, keepArtifacts: keepArtifacts, workingDirectory: workingDirectory,
      setup: RunnerConfiguration.SetupReplay(rawValue: setup) ?? .once, transport: transport)
    configuration.virtualTime = virtualTime
    configuration.settleURL = settleURL
    return configuration
  }
}

/// What a worker sends back, one JSON object per line on its standard output: the running
/// scenario's output and secrets as they come, then its outcome.
enum WorkerEvent: Codable, Sendable {
  case stdout(Data)
  case stderr(Data)
  case secret(String)
  /// A file or directory the scenario created (for the runner's `FileLedger`).
  case created(FileLedger.Entry)
  /// The scenario's outcome. `abandoned`: it timed out and did not stop when cancelled (work
  /// that never reaches a cancellation check); the runner replaces the worker.
  case finished(ScenarioOutcome, abandoned: Bool)
  /// The request could not be served (a `run` before `start`, an unknown scenario).
  case failed(String)
}

/// One JSON value per line: `JSONEncoder` escapes the newlines inside strings.
enum WorkerFraming {
  static func encode<Value: Encodable>(_ value: Value) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return [] }
    return Array(data) + [UInt8(ascii: "\n")]
  }

  static func decode<Value: Decodable>(_ type: Value.Type, line: ArraySlice<UInt8>) -> Value? {
    try? JSONDecoder().decode(type, from: Data(line))
  }

  /// Splits complete lines off the front of `pending`.
  static func lines(_ pending: inout [UInt8]) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    let bytes = pending
    while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
      lines.append(bytes[start..<end])
      start = end + 1
    }
    pending.removeFirst(start)
    return lines
  }
}
