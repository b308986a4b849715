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
  /// Told of the script's output and secrets as they come (what a timed-out run had printed).
  public var observer: (any ExecutionObserver)?
  /// The time the script sees; one clock for a whole run, so later scenarios read later times.
  public var clock: ScenarioClock

  public init(
    variables: [String: String], overrides: Set<String> = [], workingDirectory: String,
    processID: Int32, transport: any CurlTransport, observer: (any ExecutionObserver)? = nil,
    clock: ScenarioClock = .real
  ) {
    self.variables = variables
    self.overrides = overrides
    self.workingDirectory = workingDirectory
    self.processID = processID
    self.transport = transport
    self.observer = observer
    self.clock = clock
  }

  /// A shell's state at start: the variables, directory and process id, on this context's clock.
  func initialState() -> ShellState {
    var state = ShellState(
      variables: variables, workingDirectory: workingDirectory, processID: processID)
    state.clock = clock
    state.startTime = clock.instant
    state.setBashVariables()
    return state
  }
}

/// Sees a script's standard output and error bytes as they are written, and every secret as
/// it becomes known, from whatever thread writes them.
public protocol ExecutionObserver: Sendable {
  func standardOutput(_ bytes: [UInt8])
  func standardError(_ bytes: [UInt8])
  func secret(_ value: String)
}

/// Where a block stopped when it failed.
public struct FailurePoint: Sendable, Equatable, Codable {
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
  /// Values read from environment files (`.env`) and credentials the block obtained
  /// (`CredentialOrigin`): secrets to mask in logs.
  public var secrets: [String]
  /// What the failing step found (unmasked), with `failure`.
  public var detail: FailureDetail?

  public init(
    status: Int32, stdout: [UInt8] = [], stderr: [UInt8] = [], failure: FailurePoint? = nil,
    secrets: [String] = [], detail: FailureDetail? = nil
  ) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
    self.failure = failure
    self.secrets = secrets
    self.detail = detail
  }
}

/// Runs IR steps in-process as `bash -c 'set -euo pipefail; <setup blocks>; <scenario block>'`
/// (bash 5.2) would: same status, standard output bytes and standard error. curl goes through
/// `context.transport`, the filters through `FilterRunner`; nothing else runs outside the
/// process.
///
/// Where the IR has lost what bash would need, the interpreter takes the common reading:
/// - quoting: in pattern words (`${V#…}`, `${V//…}`, `case`, `[[ == ]]`) literal text is a glob
///   and expanded values match literally (`"$PREFIX"`); unquoted words are not glob-expanded;
/// - `kill` of a job that already ended fails without bash's message (documents discard it with
///   `2>/dev/null`, which the compiler drops for step commands).
///
/// Outcomes bash does not define for an in-process run: a cancelled run ends with status 124
/// (its exit trap still runs), background jobs still running at the end are cancelled. An exit
/// trap keeps the script's status unless it exits itself (`exit N`, or `set -e`), as in bash.
public enum ScenarioInterpreter {
  /// A list of steps and who owns them (whose heading their lines count from).
  public struct Block: Sendable {
    public var owner: String
    public var steps: [Step]
    /// A setup block: its assignments to `ExecutionContext.overrides` names keep the given
    /// values.
    public var isEnvironment: Bool

    public init(owner: String, steps: [Step], isEnvironment: Bool = false) {
      self.owner = owner
      self.steps = steps
      self.isEnvironment = isEnvironment
    }
  }

  /// The environments' steps (owner: the environment id), then the scenario's (owner: the
  /// scenario id), in one shell.
  public static func run(
    environments: [Environment], scenario: Scenario, context: ExecutionContext
  ) async -> ExecutionResult {
    let blocks =
      environments.map { Block(owner: $0.id, steps: $0.steps, isEnvironment: true) }
      + [Block(owner: scenario.id, steps: scenario.steps)]
    return await run(blocks: blocks, context: context)
  }

