import Foundation

/// Runs a real tool for oracle tests: standard streams through files (nothing blocks), a
/// scratch working directory holding the given files, a fixed environment.
public enum ProcessOracle {
  /// What a run wrote and how it ended.
  public struct Outcome: Equatable, Sendable, CustomStringConvertible {
    public var stdout: [UInt8]
    public var stderr: [UInt8]
    public var status: Int32
    /// Files read back after the run, by name.
    public var files: [String: [UInt8]]

    public init(
      stdout: [UInt8], stderr: [UInt8], status: Int32, files: [String: [UInt8]] = [:]
    ) {
      self.stdout = stdout
      self.stderr = stderr
      self.status = status
      self.files = files
    }

    public var description: String {
      func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).debugDescription
      }
      return "status \(status), stdout \(text(stdout)), stderr \(text(stderr))"
        + (files.isEmpty ? "" : ", files \(files.mapValues(text))")
    }
  }

  /// Runs `tool` with standard output and error read together through one pipe (a build, a
  /// script that reports): its status and what it printed. Blocks the calling thread.
  public static func combined(
    _ tool: URL, _ arguments: [String], in directory: URL? = nil,
    environment: [String: String]? = nil
  ) throws -> (status: Int32, output: String) {
    let process = Self.process(tool, arguments, in: directory, environment: environment)
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// `combined` that waits without holding a thread: standard output and error go to one
  /// file, as through one pipe, read once the tool has ended.
  public static func combined(
    _ tool: URL, _ arguments: [String], in directory: URL? = nil,
    environment: [String: String]? = nil
  ) async throws -> (status: Int32, output: String) {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("oracle-combined-\(UUID().uuidString)").path
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? output.close() }
    let process = Self.process(tool, arguments, in: directory, environment: environment)
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = output
    let status = try await ProcessOracleBatch.wait(for: process)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return (status, String(decoding: data, as: UTF8.self))
  }

  private static func process(
    _ tool: URL, _ arguments: [String], in directory: URL?, environment: [String: String]?
  ) -> Process {
    let process = Process()
    process.executableURL = tool
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = environment }
    return process
  }

  public static func isAvailable(_ path: String) -> Bool {
    FileManager.default.isExecutableFile(atPath: path)
  }

  /// Runs `command` (the executable's absolute path first) with `stdin`, in a scratch
  /// directory holding `files`; reads back `written` afterwards. The tool's `argv[0]` is its
  /// bare name (as a shell on PATH gives it), so that its messages start `sed: …`.
  public static func run(
    _ command: [String], stdin: [UInt8], files: [String: [UInt8]] = [:],
    written: [String] = [],
    environment: [String: String] = ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
  ) throws -> Outcome {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("oracle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for (name, content) in files {
      try Data(content).write(to: directory.appendingPathComponent(name))
    }
    let streams = directory.appendingPathComponent(".streams")
    try FileManager.default.createDirectory(at: streams, withIntermediateDirectories: true)
    let input = streams.appendingPathComponent("stdin")
    let output = streams.appendingPathComponent("stdout")
    let error = streams.appendingPathComponent("stderr")
    try Data(stdin).write(to: input)
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    _ = FileManager.default.createFile(atPath: error.path, contents: nil)
    let process = Process()
    let name = URL(fileURLWithPath: command[0]).lastPathComponent
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments =
      ["-c", "exec -a \(name) \(command[0]) \"$@\"", name] + Array(command.dropFirst())
    process.environment = environment
    process.currentDirectoryURL = directory
    let handles = (
      try FileHandle(forReadingFrom: input), try FileHandle(forWritingTo: output),
      try FileHandle(forWritingTo: error)
    )
    defer {
      try? handles.0.close()
      try? handles.1.close()
      try? handles.2.close()
    }
    process.standardInput = handles.0
    process.standardOutput = handles.1
    process.standardError = handles.2
    try process.run()
    process.waitUntilExit()
    var read: [String: [UInt8]] = [:]
    for name in written {
      read[name] = (try? Data(contentsOf: directory.appendingPathComponent(name))).map(Array.init)
    }
    return Outcome(
      stdout: Array(try Data(contentsOf: output)), stderr: Array(try Data(contentsOf: error)),
      status: process.terminationStatus, files: read)
  }
}
