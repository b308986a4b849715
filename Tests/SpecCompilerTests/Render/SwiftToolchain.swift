import Foundation
import OracleSupport

@testable import SpecCompiler
@testable import SpecYAML

/// `swiftc` and `swift-format` from the toolchain running the tests, for checking generated code.
enum SwiftToolchain {
  static let swiftc: URL? = find("swiftc")
  static let swiftFormat: URL? = find("swift-format")
  static let swift: URL? = find("swift")

  /// Next to the running toolchain first, then on `PATH`.
  static func find(_ tool: String) -> URL? {
    var directories: [String] = []
    if let toolchain = ProcessInfo.processInfo.environment["TOOLCHAIN_BIN"] {
      directories.append(toolchain)
    }
    directories += (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(
      String.init)
    directories += ["/usr/bin", "/opt/swift/usr/bin"]
    for directory in directories {
      let url = URL(fileURLWithPath: directory).appendingPathComponent(tool)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  struct Run: Sendable {
    var status: Int32
    var output: String
  }

  /// Runs `tool`, standard output and error together, on a thread of its own: a long child
  /// process (a package build) must not hold one of the few threads Swift concurrency runs every
  /// other test on.
  static func run(
    _ tool: URL, _ arguments: [String], in directory: URL? = nil,
    environment: [String: String]? = nil
  ) async throws -> Run {
    try await OwnThread.run {
      try runBlocking(tool, arguments, in: directory, environment: environment)
    }
  }

  private static func runBlocking(
    _ tool: URL, _ arguments: [String], in directory: URL?, environment: [String: String]?
  ) throws -> Run {
    let (status, output) = try ProcessOracle.combined(
      tool, arguments, in: directory, environment: environment)
    return Run(status: status, output: output)
  }

  /// A fresh scratch directory.
  static func scratch(_ prefix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `files` (relative path → contents) under `directory`; returns their URLs.
  @discardableResult
  static func write(_ files: [SpecFile], under directory: URL) throws -> [URL] {
    try files.map { file in
      let url = directory.appendingPathComponent(file.path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.contents.utf8).write(to: url)
      return url
    }
  }
}