  /// Setup blocks run once, for every scenario that starts from them (`PreparedSetup`).
  /// `base` is a setup already run that these environments continue (its shell state, output
  /// and secrets carry over).
  public static func prepare(
    environments: [Environment], after base: PreparedSetup? = nil, context: ExecutionContext
  ) async -> PreparedSetup {
    let blocks = environments.map { Block(owner: $0.id, steps: $0.steps, isEnvironment: true) }
    var prepared =
      base
      ?? PreparedSetup(
        state: context.initialState(), result: ExecutionResult(status: 0), ended: false)
    guard !prepared.ended else { return prepared }
    let run = ScenarioRun(
      transport: context.transport, overrides: context.overrides,
      overrideOwners: Set(prepared.owners + blocks.map(\.owner)), processID: context.processID,
      observer: context.observer)
    for secret in prepared.result.secrets { run.addSecret(secret) }
    let interpreter = Interpreter(
      state: prepared.state, run: run, stdout: .buffer(run.stdout), stderr: .buffer(run.stderr),
      owner: blocks.first?.owner ?? "")
    let (status, failure, ended) = await context.clock.participating {
      var (status, failure, ended) = await interpreter.runBlocks(blocks)
      if ended {
        (status, failure) = await interpreter.finish(status: status, failure: failure)
      } else {
        await interpreter.stopJobs()
      }
      return (status, failure, ended)
    }
    prepared.state = interpreter.state
    prepared.ended = ended
    prepared.owners += blocks.map(\.owner)
    prepared.result = ExecutionResult(
      status: ended ? status : 0, stdout: prepared.result.stdout + run.stdout.contents,
      stderr: prepared.result.stderr + run.stderr.contents, failure: ended ? failure : nil,
      secrets: run.secrets, detail: ended ? interpreter.failureDetail(for: failure) : nil)
    return prepared
  }

  /// The scenario's steps in a shell that starts where `setup` left it: the setup's output
  /// comes first, as if it had just run; a setup that ended the shell is the result.
  public static func run(
    scenario: Scenario, after setup: PreparedSetup, context: ExecutionContext
  ) async -> ExecutionResult {
    guard !setup.ended else { return setup.result }
    let run = ScenarioRun(
      transport: context.transport, overrides: context.overrides,
      overrideOwners: Set(setup.owners), processID: context.processID, observer: context.observer)
    for secret in setup.result.secrets { run.addSecret(secret) }
    var state = setup.state
    state.clock = context.clock
    state.startTime = context.clock.instant
    let interpreter = Interpreter(
      state: state, run: run, stdout: .buffer(run.stdout), stderr: .buffer(run.stderr),
      owner: scenario.id)
    let (status, failure) = await context.clock.participating {
      await interpreter.runScript([Block(owner: scenario.id, steps: scenario.steps)])
    }
    return ExecutionResult(
      status: status, stdout: setup.result.stdout + run.stdout.contents,
      stderr: setup.result.stderr + run.stderr.contents, failure: failure, secrets: run.secrets,
      detail: interpreter.failureDetail(for: failure))
  }

  /// One list of steps (a test's or a single block's).
  public static func run(
    steps: [Step], owner: String, isEnvironment: Bool = false, context: ExecutionContext
  ) async -> ExecutionResult {
    await run(
      blocks: [Block(owner: owner, steps: steps, isEnvironment: isEnvironment)], context: context)
  }

  /// Blocks in order, in one shell.
  public static func run(blocks: [Block], context: ExecutionContext) async -> ExecutionResult {
    let run = ScenarioRun(
      transport: context.transport, overrides: context.overrides,
      overrideOwners: Set(blocks.filter(\.isEnvironment).map(\.owner)),
      processID: context.processID, observer: context.observer)
    let state = context.initialState()
    let interpreter = Interpreter(
      state: state, run: run, stdout: .buffer(run.stdout), stderr: .buffer(run.stderr),
      owner: blocks.first?.owner ?? "")
    let (status, failure) = await context.clock.participating {
      await interpreter.runScript(blocks)
    }
    return ExecutionResult(
      status: status, stdout: run.stdout.contents, stderr: run.stderr.contents,
      failure: failure, secrets: run.secrets, detail: interpreter.failureDetail(for: failure))
  }
}

/// The shell after the setup blocks, for scenarios to start from: how `DocumentRunner` runs
/// setup once per run instead of once per scenario.
public struct PreparedSetup: Sendable {
  var state: ShellState
  /// The setup's output and secrets so far; its status when it `ended` the shell.
  public internal(set) var result: ExecutionResult
  /// An `exit` (or a `set -e` failure) in a setup block ended the shell: no scenario runs.
  public internal(set) var ended: Bool
  /// The environments run so far.
  public internal(set) var owners: [String] = []
}
