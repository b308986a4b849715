import Foundation
import GatewaySimulator
import SpecModel
import Testing

/// `--jobs 8` changes nothing a scenario shows: on the project's own matrix and the three
/// corpus documents, against the embedded simulator, a run with up to 8 scenarios at once gives
/// every scenario the status and stdout of a serial run, and the raw log is the same bytes, in
/// the same order. Masked: durations, and what the simulator numbers in the order requests
/// arrive, as a real gateway would take it from the wall clock or a random source: its
/// timestamps (`created`, `Date:`; a clock stepping a second per reading) and its numbered ids
/// (`req_12`, `chatcmpl-3`).
@Suite struct ConcurrentRunOnSimulatorTests {
  static let specs = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("../../specs").standardizedFileURL.path

  @Test(.timeLimit(.minutes(4)))
  func ownMatrixRunsTheSameWithEightJobs() async throws {
    try await compare("release-e2e-scenarios.md", directory: Self.specs)
  }

  @Test(.timeLimit(.minutes(8)), arguments: CorpusOnSimulatorTests.files)
  func corpusDocumentRunsTheSameWithEightJobs(_ file: String) async throws {
    guard CorpusOnSimulatorTests.isPresent else {
      // Visible in the test output; the own-matrix test above still runs.
      print("corpus not found at ../shared/corpus: \(file) not compared with --jobs 8")
      return
    }
    try await compare(file, directory: CorpusOnSimulatorTests.directory)
  }

  /// The strongest reordering the edges allow, run serially (in virtual time): each time, the
  /// latest scenario of the document whose `needs` and `after` scenarios have all run. Every
  /// pair the inference leaves unordered runs in the other order than the document's where it
  /// can, so an edge that is missing where order matters shows as a different status or stdout,
  /// deterministically (a run with 8 jobs only shows it when the timing happens to swap them).
  @Test(.timeLimit(.minutes(4)))
  func ownMatrixRunsTheSameLatestFirst() async throws {
    try await compare("release-e2e-scenarios.md", directory: Self.specs, latestFirst: true)
  }

  @Test(.timeLimit(.minutes(8)), arguments: CorpusOnSimulatorTests.files)
  func corpusDocumentRunsTheSameLatestFirst(_ file: String) async throws {
    guard CorpusOnSimulatorTests.isPresent else {
      print("corpus not found at ../shared/corpus: \(file) not run latest first")
      return
    }
    try await compare(file, directory: CorpusOnSimulatorTests.directory, latestFirst: true)
  }

  /// The scenarios' ids, each after the scenarios it needs or is ordered after, the latest
  /// ready one of the document first.
  static func latestFirstOrder(_ scenarios: [Scenario]) -> [String] {
    let ids = Set(scenarios.map(\.id))
    var remaining = scenarios
    var done = Set<String>()
    var order: [String] = []
    while !remaining.isEmpty {
      let ready = remaining.lastIndex { scenario in
        (scenario.needs.map(\.scenario) + scenario.after.map(\.scenario)).allSatisfy {
          $0 == scenario.id || done.contains($0) || !ids.contains($0)
        }
      }
      // Edges point to earlier scenarios, so the first remaining one is always ready.
      let next = remaining.remove(at: ready ?? 0)
      done.insert(next.id)
      order.append(next.id)
    }
    return order
  }

  /// The simulator's numbered ids (`Gateway.nextID` prefixes).
  static var numberedID: Regex<Substring> {
    /\b(?:req|wf|wfv|audit|usage|batch|chatcmpl|key|file|msg|toolu|resp|rs|in|sess|event)[-_]\d+\b/
  }

  /// `run` with the simulator's timestamps and numbered ids masked.
  static func masked(_ run: CorpusOnSimulatorTests.Run) -> CorpusOnSimulatorTests.Run {
    func mask(_ text: String) -> String {
      let start = SimulatorClock.defaultStart
      return text.replacing(numberedID, with: "<id>")
        .replacing(/\b\d{10}\b/) { match in
          guard let value = Int(match.output), value >= start, value < start + 10_000_000 else {
            return String(match.output)
          }
          return "<time>"
        }
        .replacing(/\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT/, with: "<date>")
        .replacing(
          /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/, with: "<date>")
    }
    var result = run
    result.rawLog = mask(run.rawLog)
    for index in result.outcomes.indices {
      result.outcomes[index].stdout = mask(run.outcomes[index].stdout)
    }
    return result
  }

  /// The runs with 8 jobs of the corpus documents, all started by the first test case that
  /// asks for one, each on a simulator of its own, so that whichever order the cases run in,
  /// three documents' runs overlap instead of adding up.
  actor EightJobRuns {
    static let shared = EightJobRuns()
    private var runs: [String: Task<(CorpusOnSimulatorTests.Run, Duration), any Error>] = [:]

    func run(_ file: String, directory: String) async throws -> (
      CorpusOnSimulatorTests.Run, Duration
    ) {
      let siblings =
        directory == CorpusOnSimulatorTests.directory ? CorpusOnSimulatorTests.files : [file]
      for name in siblings where runs[directory + "/" + name] == nil {
        runs[directory + "/" + name] = Task {
          let started = ContinuousClock.now
          let run = try await CorpusOnSimulatorTests.run(
            name, round: 1, jobs: 8, directory: directory)
          return (run, ContinuousClock.now - started)
        }
      }
      return try await runs[directory + "/" + file]!.value
    }
  }

  /// The serial run is the one CorpusOnSimulatorTests checks too (`SerialRuns`); the run
  /// with 8 jobs goes alongside it, on a simulator of its own.
  /// `latestFirst`: instead of 8 jobs, one at a time in the order `latestFirstOrder(_:)` gives (the
  /// raw log then follows that order: not compared).
  func compare(_ file: String, directory: String, latestFirst: Bool = false) async throws {
    async let serialRun = CorpusOnSimulatorTests.SerialRuns.shared.run(file, directory: directory)
    let eight: CorpusOnSimulatorTests.Run
    let eightTime: Duration
    if latestFirst {
      let started = ContinuousClock.now
      let order: @Sendable ([Scenario]) -> [String] = { scenarios in
        ConcurrentRunOnSimulatorTests.latestFirstOrder(scenarios)
      }
      eight = try await CorpusOnSimulatorTests.run(
        file, round: 1, jobs: 1, directory: directory, order: order)
      eightTime = ContinuousClock.now - started
    } else {
      (eight, eightTime) = try await EightJobRuns.shared.run(file, directory: directory)
    }
    let one = try await serialRun
    let label = latestFirst ? "latest first" : "--jobs 8"
    print(
      "\(file): \(one.outcomes.count) scenarios, \(label) \(eightTime) "
        + "(alongside other runs; tools/benchmark times --jobs 8 against serial)")
    let (serial, concurrent) = (Self.masked(one), Self.masked(eight))
    #expect(!serial.outcomes.isEmpty, "\(file): no scenario ran")
    #expect(serial.outcomes.map(\.id) == concurrent.outcomes.map(\.id))
    for (one, eight) in zip(serial.outcomes, concurrent.outcomes) {
      #expect(
        one.passed == eight.passed,
        "\(file) \(one.id): \(one.passed ? "passes" : "fails") serially, not \(label):\n\(eight.stderr)"
      )
      #expect(
        one.stdout == eight.stdout,
        "\(file) \(one.id): stdout differs:\n--- serial\n\(one.stdout)\n--- \(label)\n\(eight.stdout)"
      )
    }
    if !latestFirst {
      #expect(serial.rawLog == concurrent.rawLog, "\(file): the raw logs differ")
    }
  }
}
