import Foundation
import OracleSupport
import Testing

@testable import Awk

/// A real awk the interpreter is compared with.
enum AwkOracleTool: String, Sendable, CaseIterable {
  case mawk
  case gawk

  /// The command line before the program's own arguments.
  var command: [String] {
    switch self {
    case .mawk: return ["/usr/bin/mawk"]
    case .gawk: return ["/usr/bin/gawk", "--posix"]
    }
  }
}

/// One awk command line with its input, run by the interpreter and by real awks.
struct AwkOracleCase: Sendable, CustomTestStringConvertible {
  var arguments: [String]
  var stdin: String
  /// Files in the working directory, by name.
  var files: [String: String] = [:]
  /// Files the program writes, compared after the run.
  var written: [String] = []
  /// The awks whose behaviour is followed (both, unless they disagree: then the note says why).
  var oracles: [AwkOracleTool] = AwkOracleTool.allCases
  /// `for (k in a)` order is unspecified: compare the sorted lines.
  var sortsLines = false
  var note = ""

  var testDescription: String {
    arguments.map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }.joined(separator: " ")
  }
}

/// `awk ARGUMENTS` over `stdin`.
func awk(
  _ arguments: String..., stdin: String = "", files: [String: String] = [:],
  written: [String] = [], only: AwkOracleTool? = nil, sorted: Bool = false, note: String = ""
) -> AwkOracleCase {
  AwkOracleCase(
    arguments: arguments, stdin: stdin, files: files, written: written,
    oracles: only.map { [$0] } ?? AwkOracleTool.allCases, sortsLines: sorted, note: note)
}

/// What a run wrote and how it ended.
struct AwkOutcome: Equatable, CustomStringConvertible {
  var stdout: String
  var stderr: String
  var status: Int32
  var files: [String: String] = [:]

  var description: String {
    "status \(status), stdout \(stdout.debugDescription), stderr \(stderr.debugDescription)"
      + (files.isEmpty ? "" : ", files \(files)")
  }
}

enum AwkOracle {
  static let environment = ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin", "AWK_ORACLE": "on 42"]

  static func isAvailable(_ path: String) -> Bool {
    FileManager.default.isExecutableFile(atPath: path)
  }

  static func runTool(_ tool: AwkOracleTool, _ oracleCase: AwkOracleCase) throws -> AwkOutcome {
    let outcome = try ProcessOracle.run(
      tool.command + oracleCase.arguments, stdin: Array(oracleCase.stdin.utf8),
      files: oracleCase.files.mapValues { Array($0.utf8) }, written: oracleCase.written,
      environment: environment)
    var files: [String: String] = [:]
    for name in oracleCase.written {
      files[name] = outcome.files[name].map { String(decoding: $0, as: UTF8.self) } ?? "<missing>"
    }
    return AwkOutcome(
      stdout: String(decoding: outcome.stdout, as: UTF8.self),
      stderr: String(decoding: outcome.stderr, as: UTF8.self), status: outcome.status,
      files: files)
  }

  /// Runs the interpreter on the same command line, files in memory.
  static func runInterpreter(_ oracleCase: AwkOracleCase) -> AwkOutcome {
    let invocation: AwkInvocation
    do {
      invocation = try Awk.parse(arguments: oracleCase.arguments)
    } catch {
      return AwkOutcome(stdout: "", stderr: "awk: \(error)\n", status: 2)
    }
    let files = oracleCase.files
    let writtenFiles = WrittenFiles()
    let environment = AwkEnvironment(
      stdin: Array(oracleCase.stdin.utf8),
      readFile: { name in
        if let written = writtenFiles.content(name) { return written }
        guard let content = files[name] else { throw AwkFileError.notFound }
        return Array(content.utf8)
      },
      writeFile: { name, bytes, append in writtenFiles.write(name, bytes, append: append) },
      variables: environment)
    let result = Awk.run(invocation, environment: environment)
    var written: [String: String] = [:]
    for name in oracleCase.written {
      written[name] =
        writtenFiles.content(name).map { String(decoding: $0, as: UTF8.self) }
        ?? "<missing>"
    }
    return AwkOutcome(
      stdout: String(decoding: result.stdout, as: UTF8.self),
      stderr: String(decoding: result.stderr, as: UTF8.self), status: result.status,
      files: written)
  }

  /// Compares stdout, written files, exit status and whether stderr is empty.
  static func check(_ oracleCase: AwkOracleCase) throws {
    let actual = runInterpreter(oracleCase)
    for tool in oracleCase.oracles {
      let expected = try runTool(tool, oracleCase)
      let normalize: (String) -> String = { text in
        oracleCase.sortsLines ? text.split(separator: "\n").sorted().joined(separator: "\n") : text
      }
      #expect(
        normalize(actual.stdout) == normalize(expected.stdout),
        "stdout vs \(tool): \(actual) ≠ \(expected)")
      #expect(actual.status == expected.status, "status vs \(tool): \(actual) ≠ \(expected)")
      #expect(
        actual.stderr.isEmpty == expected.stderr.isEmpty,
        "stderr vs \(tool): \(actual) ≠ \(expected)")
      #expect(actual.files == expected.files, "files vs \(tool): \(actual) ≠ \(expected)")
    }
  }
}

/// What `print > file` wrote during one run.
final class WrittenFiles: @unchecked Sendable {
  private let lock = NSLock()
  private var files: [String: [UInt8]] = [:]

  func write(_ name: String, _ bytes: [UInt8], append: Bool) {
    lock.withLock {
      files[name] = (append ? files[name] ?? [] : []) + bytes
    }
  }

  func content(_ name: String) -> [UInt8]? { lock.withLock { files[name] } }
}

extension Trait where Self == ConditionTrait {
  /// Runs the oracle only where every one of `paths` is installed; says which is missing.
  static func requiresTools(_ paths: String...) -> Self {
    let missing = paths.filter { !AwkOracle.isAvailable($0) }
    return .enabled(
      if: missing.isEmpty,
      "\(missing.joined(separator: ", ")) missing: this oracle is skipped")
  }

  /// Both reference awks.
  static var requiresAwks: Self { requiresTools("/usr/bin/mawk", "/usr/bin/gawk") }
}
