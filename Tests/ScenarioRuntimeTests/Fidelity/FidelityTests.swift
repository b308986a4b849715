import FidelityServer
import Foundation
import ScenarioRuntime
import SpecCompiler
import SpecModel
import Testing

/// The runtime against the bash runner on the real corpus: every scenario of every document,
/// run once through `bash` + `curl` + `jq` and once through `DocumentRunner`, both against the
/// same local `FidelityServer`, must end with the same exit status and print the same standard
/// output (up to the shell's pid, `$(date +%s)` values and `Date:` header values).
///
/// Each side runs the document's scenarios in document order in its own fresh state (the same
/// `QA_SUFFIX`, the same `QA_RUN_DIR` path emptied in between, the same working directory with
/// a fake `.env`). The bash side's `sleep` is a shim that returns at once; the runtime runs in
/// virtual time (the server is stateless), so a lone `sleep` advances its clock instead of
/// waiting (each scenario is listed with the sleeps it skipped).
///
/// The documents run at once (each against a server and under a root of its own); within a
/// document the scenarios go one by one, bash side first.
///
/// Run: `swift test --filter FidelityTests` (needs bash, curl, jq, timeout and
/// `../shared/corpus`). The table is printed per document; both sides' outputs stay in the
/// printed scratch directory (`S01.bash.stdout`, `S01.runtime.stdout`, the scripts, …).
@Suite("Fidelity: runtime vs bash on the corpus")
struct FidelityTests {
  static let enabled = FidelityCorpus.isPresent && ReferenceTools.arePresent

  static var skipReason: Comment {
    if !FidelityCorpus.isPresent { return FidelityCorpus.absence }
    return "fidelity tests skipped: \(ReferenceTools.missing.joined(separator: ", ")) not found"
  }

  @Test(
    "Runtime matches bash, scenario by scenario",
    .enabled(if: enabled, skipReason), .timeLimit(.minutes(30)),
    arguments: FidelityCorpus.isPresent ? FidelityCorpus.files : [])
  func corpusDocument(_ name: String) async throws {
    let server = try await FidelityServer.start()
    defer { Task { await server.shutdown() } }
    let report = try await FidelityRun(name: name, server: server).compare()
    print(report.table)
    for row in report.rows {
      #expect(
        row.agrees,
        "\(name) \(row.id): bash exit \(row.bash.map { String($0.status) } ?? "-"), runtime exit \(row.runtime.map { String($0.status) } ?? "-"); \(row.detail)"
      )
    }
    await server.shutdown()
  }
}

/// One document compared: the bash way, then the runtime way, then the table.
struct FidelityRun {
  let name: String
  let server: FidelityServer

  struct Row {
    var id: String
    var title: String
    var bash: SideOutcome?
    var runtime: SideOutcome?
    var bashText = ""
    var runtimeText = ""
    var detail = ""

    var statusAgrees: Bool { bash != nil && runtime != nil && bash!.status == runtime!.status }
    var stdoutAgrees: Bool {
      bash != nil && runtime != nil && OutputNormalizer.same(bashText, runtimeText)
    }
    var agrees: Bool { statusAgrees && stdoutAgrees }
  }

  struct Report {
    var name: String
    var rows: [Row]
    var bashSeconds: Double
    var runtimeSeconds: Double
    /// Seconds the bash side's `sleep` calls asked for (its shim skipped them).
    var bashSleepSeconds: Double
    var artifacts: String

