import Foundation

/// The bash runner's two logs, in its names and layout, so scripts that read the runner's files
/// read ours: `release-e2e.raw.log` (a header, then per scenario its exit code, timed-out flag,
/// duration, stdout and stderr) and `release-e2e.summary.tsv`
/// (`id title exit_code timed_out duration_s stdout_bytes stderr_bytes`). Outcomes arrive already
/// masked.
public final class RunLog: @unchecked Sendable {
  public static let rawLogName = "release-e2e.raw.log"
  public static let summaryName = "release-e2e.summary.tsv"

  /// What the raw log's header names: `# source=`, `# qa_suffix=`, `# output_dir=`.
  public struct Header: Sendable, Equatable {
    public var source: String
    public var qaSuffix: String
    public var outputDirectory: String

    public init(source: String, qaSuffix: String, outputDirectory: String) {
      self.source = source
      self.qaSuffix = qaSuffix
      self.outputDirectory = outputDirectory
    }
  }

  public let rawLog: URL
  public let summary: URL
  private let lock = NSLock()

  /// Creates (or truncates) both files in `directory`, the raw log with its header and the
  /// summary with its column line.
  public init(directory: String, header: Header) throws {
    let url = URL(fileURLWithPath: directory)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    rawLog = url.appendingPathComponent(Self.rawLogName)
    summary = url.appendingPathComponent(Self.summaryName)
    try Data(Self.rawHeader(header)).write(to: rawLog)
    try Data(Self.summaryColumns.utf8).write(to: summary)
  }

  public func append(_ outcome: ScenarioOutcome) throws {
    let raw = Self.rawEntry(outcome)
    let row = Self.summaryRow(outcome)
    try lock.withLock {
      try Self.append(Data(raw), to: rawLog)
      try Self.append(Data(row.utf8), to: summary)
    }
  }

  static let summaryColumns =
    "id\ttitle\texit_code\ttimed_out\tduration_s\tstdout_bytes\tstderr_bytes\n"

  static func rawHeader(_ header: Header) -> [UInt8] {
    Array(
      """
      # Release E2E raw log
      # source=\(header.source)
      # qa_suffix=\(header.qaSuffix)
      # output_dir=\(header.outputDirectory)


      """.utf8)
  }

  /// `## S01 Title`, `exit_code: 0`, `timed_out: false`, `duration_s: 0`, `-- stdout --`, the
  /// output (a newline added when it lacks one), `-- stderr --`, the same, and a blank line.
  static func rawEntry(_ outcome: ScenarioOutcome) -> [UInt8] {
    var raw = Array(
      """
      ## \(outcome.id) \(outcome.title)
      exit_code: \(outcome.status)
      timed_out: \(outcome.timedOut)
      duration_s: \(duration(outcome))
      -- stdout --

      """.utf8)
    raw += terminated(outcome.stdout)
    raw += Array("-- stderr --\n".utf8)
    raw += terminated(outcome.stderr)
    raw.append(UInt8(ascii: "\n"))
    return raw
  }

  static func summaryRow(_ outcome: ScenarioOutcome) -> String {
    let title = outcome.title.replacingOccurrences(of: "\t", with: " ")
    return
      "\(outcome.id)\t\(title)\t\(outcome.status)\t\(outcome.timedOut)\t\(duration(outcome))\t"
      + "\(outcome.stdout.count)\t\(outcome.stderr.count)\n"
  }

  private static func duration(_ outcome: ScenarioOutcome) -> Int {
    outcome.seconds.isFinite ? Int(outcome.seconds.rounded()) : 0
  }

  /// The bytes, with a newline added when they end without one (nothing added when empty).
  private static func terminated(_ bytes: [UInt8]) -> [UInt8] {
    guard let last = bytes.last, last != UInt8(ascii: "\n") else { return bytes }
    return bytes + [UInt8(ascii: "\n")]
  }

  private static func append(_ data: Data, to url: URL) throws {
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: data)
  }
}
