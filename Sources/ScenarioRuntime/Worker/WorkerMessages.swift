import Foundation
import SpecModel

/// What the runner sends a worker process on its standard input (`WorkerFraming`).
enum WorkerRequest: Sendable {
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

/// What a worker sends back on its standard output (`WorkerFraming`): the running scenario's
/// output and secrets as they come, then its outcome.
enum WorkerEvent: Sendable, Equatable {
  case stdout([UInt8])
  case stderr([UInt8])
  case secret(String)
  /// A file or directory the scenario created (for the runner's `FileLedger`).
  case created(FileLedger.Entry)
  /// The scenario's outcome. `abandoned`: it timed out and did not stop when cancelled (work
  /// that never reaches a cancellation check); the runner replaces the worker.
  case finished(ScenarioOutcome, abandoned: Bool)
  /// The request could not be served (a `run` before `start`, an unknown scenario).
  case failed(String)
}
