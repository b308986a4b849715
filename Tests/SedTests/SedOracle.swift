import Foundation
import OracleSupport
import Sed
import Testing

/// One `sed` command line with its input, run by the interpreter and by GNU sed.
struct SedOracleCase: Sendable, CustomTestStringConvertible {
  var arguments: [String]
  var stdin: String
  /// Files in the working directory, by name.
  var files: [String: String] = [:]
  /// Files the script writes, compared after the run.
  var written: [String] = []
  /// Compare standard error byte for byte (otherwise only whether there is any: GNU prints
  /// its usage after a bad option).
  var exactStderr = true

  var testDescription: String {
    "sed "
      + arguments.map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }.joined(separator: " ")
  }
}

/// `sed ARGUMENTS` over `stdin`.
func sed(
  _ arguments: String..., stdin: String = "", files: [String: String] = [:],
  written: [String] = [], exactStderr: Bool = true
) -> SedOracleCase {
  SedOracleCase(
    arguments: arguments, stdin: stdin, files: files, written: written,
    exactStderr: exactStderr)
}

enum SedOracle {
  static let tool = "/usr/bin/sed"

  /// The interpreter on the same command line, files in memory.
  static func runInterpreter(_ oracleCase: SedOracleCase) -> ProcessOracle.Outcome {
    let files = oracleCase.files
    let written = WrittenFiles()
    let environment = SedEnvironment(
      stdin: Array(oracleCase.stdin.utf8),
      readFile: { name throws(SedFileError) in
        guard let content = files[name] else {
          throw SedFileError(reason: "No such file or directory")
        }
        return Array(content.utf8)
      },
      writeFile: { name, bytes throws(SedFileError) in
        guard !name.contains("/") else { throw SedFileError(reason: "No such file or directory") }
        written.write(name, bytes)
      })
    let result = Sed.run(arguments: oracleCase.arguments, environment: environment)
    var read: [String: [UInt8]] = [:]
    for name in oracleCase.written { read[name] = written.content(name) }
    return ProcessOracle.Outcome(
      stdout: result.stdout, stderr: result.stderr, status: result.status, files: read)
  }

  /// Compares stdout, status, stderr and written files with GNU sed's.
  static func check(_ oracleCase: SedOracleCase) throws {
    let expected = try ProcessOracle.run(
      [tool] + oracleCase.arguments, stdin: Array(oracleCase.stdin.utf8),
      files: oracleCase.files.mapValues { Array($0.utf8) }, written: oracleCase.written)
    let actual = runInterpreter(oracleCase)
    #expect(Shown(actual.stdout) == Shown(expected.stdout), "stdout")
    #expect(actual.status == expected.status, "status: \(actual) ≠ \(expected)")
    if oracleCase.exactStderr {
      #expect(Shown(actual.stderr) == Shown(expected.stderr), "stderr")
    } else {
      #expect(actual.stderr.isEmpty == expected.stderr.isEmpty, "stderr: \(actual) ≠ \(expected)")
    }
    #expect(actual.files == expected.files, "files: \(actual) ≠ \(expected)")
  }
}

/// Bytes shown as text in failure messages.
struct Shown: Equatable, CustomStringConvertible {
  var bytes: [UInt8]
  init(_ bytes: [UInt8]) { self.bytes = bytes }
  var description: String { String(decoding: bytes, as: UTF8.self).debugDescription }
}

/// What `w` wrote during one run.
final class WrittenFiles: @unchecked Sendable {
  private let lock = NSLock()
  private var files: [String: [UInt8]] = [:]

  func write(_ name: String, _ bytes: [UInt8]) { lock.withLock { files[name] = bytes } }
  func content(_ name: String) -> [UInt8]? { lock.withLock { files[name] } }
}

extension Trait where Self == ConditionTrait {
  /// Runs the oracle only where GNU sed is installed; says so when it is not.
  static var requiresGNUSed: Self {
    .enabled(
      if: ProcessOracle.isAvailable(SedOracle.tool),
      "\(SedOracle.tool) missing: this sed oracle is skipped")
  }
}
