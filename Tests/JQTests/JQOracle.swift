import Foundation
import JQ

/// `/usr/bin/jq` 1.6, run as `jq` (so that its messages say `jq`, as on a `PATH`).
enum JQOracle {
  static let path = "/usr/bin/jq"

  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

  /// Runs `printf INPUT | jq ARGUMENTS` and returns what it wrote and its exit status.
  static func run(_ arguments: [String], input: [UInt8]) throws -> JQResult {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("jq-oracle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let inputFile = directory.appendingPathComponent("stdin")
    let outputFile = directory.appendingPathComponent("stdout")
    let errorFile = directory.appendingPathComponent("stderr")
    try Data(input).write(to: inputFile)
    _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", "exec -a jq \(path) \"$@\"", "jq"] + arguments
    process.standardInput = try FileHandle(forReadingFrom: inputFile)
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    process.waitUntilExit()
    let status =
      process.terminationReason == .uncaughtSignal
      ? 128 + process.terminationStatus : process.terminationStatus
    return JQResult(
      stdout: Array(try Data(contentsOf: outputFile)),
      stderr: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self),
      status: status)
  }
}
