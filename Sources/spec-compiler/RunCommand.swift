import ArgumentParser
import Foundation
import GatewayTargets
import ScenarioRuntime
import SpecCompiler
import SpecModel

struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a document's scenarios in-process, the way the bash runner does.",
    discussion: """
      Compiles the document, then runs each selected scenario after the scenarios it needs \
      (each at most once), with the setup environments it uses, under a per-scenario timeout. \
      No bash, curl or jq process is started. Prints `S01 OK 0s Title` lines, then \
      `RAW_LOG=`, `SUMMARY_LOG=` and `QA_SUFFIX=`. Variables set in the environment or with \
      --env win over the setup blocks' assignments (point a document at another gateway with \
      `BASE_URL=http://127.0.0.1:18080 spec-compiler run doc.md`). The setup blocks run once per \
      run and every scenario starts from the state they left; --replay-setup replays them \
      before every scenario, as the bash runner does. A scenario the compiler could not lower \
      is reported as `S01 UNSUPPORTED 0s Title` with its errors (exit code 2 in the logs) and \
      counts as a failure; the others run. Exits 1 when any scenario fails.
      """
  )

  @Argument(help: "The markdown document.", completion: .file(extensions: ["md"]))
  var document: String

  @Flag(help: "Print the scenarios (`ID<TAB>Title`) and exit.")
  var list = false

  @Option(help: "Comma-separated scenario ids to run (their needs run first).")
  var scenario: String?

  @Option(help: "Run from this scenario id on.")
  var from: String?

  @Option(help: "Run up to this scenario id.")
  var to: String?

  @Option(help: "Run scenarios whose `ID Title` matches this regular expression.")
  var match: String?

  @Option(help: "Per-scenario timeout in seconds (default: E2E_TIMEOUT or 90).")
  var timeout: Double?

  @Option(name: .customLong("qa-suffix"), help: "QA_SUFFIX for this run (default: epoch-pid).")
  var qaSuffix: String?

  @Option(
    name: .customLong("output-dir"),
    help: "Directory of the raw log and TSV summary (default: QA_RUN_DIR).")
  var outputDirectory: String?

  @Option(
    help: """
      Run up to N scenarios at once, in this process, where neither needs the other and they \
      do not touch the same file, resource or collection (default: E2E_JOBS or 1). Output and \
      logs stay in the serial order.
      """)
  var jobs: Int?

  @Flag(name: .customLong("stop-on-failure"), help: "Stop after the first failing scenario.")
  var stopOnFailure = false

  @Flag(
    name: .customLong("keep-artifacts"),
    help: "Keep QA_RUN_DIR's files (also E2E_KEEP_ARTIFACTS=1).")
  var keepArtifacts = false

  @Option(
    name: .customLong("env"), help: "NAME=VALUE that wins over the setup blocks (repeatable).")
  var variables: [String] = []

  @Flag(
    help: """
      Start the embedded gateway simulator in this process and point the document's gateway \
      URLs (localhost ports 18080-18083, 8080) at it, with its master key in place of .env.
      """)
  var simulator = false

  @Flag(
    name: .customLong("real-time"),
    help: """
      With --simulator, wait everything out in real time. By default sleeps, wait, timeout,       curl's --max-time and the simulator's pauses move a virtual clock instead, in the order       real time gives (date and $SECONDS follow it); live targets always use real time.
      """)
  var realTime = false

  @Flag(
    name: .customLong("replay-setup"),
    help:
      "Replay the setup blocks before every scenario, as the bash runner does (E2E_SETUP=every).")
  var replaySetup = false

  @Option(
    name: .customLong("junit"),
    help: "Also write a JUnit XML report here (one testcase per scenario run).",
    completion: .file(extensions: ["xml"]))
  var junit: String?

  @OptionGroup var sections: SetupSectionOptions

  func validate() throws {
    for variable in variables where !variable.contains("=") {
      throw ValidationError("--env takes NAME=VALUE, got '\(variable)'")
    }
    if let match, (try? Regex(match)) == nil {
      throw ValidationError("--match is not a valid regular expression: \(match)")
    }
    let environment = ProcessInfo.processInfo.environment
    if let timeout {
      if let reason = RunnerConfiguration.timeoutProblem(timeout) {
        throw ValidationError("--timeout \(timeout) \(reason)")
      }
    } else if let given = environment["E2E_TIMEOUT"] {
      guard let seconds = Double(given) else {
        throw ValidationError("E2E_TIMEOUT '\(given)' is not a number of seconds")
      }
      if let reason = RunnerConfiguration.timeoutProblem(seconds) {
        throw ValidationError("E2E_TIMEOUT '\(given)' \(reason)")
      }
    }
    if let qaSuffix, let reason = RunnerConfiguration.qaSuffixProblem(qaSuffix) {
      throw ValidationError("--qa-suffix '\(qaSuffix)' \(reason)")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of scenarios ≥ 1") }
    if outputDirectory?.isEmpty == true {
      throw ValidationError("--output-dir is empty")
    }
    if junit?.isEmpty == true {
      throw ValidationError("--junit is empty")
    }
  }

  func run() async throws {
    // A reader that closed the pipe makes writes fail with EPIPE (`RunReport`), not kill us.
    signal(SIGPIPE, SIG_IGN)
    let loaded = try MarkdownFile(path: document)
    let output = DocumentCompiler.compile(
      markdown: loaded.text, file: document, options: sections.compilerOptions)
    // Lowering errors are reported with their unsupported scenarios, when those are run.
    printDiagnostics(output.documentDiagnostics)
    guard let compiled = output.compiled else { throw ExitCode.failure }
    if list {
      for scenario in compiled.scenarios { print("\(scenario.id)\t\(scenario.title)") }
      return
    }
    let selected = try select(compiled.scenarios)
    let stem = loaded.url.deletingPathExtension().lastPathComponent
    var overrides: [String: String] = [:]
    for variable in variables {
      let parts = variable.split(separator: "=", maxSplits: 1)
      overrides[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    let transport = HTTPClientTransport()
    var configuration = RunnerConfiguration(
      documentStem: stem, overrides: overrides, qaSuffix: qaSuffix,
      outputDirectory: outputDirectory,
      timeout: timeout, keepArtifacts: keepArtifacts ? true : nil,
      setup: replaySetup ? .every : nil, transport: transport)
    // Usage errors (64), before anything starts: QA_SUFFIX, QA_RUN_DIR, the output directory.
    if let problem = configuration.problems().first {
      try? await transport.shutdown()
      throw ValidationError(problem.description)
    }
    var binding: GatewayBinding?
    if simulator {
      let simulated = try await GatewayBinding.resolve(
        compiled.document, target: .simulator, environment: ProcessInfo.processInfo.environment,
        workingDirectory: configuration.workingDirectory)
      configuration.virtualTime = !realTime
      configuration.settleURL = simulated.settleURL
      RunReport.write(simulated.description + (realTime ? ", real time" : ", virtual time"))
      configuration.overrides.merge(simulated.overrides) { given, _ in given }
      configuration.workingDirectory = simulated.workingDirectory
      binding = simulated
    }
    configuration.sourcePath = document
    // Scenarios run in a worker process (this executable's `run-worker`), killed and replaced
    // when one outlives its limit; in this process only if no worker can be made.
    let worker = try? ScenarioWorker(executable: ScenarioWorker.currentExecutablePath())
    let runner = DocumentRunner(compiled, configuration: configuration, worker: worker)
    let reports = FailureReportContext(
      markdownName: document, markdownText: loaded.text, documentArgument: document,
      loaded: compiled, timeout: configuration.timeout)
    let finished = FinishedScenarios()
    let annotate = GitHubAnnotations.isEnabled(environment: ProcessInfo.processInfo.environment)
    await runner.onScenarioFinished { outcome in
      let report = outcome.passed ? nil : reports.report(outcome)
      let rendered = report?.render()
      RunReport.print(outcome, report: rendered)
      finished.add(
        JUnitReport.Case(
          outcome: outcome, line: compiled.headingLine(outcome.id) ?? 1, report: rendered))
      if annotate, let report, let rendered {
        RunReport.write(
          GitHubAnnotations.error(
            file: document, line: report.line,
            title: "\(outcome.id) \(outcome.statusWord): \(outcome.title)", message: rendered))
      }
    }
    // A closed standard output, SIGINT or SIGTERM stop the run; it still logs and cleans up.
    RunReport.onClose { runner.interrupt() }
    let signals = RunSignals(
      interrupt: { runner.interrupt() },
      abort: { number in
        worker?.killNow()
        SecretFileCleanup.removeAll()
        terminate(128 + number)
      })
    let ran = await runner.run(
      selected.map(\.id), jobs: jobs ?? configuration.jobs, stopOnFailure: stopOnFailure)
    let failed = ran.contains { !$0.passed }
    await runner.finish()
    worker?.shutdown()
    binding?.release()
    try? await transport.shutdown()
    let log = try await runner.logFiles()
    if let junit {
      try writeJUnit(
        to: junit, cases: finished.cases, selected: selected, stem: stem, compiled)
    }
    RunReport.write("RAW_LOG=\(log.rawLog.path)")
    RunReport.write("SUMMARY_LOG=\(log.summary.path)")
    RunReport.write("QA_SUFFIX=\(configuration.qaSuffix)")
    signals.cancel()
    if let number = signals.signal { throw ExitCode(128 + number) }
    // A closed output stopped the run before its end: not a success, and not a crash either.
    if failed || RunReport.closed { throw ExitCode.failure }
  }

  /// The JUnit report: the scenarios that ran, and those selected that did not, skipped.
  func writeJUnit(
    to path: String, cases: [JUnitReport.Case], selected: [Scenario], stem: String,
    _ loaded: CompiledDocument
  ) throws {
    let ran = Set(cases.map(\.outcome.id))
    let skipped = selected.filter { !ran.contains($0.id) }.map {
      JUnitReport.Skipped(
        id: $0.id, title: $0.title, line: loaded.headingLine($0.id) ?? 1,
        reason: "not run: the run stopped before it")
    }
    let xml = JUnitReport(suiteName: stem, file: document, cases: cases, skipped: skipped).render()
    do {
      try Data(xml.utf8).write(to: URL(fileURLWithPath: path))
    } catch {
      throw ReportWriteError(path: path, reason: error.localizedDescription)
    }
  }

  /// `--scenario`, `--from`, `--to`, `--match`, in document order. A usage error when an id is
  /// unknown, `--from` comes after `--to`, or nothing is left to run.
  func select(_ scenarios: [Scenario]) throws -> [Scenario] {
    var selected = scenarios
    let ids = scenarios.map(\.id)
    let trim = { (id: String) in id.trimmingCharacters(in: .whitespaces) }
    for id in [from, to].compactMap({ $0 })
      + (scenario?.split(separator: ",").map(String.init) ?? [])
    where !ids.contains(trim(id)) {
      throw ValidationError("no scenario \(id) in \(document)")
    }
    let start = from.flatMap { ids.firstIndex(of: trim($0)) }
    let end = to.flatMap { ids.firstIndex(of: trim($0)) }
    if let from, let to, let start, let end, start > end {
      throw ValidationError("--from \(from) comes after --to \(to) in \(document)")
    }
    if let list = scenario {
      let wanted = Set(list.split(separator: ",").map { trim(String($0)) })
      selected = selected.filter { wanted.contains($0.id) }
    }
    if let start { selected = selected.filter { ids.firstIndex(of: $0.id)! >= start } }
    if let end { selected = selected.filter { ids.firstIndex(of: $0.id)! <= end } }
    if let match {
      let regex = try Regex(match)
      selected = selected.filter { "\($0.id) \($0.title)".contains(regex) }
    }
    guard !selected.isEmpty else {
      let given: [(String, String?)] = [
        ("--scenario", scenario), ("--from", from), ("--to", to), ("--match", match),
      ]
      let words = given.compactMap { name, value in value.map { "\(name) '\($0)'" } }
      throw ValidationError(
        words.isEmpty
          ? "\(document) has no scenario to run"
          : "no scenario of \(document) is selected by \(words.joined(separator: " "))")
    }
    return selected
  }
}