    var table: String {
      var lines = ["Fidelity \(name): id | bash | runtime | stdout | seconds bash/runtime"]
      for row in rows {
        let bash = row.bash.map { String($0.status) } ?? "-"
        let runtime = row.runtime.map { String($0.status) } ?? "-"
        let same = row.stdoutAgrees ? "equal" : "DIFFERS"
        var seconds = String(
          format: "%.2f/%.2f", row.bash?.seconds ?? 0, row.runtime?.seconds ?? 0)
        if let slept = row.bash?.sleptSeconds, slept > 0 {
          seconds += String(format: " (sleeps %.0f)", slept)
        }
        let mark = row.agrees ? "  " : "✗ "
        lines.append(
          "\(mark)\(row.id.padding(toLength: 5, withPad: " ", startingAt: 0)) | "
            + "\(bash.padding(toLength: 3, withPad: " ", startingAt: 0)) | "
            + "\(runtime.padding(toLength: 3, withPad: " ", startingAt: 0)) | "
            + "\(same.padding(toLength: 7, withPad: " ", startingAt: 0)) | \(seconds) \(row.detail)"
        )
      }
      let agreeing = rows.filter(\.agrees).count
      let statusOnly = rows.filter { $0.statusAgrees && !$0.stdoutAgrees }.count
      lines.append(
        "Fidelity \(name): \(agreeing)/\(rows.count) scenarios agree "
          + "(\(rows.count - agreeing) disagree, \(statusOnly) of them on stdout only); "
          + "bash \(String(format: "%.1f", bashSeconds)) s (sleeps of "
          + "\(String(format: "%.0f", bashSleepSeconds)) s skipped), "
          + "runtime \(String(format: "%.1f", runtimeSeconds)) s; outputs in \(artifacts)")
      return lines.joined(separator: "\n")
    }
  }

  static let qaSuffix = "qa-fidelity-01"
  static let masterKey = "qa-fidelity-master-key-0001"

  func compare() async throws -> Report {
    let fm = FileManager.default
    let markdown = try FidelityCorpus.text(name)
    let stem = (name as NSString).deletingPathExtension
    let document = FidelityDocument(markdown: markdown)

    let root = fm.temporaryDirectory.appendingPathComponent(
      "spec-fidelity-\(stem)-\(UUID().uuidString.prefix(8))")
    let scratch = root.appendingPathComponent("scratch")
    let work = root.appendingPathComponent("work")
    let runDirectory = root.appendingPathComponent("run")
    try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
    let shims = try BashReference.makeShims(in: scratch)

    var environment: [String: String] = [
      "PATH": "\(shims.path):/usr/local/bin:/usr/bin:/bin",
      "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/root",
      "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
      // The documents' own knob for realtime probes: the server holds an upgraded connection
      // open, so curl waits this long (default 12 s) and exits 28, which they accept.
      "QA_REALTIME_CURL_MAX_TIME": "2",
    ]
    environment["TMPDIR"] = ProcessInfo.processInfo.environment["TMPDIR"]
    let urls = document.localURLVariables.map { ($0, server.baseURL) }
    let runnerExports = [
      ("QA_SUFFIX", Self.qaSuffix), ("QA_RUN_DIR", runDirectory.path),
      ("RUN_RELEASE_E2E_PERSIST_STATE", "1"),
    ]

    // The bash way.
    try freshState(work: work, run: runDirectory)
    let reference = BashReference(
      scratch: scratch, workingDirectory: work, environment: environment,
      runnerExports: runnerExports, urlExports: urls, setupBlocks: document.setupBlocks,
      timeout: 90)
    var rows: [Row] = []
    var bashSeconds = 0.0
    for scenario in document.scenarios {
      var row = Row(id: scenario.id, title: scenario.title)
      row.bash = try await reference.run(id: scenario.id, code: scenario.code)
      bashSeconds += row.bash!.seconds
      rows.append(row)
    }

    // The runtime way, from a fresh state at the same paths.
    try freshState(work: work, run: runDirectory)
    let output = DocumentCompiler.compile(markdown: markdown, file: name)
    var runtimeSeconds = 0.0
    if let compiled = output.compiled {
      let transport = HTTPClientTransport()
      var configuration = RunnerConfiguration(
        documentStem: stem, environment: environment,
        overrides: Dictionary(urls, uniquingKeysWith: { $1 }), qaSuffix: Self.qaSuffix,
        runDirectory: runDirectory.path,
        outputDirectory: scratch.appendingPathComponent("runtime-logs").path, timeout: 90,
        keepArtifacts: true, workingDirectory: work.path, setup: .every, transport: transport)
      // The server is stateless and the bash side's `sleep` returns at once: the runtime's
      // lone sleeps advance its virtual clock instead of waiting.
      configuration.virtualTime = true
      let runner = DocumentRunner(
        compiled,
        configuration: configuration)
      let pid = ProcessInfo.processInfo.processIdentifier
      for index in rows.indices {
        guard compiled.scenarios.contains(where: { $0.id == rows[index].id }) else {
          rows[index].detail = "not compiled by spec-compiler"
          continue
        }
        let start = Int(Date().timeIntervalSince1970)
        let outcome = await runner.run(rows[index].id)
        // The virtual clock is ahead of the wall clock by the sleeps skipped so far: at most
        // every sleep the scenarios up to this one asked for (the bash side counted them).
        let skipped = rows[...index].compactMap(\.bash?.sleptSeconds).reduce(0, +)
        let end = Int(Date().timeIntervalSince1970) + Int(skipped.rounded(.up))
        rows[index].runtime = SideOutcome(
          status: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr,
          processID: pid, startEpoch: start, endEpoch: end, seconds: outcome.seconds)
        runtimeSeconds += outcome.seconds
      }
      // `HTTPClientTransport.shutdown()` is `async throws` (wip/transport).
      try? await transport.shutdown()
    } else {
      let errors = output.diagnostics.prefix(3).map { "\($0)" }.joined(separator: "; ")
      for index in rows.indices { rows[index].detail = "document did not compile: \(errors)" }
    }
    try? fm.removeItem(at: runDirectory)

    for index in rows.indices {
      try explain(&rows[index], scratch: scratch)
    }
    let bashSleepSeconds = rows.compactMap(\.bash?.sleptSeconds).reduce(0, +)
    return Report(
      name: name, rows: rows, bashSeconds: bashSeconds, runtimeSeconds: runtimeSeconds,
      bashSleepSeconds: bashSleepSeconds, artifacts: scratch.path)
  }

