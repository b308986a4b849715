#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What makes a configuration unusable, found before anything runs.
extension RunnerConfiguration {
  /// A configuration that cannot run, and why.
  public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// The longest per-scenario limit, in seconds (about 31 years): a longer one overflows the
  /// clock's arithmetic.
  public static let maximumTimeout: Double = 1_000_000_000

  /// Why `seconds` cannot be a per-scenario limit (not a number, infinite, 0 or less, too long),
  /// or nil.
  public static func timeoutProblem(_ seconds: Double) -> String? {
    if seconds.isNaN { return "is not a number" }
    if seconds <= 0 { return "must be greater than 0 seconds" }
    if !(seconds <= maximumTimeout) { return "must be at most \(Int(maximumTimeout)) seconds" }
    return nil
  }

  /// Why `suffix` cannot be a QA suffix (it names the run directory and per-run resources), or
  /// nil: it must be non-empty and free of `/`, `..`, NUL and line breaks.
  public static func qaSuffixProblem(_ suffix: String) -> String? {
    if suffix.isEmpty { return "is empty" }
    if suffix.contains("/") { return "contains '/'" }
    if suffix.contains("..") { return "contains '..'" }
    if suffix.contains(where: { $0 == "\0" || $0.isNewline }) {
      return "contains a NUL or line break"
    }
    return nil
  }

  /// Everything that stops this configuration from running: the QA suffix, the timeout, an
  /// empty run directory, and a run or output directory that is not a directory or cannot be
  /// written (or created).
  public func problems() -> [Problem] {
    var problems: [String] = []
    if let reason = Self.qaSuffixProblem(qaSuffix) {
      problems.append("QA_SUFFIX '\(qaSuffix)' \(reason)")
    }
    if let reason = Self.timeoutProblem(timeout) {
      problems.append("the per-scenario timeout (\(timeout)) \(reason)")
    }
    if jobs < 1 {
      problems.append("E2E_JOBS is not a number of scenarios ≥ 1")
    }
    if let reason = Self.directoryProblem(runDirectory) {
      problems.append("QA_RUN_DIR '\(runDirectory)' \(reason)")
    }
    if outputDirectory != runDirectory, let reason = Self.directoryProblem(outputDirectory) {
      problems.append("the output directory '\(outputDirectory)' \(reason)")
    }
    return problems.map(Problem.init)
  }

  /// Why files cannot be written in `path` (made when missing), or nil.
  static func directoryProblem(_ path: String) -> String? {
    if path.isEmpty { return "is empty" }
    if path.contains(where: { $0 == "\0" || $0.isNewline }) {
      return "contains a NUL or line break"
    }
    var existing = path
    while FileSystem.info(existing) == nil {
      let parent = Self.parent(existing)
      if parent == existing { break }
      existing = parent
    }
    guard let info = FileSystem.info(existing) else { return "cannot be created" }
    guard info.kind == .directory else {
      return existing == path
        ? "is not a directory" : "cannot be created: '\(existing)' is not a directory"
    }
    guard FileSystem.isAccessible(existing, W_OK | X_OK) else {
      return existing == path
        ? "is not writable" : "cannot be created: '\(existing)' is not writable"
    }
    return nil
  }

  private static func parent(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }
}
