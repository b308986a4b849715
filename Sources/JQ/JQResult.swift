/// What the `jq` 1.6 command line would have written and exited with.
public struct JQResult: Sendable, Equatable {
  /// The bytes written to stdout.
  public var stdout: [UInt8]
  /// The text written to stderr.
  public var stderr: String
  /// The exit status, as a parent process sees it (0–255).
  public var status: Int32

  public init(stdout: [UInt8], stderr: String, status: Int32) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
  }
}
