import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `spec-compiler run` keeps its time limits whatever a scenario does, and ends with its logs
/// and summary on SIGINT, SIGTERM and a closed output.
@Suite(
  .enabled(
    if: SpecCompilerExecutable.url != nil, "spec-compiler executable not built next to the tests"))
struct RunLimitTests {
  let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
    "run-limits-\(UUID().uuidString)")
  /// In the environment of the run and of every process it starts: none may outlive it.
  let token = "RUN_LIMITS_TOKEN=\(UUID().uuidString)"

  init() throws {
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  }

  static func document(_ scenarios: [(String, String)]) -> String {
    var text = "# Limits\n\n## Checks\n\n"
    for (index, (title, bash)) in scenarios.enumerated() {
      text += "### S0\(index + 1) \(title)\n\nDoes a thing.\n\n```bash\n\(bash)\n```\n\n"
    }
    return text
  }

  func write(_ name: String, _ text: String) throws -> String {
    let url = scratch.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Starts `spec-compiler ARGUMENTS` with QA_RUN_DIR in the scratch directory.
  func start(_ arguments: [String]) throws -> (Process, Pipe, Pipe) {
    let process = Process()
    process.executableURL = SpecCompilerExecutable.url
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["QA_RUN_DIR"] = scratch.appendingPathComponent("run").path
    let parts = token.split(separator: "=", maxSplits: 1).map(String.init)
    environment[parts[0]] = parts[1]
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    return (process, out, err)
  }

  /// Waits for the process at most `seconds`; kills it (and fails) past that.
  func wait(_ process: Process, seconds: Double) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < deadline {
      try? await Task.sleep(for: .milliseconds(20))
    }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      return false
    }
    return true
  }

  /// Processes whose environment holds this test's token (the run's workers).
  func survivors() -> [String] {
    let needle = Array(token.utf8)
    let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return pids.filter { pid in
      guard Int32(pid) != nil,
        let data = FileManager.default.contents(atPath: "/proc/\(pid)/environ")
      else { return false }
      return Array(data).split(separator: 0).contains { $0.elementsEqual(needle) }
    }
  }

  var runDirectory: URL { scratch.appendingPathComponent("run") }

  func text(_ pipe: Pipe) -> String {
    String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }

  /// Two scenarios looping in jq (CPU-bound: no cancellation point) and a third that passes:
  /// each limit fires, the run ends with its summary, what was printed before stays logged.
  @Test func cpuBoundTimeoutsEndTheRunWithItsSummary() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write(
      "loops.md",
      Self.document([
        ("Loops in jq", "echo before-one\njq -n 'last(range(1e15))'"),
        (
          "Loops in a background job too",
          "jq -n 'last(range(1e15))' > \"$QA_RUN_DIR/bg.txt\" &\necho before-two\n"
            + "jq -n 'reduce range(1e15) as $i (0; . + $i)'"
        ),
        ("Passes", "echo fine"),
      ]))
    let started = Date()
    let (process, out, err) = try start(["run", doc, "--timeout", "1", "--qa-suffix", "t"])
    let ended = await wait(process, seconds: 20)
    let elapsed = Date().timeIntervalSince(started)
    #expect(ended, "the run did not end within 20 s")
    let stdout = text(out)
    #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(text(err))")
    let lines = stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("S01 TIMEOUT ") })
    #expect(lines.contains { $0.hasPrefix("S02 TIMEOUT ") })
    #expect(lines.contains { $0.hasPrefix("S03 OK ") })
    #expect(
      lines.suffix(3).map { $0.prefix { $0 != "=" } } == ["RAW_LOG", "SUMMARY_LOG", "QA_SUFFIX"])
    // Three 1 s limits, two killed workers and their replacements: far below a minute even on
    // a loaded machine; a limit that did not hold would loop for hours.
    #expect(elapsed < 60)
    let raw = try String(
      contentsOf: runDirectory.appendingPathComponent("release-e2e.raw.log"), encoding: .utf8)
    #expect(raw.contains("-- stdout --\nbefore-one\n"))
    #expect(raw.contains("-- stdout --\nbefore-two\n"))
    let summary = try String(
      contentsOf: runDirectory.appendingPathComponent("release-e2e.summary.tsv"), encoding: .utf8)
    let rows = summary.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t").map(String.init)
    }
    #expect(
      rows.map { [$0[0], $0[2], $0[3]] } == [
        ["S01", "124", "true"], ["S02", "124", "true"], ["S03", "0", "false"],
      ])
    #expect(survivors().isEmpty, "processes of the run outlived it")
  }

  /// `run … | head -n1`: the reader goes away after a line; the run stops without a crash,
  /// removes its artifacts and keeps its logs.
  @Test func aClosedOutputEndsTheRunQuietly() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write(
      "pipe.md",
      Self.document([
        ("Writes", "echo x > \"$QA_RUN_DIR/artifact\""), ("Waits", "sleep 0.3"),
        ("Waits again", "sleep 0.3"), ("Waits more", "sleep 0.3"),
      ]))
    let executable = try #require(SpecCompilerExecutable.url).path
    let errors = scratch.appendingPathComponent("stderr.txt").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // `sh` has no PIPESTATUS: the run's status goes to a file of its own.
    process.arguments = [
      "-c", "{ \"$0\" run \"$1\" --qa-suffix p 2>\"$2\"; echo $? > \"$2.status\"; } | head -n1",
      executable, doc, errors,
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["QA_RUN_DIR"] = runDirectory.path
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    #expect(await wait(process, seconds: 20))
    #expect(text(out).hasPrefix("S01 OK "))
    let status = try String(contentsOfFile: errors + ".status", encoding: .utf8)
    let stderr = try String(contentsOfFile: errors, encoding: .utf8)
    // 1: stopped early; a trap or a SIGPIPE death would show as 128 + N.
    #expect(status == "1\n", "\(stderr)")
    #expect(!stderr.contains("Fatal error"))
    #expect(
      !FileManager.default.fileExists(atPath: runDirectory.appendingPathComponent("artifact").path))
    #expect(
      FileManager.default.fileExists(
        atPath: runDirectory.appendingPathComponent("release-e2e.summary.tsv").path))
  }

  /// SIGINT (then SIGTERM) mid-scenario: the scenario is recorded as interrupted, the logs and
  /// summary are written, the artifacts removed, and the status is 128 + the signal.
  @Test(arguments: [SIGINT, SIGTERM])
  func aSignalStopsTheRunWithItsSummary(signal: Int32) async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let marker = runDirectory.appendingPathComponent("started").path
    let doc = try write(
      "signal.md",
      Self.document([
        ("Sleeps", "echo started\ntouch \"$QA_RUN_DIR/started\"\nsleep 30"),
        ("Never runs", "echo after"),
      ]))
    let (process, out, err) = try start(["run", doc, "--qa-suffix", "s"])
    // The scenario has started (the run's signal handling is in place) before the signal.
    let deadline = Date().addingTimeInterval(120)
    while !FileManager.default.fileExists(atPath: marker) && Date() < deadline {
      try await Task.sleep(for: .milliseconds(20))
    }
    try #require(FileManager.default.fileExists(atPath: marker), "S01 did not start")
    kill(process.processIdentifier, signal)
    #expect(await wait(process, seconds: 10))
    let stdout = text(out)
    #expect(process.terminationReason == .exit, "\(text(err))")
    #expect(process.terminationStatus == 128 + signal)
    #expect(stdout.contains("S01 INTERRUPTED "))
    #expect(!stdout.contains("S02 "))
    #expect(stdout.contains("SUMMARY_LOG="))
    let summary = try String(
      contentsOf: runDirectory.appendingPathComponent("release-e2e.summary.tsv"), encoding: .utf8)
    #expect(summary.contains("S01\tSleeps\t130\tfalse\t"))
    let raw = try String(
      contentsOf: runDirectory.appendingPathComponent("release-e2e.raw.log"), encoding: .utf8)
    #expect(raw.contains("-- stdout --\nstarted\n"))
    #expect(!FileManager.default.fileExists(atPath: marker))
    #expect(survivors().isEmpty, "processes of the run outlived it")
  }
}
