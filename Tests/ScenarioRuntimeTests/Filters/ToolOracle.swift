import Foundation

/// The real tools, run with the same input to compare outputs against.
enum ToolOracle {
  /// What a command wrote and how it exited.
  struct Outcome: Equatable {
    var stdout: [UInt8]
    var stderr: [UInt8]
    var status: Int32
  }

  static func isAvailable(_ path: String) -> Bool {
    FileManager.default.isExecutableFile(atPath: path)
  }

  /// Runs `arguments` (the first is the executable's absolute path) with `input` on standard input, in
  /// `directory`, in the C.UTF-8 locale. Standard streams go through files, so nothing blocks.
  static func run(_ arguments: [String], input: [UInt8], directory: URL? = nil) throws -> Outcome {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("tool-oracle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inputFile = scratch.appendingPathComponent("stdin")
    let outputFile = scratch.appendingPathComponent("stdout")
    let errorFile = scratch.appendingPathComponent("stderr")
    try Data(input).write(to: inputFile)
    _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)

    let process = Process()
    // `exec -a` so that messages name the tool as a shell on PATH would (`grep: …`).
    let name = URL(fileURLWithPath: arguments[0]).lastPathComponent
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments =
      ["-c", "exec -a \(name) \(arguments[0]) \"$@\"", name] + Array(arguments.dropFirst())
    process.environment = [
      "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": scratch.path,
    ]
    process.currentDirectoryURL = directory ?? scratch
    let stdin = try FileHandle(forReadingFrom: inputFile)
    let stdout = try FileHandle(forWritingTo: outputFile)
    let stderr = try FileHandle(forWritingTo: errorFile)
    defer {
      try? stdin.close()
      try? stdout.close()
      try? stderr.close()
    }
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    process.waitUntilExit()
    return Outcome(
      stdout: Array(try Data(contentsOf: outputFile)),
      stderr: Array(try Data(contentsOf: errorFile)),
      status: process.terminationStatus)
  }
}
