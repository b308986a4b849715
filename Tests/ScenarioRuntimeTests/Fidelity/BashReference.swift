import Foundation

/// What one scenario printed and how it ended, on either side, with what normalising needs.
struct SideOutcome {
  var status: Int32
  var stdout: [UInt8]
  var stderr: [UInt8]
  /// The value `$$` had.
  var processID: Int32
  /// Epoch seconds at the scenario's start and end: `$(date +%s)` values fall in between.
  var startEpoch: Int
  var endEpoch: Int
  var seconds: Double
  /// Seconds of `sleep` the scenario asked for (skipped on the bash side by the shim).
  var sleptSeconds: Double = 0
}

/// Tools the bash way needs.
enum ReferenceTools {
  static func path(_ tool: String) -> String? {
    for directory in ["/usr/bin", "/bin", "/usr/local/bin"] {
      let candidate = "\(directory)/\(tool)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static var missing: [String] {
    ["bash", "curl", "jq", "timeout"].filter { path($0) == nil }
  }

  static var arePresent: Bool { missing.isEmpty }
}

/// The bash runner's way: `set -euo pipefail` + the runner's exports + every setup block + the
/// scenario block, run by bash under a 90 s timeout, with a `sleep` that returns at once.
struct BashReference {
  /// The scratch directory for scripts, the `sleep` shim and captured output.
  let scratch: URL
  let workingDirectory: URL
  let environment: [String: String]
  /// `export NAME=VALUE` lines the runner writes before the setup blocks.
  let runnerExports: [(String, String)]
  /// `export NAME=VALUE` lines placed after the setup blocks (the local server's URLs).
  let urlExports: [(String, String)]
  let setupBlocks: [String]
  let timeout: Int

  /// A directory holding `sleep`, put first on PATH: sleeps in documents cost nothing here.
  /// Each call's argument is appended to `sleep.log` beside it (what the runtime will sleep).
  static func makeShims(in directory: URL) throws -> URL {
    let shims = directory.appendingPathComponent("shims")
    try FileManager.default.createDirectory(at: shims, withIntermediateDirectories: true)
    let sleep = shims.appendingPathComponent("sleep")
    let log = quote(directory.appendingPathComponent("sleep.log").path)
    try Spawn.installScript("#!/bin/sh\necho \"$*\" >> \(log)\nexit 0\n", at: sleep.path)
    return shims
  }

  static func quote(_ value: String) -> String {
    "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  func script(for code: String, pidFile: URL) -> String {
    var lines = [
      "set -euo pipefail", "shopt -s inherit_errexit",
      "printf '%s' \"$$\" > \(Self.quote(pidFile.path))",
    ]
    lines += runnerExports.map { "export \($0.0)=\(Self.quote($0.1))" }
    lines += setupBlocks
    lines += urlExports.map { "export \($0.0)=\(Self.quote($0.1))" }
    lines.append(code)
    return lines.joined(separator: "\n") + "\n"
  }

  func run(id: String, code: String) async throws -> SideOutcome {
    let scriptURL = scratch.appendingPathComponent("\(id).sh")
    let pidFile = scratch.appendingPathComponent("\(id).pid")
    let outURL = scratch.appendingPathComponent("\(id).bash.stdout")
    let errURL = scratch.appendingPathComponent("\(id).bash.stderr")
    try Data(script(for: code, pidFile: pidFile).utf8).write(to: scriptURL)
    try Data().write(to: outURL)
    try Data().write(to: errURL)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: ReferenceTools.path("timeout")!)
    process.arguments = [
      "-k", "5", String(timeout), ReferenceTools.path("bash")!, scriptURL.path,
    ]
    process.environment = environment
    process.currentDirectoryURL = workingDirectory
    process.standardInput = FileHandle.nullDevice
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }
    process.standardOutput = out
    process.standardError = err

    let startEpoch = Int(Date().timeIntervalSince1970)
    let clock = ContinuousClock.now
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
      process.terminationHandler = { finished in
        continuation.resume(returning: finished.terminationStatus)
      }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: error)
      }
    }
    let seconds = (ContinuousClock.now - clock) / .seconds(1)
    let endEpoch = Int(Date().timeIntervalSince1970)
    let pid = (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { Int32($0) } ?? -1
    let sleepLog = scratch.appendingPathComponent("sleep.log")
    let sleeps = (try? String(contentsOf: sleepLog, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(at: sleepLog)
    return SideOutcome(
      status: status, stdout: Array(try Data(contentsOf: outURL)),
      stderr: Array(try Data(contentsOf: errURL)), processID: pid, startEpoch: startEpoch,
      endEpoch: endEpoch, seconds: seconds,
      sleptSeconds: sleeps.split(separator: "\n").compactMap {
        Double($0.trimmingCharacters(in: .whitespaces))
      }.reduce(0, +))
  }
}
