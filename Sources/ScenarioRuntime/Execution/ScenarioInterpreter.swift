import SpecModel

/// What a block runs with.
public struct ExecutionContext: Sendable {
  /// Variables at start: the process environment (or the runner's chosen subset), plus
  /// `QA_SUFFIX`, `QA_RUN_DIR` and the like the runner sets. All are exported.
  public var variables: [String: String]
  /// Names whose given values win over assignments in setup blocks (`BASE_URL=… spec-compiler run`,
  /// `--env NAME=VALUE`): an environment step assigning one of these leaves it unchanged.
  public var overrides: Set<String>
  /// Where relative paths (`.env`) resolve.
  public var workingDirectory: String
  /// The value of `$$`.
  public var processID: Int32
  public var transport: any CurlTransport

  public init(
    variables: [String: String], overrides: Set<String> = [], workingDirectory: String,
    processID: Int32, transport: any CurlTransport
  ) {
    self.variables = variables
    self.overrides = overrides
    self.workingDirectory = workingDirectory
    self.processID = processID
    self.transport = transport
  }
}

/// Where a block stopped when it failed.
public struct FailurePoint: Sendable, Equatable {
  /// The environment id or scenario id whose step failed.
  public var owner: String
  /// The step's line, relative to its owner's heading (as in the IR).
  public var line: Int
  public var status: Int32

  public init(owner: String, line: Int, status: Int32) {
    self.owner = owner
    self.line = line
    self.status = status
  }
}

/// The outcome of a block, as the bash runner would have seen it.
public struct ExecutionResult: Sendable, Equatable {
  /// The exit status of `bash -c 'set -euo pipefail; <setup>; <block>'`.
  public var status: Int32
  public var stdout: [UInt8]
  public var stderr: [UInt8]
  /// The step that ended the block with a failure (errexit or an explicit `exit N`, N ≠ 0).
  public var failure: FailurePoint?
  /// Values read from environment files (`.env`): secrets to mask in logs.
  public var secrets: [String]

  public init(
    status: Int32, stdout: [UInt8] = [], stderr: [UInt8] = [], failure: FailurePoint? = nil,
    secrets: [String] = []
  ) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
    self.failure = failure
    self.secrets = secrets
  }
}
