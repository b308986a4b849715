import Foundation
import Testing

/// `spec-compiler run --simulator` writes the simulator's master key to a private `.env`; a
/// run killed by a signal must not leave it behind.
@Suite struct SecretCleanupSignalTests {
  static let document = """
    # Waits

    ## Common environment

    ```bash
    export BASE_URL=http://localhost:18080
    ```

    ## Checks

    ### S01 Wait

    Waits long enough to be killed.

    ```bash
    curl -sS "$BASE_URL/health" > /dev/null
    sleep 30
    ```
    """

  static func privateDirectories(in directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasPrefix("gateway-sim-") }
  }

  @Test(
    .enabled(if: SpecCompilerExecutable.url != nil, "spec-compiler is not built"),
    .timeLimit(.minutes(2)),
    arguments: [SIGTERM, SIGINT])
  func aKilledRunLeavesNoEnvFileBehind(_ signal: Int32) async throws {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("cleanup-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    try Self.document.write(toFile: scratch + "/wait.md", atomically: true, encoding: .utf8)

    let process = Process()
    process.executableURL = SpecCompilerExecutable.url
    // Real time: in virtual time the scenario's `sleep 30` takes no time, and the run would
    // end (and clean up by itself) before the signal.
    process.arguments = [
      "run", scratch + "/wait.md", "--simulator", "--real-time", "--timeout", "60",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["TMPDIR"] = scratch
    environment["QA_RUN_DIR"] = scratch + "/run"
    process.environment = environment
    process.currentDirectoryURL = URL(fileURLWithPath: scratch)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()

    // The binding's directory appears, with its `.env`, private.
    var made: String?
    for _ in 0..<300 {
      if let name = Self.privateDirectories(in: scratch).first,
        FileManager.default.fileExists(atPath: "\(scratch)/\(name)/.env")
      {
        made = name
        break
      }
      try await Task.sleep(for: .milliseconds(100))
    }
    let name = try #require(made, "the run never wrote its .env")
    let mode =
      try FileManager.default.attributesOfItem(atPath: "\(scratch)/\(name)")[
        .posixPermissions] as? Int
    #expect(mode == 0o700)
    try await Task.sleep(for: .milliseconds(500))
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    #expect(Self.privateDirectories(in: scratch).isEmpty)
  }
}
