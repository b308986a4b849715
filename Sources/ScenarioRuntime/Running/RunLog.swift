import Foundation

/// The bash runner's two logs: a raw log (per scenario: exit code, timed out, duration, stdout,
/// stderr) and a TSV summary (`id title exit_code timed_out duration_s stdout_bytes stderr_bytes`).
/// Outcomes arrive already masked.
public final class RunLog: @unchecked Sendable {
  public static let rawLogName = "raw.log"
  public static let summaryName = "summary.tsv"

  public let rawLog: URL
  public let summary: URL
  private let lock = NSLock()

  public init(directory: String) throws {
    let url = URL(fileURLWithPath: directory)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    rawLog = url.appendingPathComponent(Self.rawLogName)
    summary = url.appendingPathComponent(Self.summaryName)
    try Data().write(to: rawLog)
    try Data("id\ttitle\texit_code\ttimed_out\tduration_s\tstdout_bytes\tstderr_bytes\n".utf8)
      .write(to: summary)
  }

  public func append(_ outcome: ScenarioOutcome) throws {
    let duration = Int(outcome.seconds.rounded())
    var raw = Data()
    raw.append(Data("===== \(outcome.id) \(outcome.title)\n".utf8))
    raw.append(
      Data(
        "exit_code=\(outcome.status) timed_out=\(outcome.timedOut ? 1 : 0) duration_s=\(duration)\n"
          .utf8))
    raw.append(Data("----- stdout\n".utf8))
    raw.append(Data(outcome.stdout))
    if outcome.stdout.last.map({ $0 != UInt8(ascii: "\n") }) ?? false {
      raw.append(Data("\n".utf8))
    }
    raw.append(Data("----- stderr\n".utf8))
    raw.append(Data(outcome.stderr))
    if outcome.stderr.last.map({ $0 != UInt8(ascii: "\n") }) ?? false {
      raw.append(Data("\n".utf8))
    }
    let title = outcome.title.replacingOccurrences(of: "\t", with: " ")
    let row =
      "\(outcome.id)\t\(title)\t\(outcome.status)\t\(outcome.timedOut ? 1 : 0)\t\(duration)\t"
      + "\(outcome.stdout.count)\t\(outcome.stderr.count)\n"
    try lock.withLock {
      try Self.append(raw, to: rawLog)
      try Self.append(Data(row.utf8), to: summary)
    }
  }

  private static func append(_ data: Data, to url: URL) throws {
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: data)
  }
}