  /// An empty run directory and a working directory holding only the fake `.env`.
  func freshState(work: URL, run: URL) throws {
    let fm = FileManager.default
    try? fm.removeItem(at: work)
    try? fm.removeItem(at: run)
    try fm.createDirectory(at: work, withIntermediateDirectories: true)
    try Data("GOMODEL_MASTER_KEY=\(Self.masterKey)\n".utf8)
      .write(to: work.appendingPathComponent(".env"))
  }

  /// Normalises both outputs and, on a disagreement, says where and keeps both sides' files.
  func explain(_ row: inout Row, scratch: URL) throws {
    guard let bash = row.bash, let runtime = row.runtime else { return }
    row.bashText = OutputNormalizer.normalize(bash)
    row.runtimeText = OutputNormalizer.normalize(runtime)
    try Data(runtime.stdout).write(to: scratch.appendingPathComponent("\(row.id).runtime.stdout"))
    try Data(runtime.stderr).write(to: scratch.appendingPathComponent("\(row.id).runtime.stderr"))
    guard !row.agrees else { return }
    var notes: [String] = []
    if !row.stdoutAgrees {
      let left = OutputNormalizer.lines(row.bashText)
      let right = OutputNormalizer.lines(row.runtimeText)
      let line =
        zip(left, right).enumerated().first { !$0.element.0.elementsEqual($0.element.1) }?.offset
        ?? min(left.count, right.count)
      func shown(_ lines: [Substring.UnicodeScalarView]) -> String {
        guard line < lines.count else { return "<end>" }
        return String(OutputNormalizer.shown(lines[line]).prefix(120))
          .replacingOccurrences(of: "\r", with: "\\r")
      }
      let bashLine = shown(left)
      let runtimeLine = shown(right)
      notes.append("stdout line \(line + 1): bash «\(bashLine)» runtime «\(runtimeLine)»")
    }
    if !row.statusAgrees {
      let lastError =
        String(decoding: runtime.stderr, as: UTF8.self)
        .split(separator: "\n").last.map { String($0.prefix(160)) } ?? ""
      let bashError =
        String(decoding: bash.stderr, as: UTF8.self)
        .split(separator: "\n").last.map { String($0.prefix(160)) } ?? ""
      notes.append("bash stderr «\(bashError)» runtime stderr «\(lastError)»")
    }
    row.detail = notes.joined(separator: "; ")
  }
}
