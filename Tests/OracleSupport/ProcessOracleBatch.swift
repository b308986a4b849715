import Foundation

/// The real tool's side of a whole oracle table, run by one bash script instead of one
/// process per case: every invocation still runs as a process of its own (a subshell that
/// `exec`s the tool), with its own standard input, output and error files, exit status and
/// scratch working directory, as `ProcessOracle.run` runs one. What the batch saves is
/// starting a bash (and a `Process` from this large test binary) per case.
///
/// An `OracleTable` starts its batch on first use and hands each test case its own outcome,
/// so a parameterized test keeps one case per row.
public enum ProcessOracleBatch {
  /// One run of a tool: the executable's absolute path first, then its arguments, and what it
  /// reads on standard input.
  public struct Invocation: Hashable, Sendable {
    public var command: [String]
    public var stdin: [UInt8]

    public init(_ command: [String], stdin: [UInt8]) {
      self.command = command
      self.stdin = stdin
    }
  }

  /// The environment of every invocation, besides `HOME` (the invocation's own directory) and
  /// what bash adds (`PWD`, `SHLVL=0`), as `bash -c 'exec TOOL …'` leaves it.
  public static let defaultEnvironment = ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]

  /// Runs every invocation, each in a fresh directory holding `files` (its working directory
  /// and `HOME`; without files, one empty directory that must stay empty), with the tool's
  /// `argv[0]` its bare name (so that its messages start `grep: …`). The outcomes come back in
  /// the order of `invocations`; a status is bash's `$?` (128 + N for a tool killed by signal
  /// N). The scripts are split in `parts` run at once.
  public static func run(
    _ invocations: [Invocation], files: [String: [UInt8]] = [:],
    environment: [String: String] = defaultEnvironment,
    parts: Int = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
  ) async throws -> [ProcessOracle.Outcome] {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("oracle-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let streams = root.appendingPathComponent(".streams")
    try FileManager.default.createDirectory(at: streams, withIntermediateDirectories: true)
    // Few files: every file made is an inode to allocate and free, which was most of the cost
    // of a large table. Inputs are written once each; without `files`, the invocations share
    // one empty working directory, checked still empty afterwards; statuses go to one file
    // per part.
    let shared = root.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
    var inputs: [[UInt8]: String] = [:]
    var scripts = Array(repeating: "", count: max(1, min(parts, invocations.count)))
    for (index, invocation) in invocations.enumerated() {
      var directory = shared
      if !files.isEmpty {
        directory = root.appendingPathComponent("\(index)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, content) in files {
          try Data(content).write(to: directory.appendingPathComponent(name))
        }
      }
      let input: String
      if let known = inputs[invocation.stdin] {
        input = known
      } else {
        input = streams.appendingPathComponent("in-\(inputs.count)").path
        try Data(invocation.stdin).write(to: URL(fileURLWithPath: input))
        inputs[invocation.stdin] = input
      }
      let stream = streams.appendingPathComponent("\(index)").path
      let name = URL(fileURLWithPath: invocation.command[0]).lastPathComponent
      let words = ["exec", "-a", name] + invocation.command
      let part = index % scripts.count
      scripts[part] +=
        "(cd -- \(quote(directory.path)) && unset OLDPWD && export HOME=\(quote(directory.path))"
        + " SHLVL=0 && " + words.map(quote).joined(separator: " ") + ") <\(quote(input)) "
        + ">\(quote(stream + ".out")) 2>\(quote(stream + ".err"))\n"
        + "echo \(index) $? >>\(quote(streams.appendingPathComponent("status-\(part)").path))\n"
    }
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (part, script) in scripts.enumerated() {
        let path = root.appendingPathComponent(".script-\(part)").path
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        group.addTask {
          let status = try await runBash(path, environment: environment)
          guard status == 0 else { throw BatchFailure(status: status, script: path) }
        }
      }
      try await group.waitForAll()
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: shared.path)
    guard left.isEmpty else { throw BatchFailure(status: -1, script: "files left: \(left)") }
    var statuses: [Int: Int32] = [:]
    for part in scripts.indices {
      let text = try String(
        contentsOfFile: streams.appendingPathComponent("status-\(part)").path, encoding: .utf8)
      for line in text.split(separator: "\n") {
        let fields = line.split(separator: " ")
        if fields.count == 2, let index = Int(fields[0]), let status = Int32(fields[1]) {
          statuses[index] = status
        }
      }
    }
    return try invocations.indices.map { index in
      let stream = streams.appendingPathComponent("\(index)").path
      guard let status = statuses[index] else {
        throw BatchFailure(status: -1, script: "no status for invocation \(index)")
      }
      return ProcessOracle.Outcome(
        stdout: Array(try Data(contentsOf: URL(fileURLWithPath: stream + ".out"))),
        stderr: Array(try Data(contentsOf: URL(fileURLWithPath: stream + ".err"))),
        status: status)
    }
  }

  /// The batch itself failed: a script's status (its last `echo` could not write, bash is
  /// missing, …), or an invocation left a file in the shared working directory.
  public struct BatchFailure: Error, CustomStringConvertible {
    public var status: Int32
    public var script: String
    public var description: String { "oracle batch \(script) failed with status \(status)" }
  }

  /// `word` as one single-quoted bash word.
  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Runs `bash SCRIPT`.
  static func runBash(_ script: String, environment: [String: String]) async throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [script]
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    return try await wait(for: process)
  }

  /// Starts `process` and returns its exit status once it ends (its termination handler
  /// resumes the caller: no thread waits).
  static func wait(for process: Process) async throws -> Int32 {
    try await withCheckedThrowingContinuation { continuation in
      process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: error)
      }
    }
  }
}

/// An oracle table's real side, run once in a batch (`ProcessOracleBatch`) when a case first
/// asks for its outcome. Keep it in a `static let`: every case of the table then shares one
/// batch.
public final class OracleTable: Sendable {
  private let batch: Task<[ProcessOracleBatch.Invocation: ProcessOracle.Outcome], any Error>

  /// `invocations` may repeat: an invocation runs once.
  public init(
    _ invocations: [ProcessOracleBatch.Invocation], files: [String: [UInt8]] = [:],
    environment: [String: String] = ProcessOracleBatch.defaultEnvironment
  ) {
    var unique: [ProcessOracleBatch.Invocation] = []
    var seen = Set<ProcessOracleBatch.Invocation>()
    for invocation in invocations where seen.insert(invocation).inserted {
      unique.append(invocation)
    }
    batch = Task {
      let outcomes = try await ProcessOracleBatch.run(
        unique, files: files, environment: environment)
      return Dictionary(uniqueKeysWithValues: zip(unique, outcomes))
    }
  }

  /// The real tool's outcome of `invocation`, which must be one of the table's.
  public func outcome(_ invocation: ProcessOracleBatch.Invocation) async throws
    -> ProcessOracle.Outcome
  {
    let outcomes = try await batch.value
    guard let outcome = outcomes[invocation] else {
      throw NotInTable(command: invocation.command)
    }
    return outcome
  }

  /// The invocation asked for is not in the table: the table and the test disagree.
  public struct NotInTable: Error, CustomStringConvertible {
    public var command: [String]
    public var description: String { "not in the oracle table: \(command)" }
  }
}
