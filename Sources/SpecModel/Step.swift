/// One thing a scenario does, at a markdown line.
public struct Step: Equatable, Hashable, Sendable {
  /// The line, counted from the heading of the scenario or environment that holds the step
  /// (the heading is line 0); `SourceMap` gives the heading's line in the document. Relative lines
  /// keep a scenario's YAML unchanged when another scenario above it grows.
  public var line: Int
  public var action: Action
  /// What `set -x` prints for the step (nil outside traced code): see `TracedCommand`.
  public var trace: [TracedCommand]?

  public init(line: Int, _ action: Action, trace: [TracedCommand]? = nil) {
    self.line = line
    self.action = action
    self.trace = trace
  }
}

/// What a step does. Compound actions keep bash's control flow: `and`/`or` lists do not trip
/// `set -e` except on their last command, conditions of `if`/`while` never do.
public indirect enum Action: Equatable, Hashable, Sendable {
  /// A pipeline: a request, a file or printed text, through filters, into a sink.
  case pipeline(Pipeline)
  /// `NAME=value`, `export NAME=value`, `local NAME=value`.
  case assign(Assignment)
  /// `unset NAME…`.
  case unset([String])
  /// `sleep N`.
  case sleep(Seconds)
  /// `mkdir [-p] DIR…`.
  case makeDirectory([Template])
  /// `rm [-f] [-r] PATH…`.
  case remove(Removal)
  /// `chmod MODE PATH…` (octal mode).
  case changeMode(mode: FileModeChange, paths: [Template])
  /// `umask MASK` (octal): files created afterwards in the same shell lose these bits.
  case umask(Int)
  /// A file created empty or with new timestamps: `touch FILE`, `: > FILE`.
  case touch([Template])
  /// `mktemp [-d] [TEMPLATE]` stored in a variable.
  case makeTemporary(TemporaryFile)
  /// `[ … ]`, `[[ … ]]`, `test …`: status 0 when the condition holds.
  case test(Condition)
  /// Explicit failure: `echo MESSAGE >&2; exit STATUS`, or a bare `exit STATUS` when `message` is nil.
  case exit(ExitStep)
  /// `set -a` loading of an environment file: `set -a; source FILE; set +a` (every assignment in
  /// the file is exported). Values read this way are secrets for logging purposes.
  case loadEnvironmentFile(Template)
  /// `set -e`/`+e`, `-u`, `-o pipefail` changes that differ from the runner's `set -euo pipefail`.
  case setOptions(ShellOptions)
  /// `A && B && …`: stops at the first failure; only the last command can trip `set -e`.
  case and([Step])
  /// `A || B || …`: stops at the first success; only the last command can trip `set -e`.
  case or([Step])
  /// `A && B || C`: a list mixing both operators, flat (lists of one operator are `and`/`or`).
  case list(AndOrList)
  /// `! A`: inverts the status; never trips `set -e`.
  case not(Step)
  /// `{ …; }`.
  case group([Step])
  /// `( … )`: variables, `umask` and directory changes made inside do not leak out.
  case subshell([Step])
  case ifElse(IfStep)
  case forEach(ForStep)
  case whileLoop(WhileStep)
  case caseOf(CaseStep)
  /// `break [N]`.
  case breakLoop(Int)
  /// `continue [N]`.
  case continueLoop(Int)
  /// `return [N]` from a function.
  case returnFromFunction(Int?)
  /// `name() { … }`.
  case function(FunctionDefinition)
  /// A call of a function defined by an environment or earlier in the scenario.
  case call(FunctionCall)
  /// `trap 'COMMANDS' EXIT`: run when the scenario ends.
  case onExit([Step])
  /// `trap 'COMMANDS' ERR`: run after a command fails where `set -e` applies (no commands:
  /// `trap - ERR`, `trap '' ERR`).
  case onError([Step])
  /// `trap 'COMMANDS' INT TERM USR1 …`, `trap - SIG`, `trap '' SIG`.
  case onSignal(SignalTrap)
  /// `trap -p [SIG…]`: prints the signal traps set (all, or those named) as `trap -- '…' SIGX`.
  case printTraps([Int])
  /// `COMMAND &`: started in the background; `$!` names it. `job` is the command as bash
  /// prints it when the job dies of a signal (`sleep 5`).
  case background(Step, job: String? = nil)
  /// `timeout SECONDS COMMAND`: the command is stopped after that long, and the status is then
  /// `expiredStatus`: 124, or with `--preserve-status` 128 plus the number of the signal sent.
  case timeout(seconds: Double, Step, expiredStatus: Int32 = 124)
  /// `wait [$PID]`.
  case wait(Template?)
  /// `kill [$PID]`.
  case kill(Template)
  /// `true`/`:` (status 0) and `false` (status 1).
  case status(Int)
  /// `cd DIR`.
  case changeDirectory(Template)
  /// The `read` builtin: one line (or up to a delimiter) of standard input into variables.
  case read(ReadStep)
  /// `mapfile`/`readarray`: every line of standard input into an indexed array.
  case mapfile(MapfileStep)
  /// A command with its standard input and/or output redirected (`while …; done < FILE`,
  /// `{ …; } > FILE`, `read -r X <<< "$V"`, `helper < FILE`): it runs in the current shell
  /// (unlike a pipeline stage), so its variable changes stay.
  case redirected(Redirected)
  /// `NAME=(…)`, `NAME+=(…)`, `local -a NAME`: an indexed array.
  case assignArray(ArrayAssignment)
  /// `NAME[INDEX]=value`.
  case assignElement(ElementAssignment)
  /// `unset 'NAME[INDEX]'`.
  case unsetElement(ArrayElement)
  /// `shift [N]`: drops the first N positional parameters (status 1 when there are fewer). N is
  /// read at run time as bash reads it (a decimal integer, blanks around it allowed).
  case shift(Template)
  /// `set -- WORD…`: replaces the positional parameters.
  case setPositional([Template])
  /// `(( EXPRESSION ))` and `let EXPRESSION…`.
  case arithmetic(ArithmeticCommand)
  /// `for (( INIT; CONDITION; STEP ))`.
  case arithmeticFor(ArithmeticForStep)
  /// `kill -0|-INT|-TERM PID…`, `kill PID PID…`.
  case signal(KillStep)
  /// `wait PID PID…`, `wait -n [PID…]`.
  case waitJobs(WaitStep)
  /// `command -v NAME…`, `type [-t] NAME…`.
  case commandLookup(CommandLookup)
  /// A simple command whose name is only known at run time (`"$@"`, `"${cmd[@]}"`, `$RUNNER
  /// curl …`): its words, each of which may expand to several; the runtime calls the function
  /// they name, or lowers the command they spell as the compiler would (`LateLowering`).
  case lateCommand([Template])
  /// `getopts OPTSTRING NAME [ARG…]`.
  case getopts(GetoptsStep)
  /// `time [-p] PIPELINE`.
  case timed(TimedStep)
}

/// A bash `&&`/`||` list with both operators: left-associative with equal precedence, so each
/// operand runs when the status so far matches its operator (`&&` after a success, `||` after a
/// failure) and is skipped otherwise. Only the operand after the last operator can trip `set -e`.
/// Kept flat: a list of any length needs no recursion to encode, decode or run.
public struct AndOrList: Equatable, Hashable, Sendable {
  public var first: Step
  public var rest: [Link]

  public struct Link: Equatable, Hashable, Sendable {
    public var op: ListOperator
    public var step: Step

    public init(_ op: ListOperator, _ step: Step) {
      self.op = op
      self.step = step
    }
  }

  public init(first: Step, rest: [Link]) {
    self.first = first
    self.rest = rest
  }
}

public enum ListOperator: String, Codable, Equatable, Hashable, Sendable {
  case and = "&&"
  case or = "||"
}

public struct Assignment: Codable, Equatable, Hashable, Sendable {
  public var name: String
  /// `nil` for `export NAME` / `local NAME` without a value.
  public var value: Template?
  public var exported: Bool
  public var local: Bool
  /// `NAME=$(COMMAND)` in a declaration (`local`, `export`, `declare`, `readonly`) or hoisted
  /// out of a command's arguments: the value is the output of this step, run as a command
  /// substitution (a subshell that keeps `set -e`, as with `shopt -s inherit_errexit`, trailing
  /// newlines removed). Its status is not the statement's: bash reports the declaration's (0).
  public var substitution: Step?
  /// `NAME="a-$(…)"`, `NAME=${X:-$(…)}`: the value's command substitutions were hoisted into
  /// capture steps just before this one; the statement's status is the last one's (`$?` when
  /// the step starts), 0 when none ran, as bash reports an assignment's.
  public var substitutionStatus: Bool

  public init(
    name: String, value: Template?, exported: Bool = false, local: Bool = false,
    substitution: Step? = nil, substitutionStatus: Bool = false
  ) {
    self.name = name
    self.value = value
    self.exported = exported
    self.local = local
    self.substitution = substitution
    self.substitutionStatus = substitutionStatus
  }

  enum CodingKeys: String, CodingKey {
    case name, value
    case exported = "export"
    case local
    case substitution = "output-of"
    case substitutionStatus = "substitution-status"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    value = try c.decodeIfPresent(Template.self, forKey: .value)
    exported = try c.flag(.exported)
    local = try c.flag(.local)
    substitution = try c.decodeIfPresent(Step.self, forKey: .substitution)
    substitutionStatus = try c.flag(.substitutionStatus)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encodeIfPresent(value, forKey: .value)
    try c.flag(exported, .exported)
    try c.flag(local, .local)
    try c.encodeIfPresent(substitution, forKey: .substitution)
    try c.flag(substitutionStatus, .substitutionStatus)
  }
}

public struct Removal: Codable, Equatable, Hashable, Sendable {
  public var paths: [Template]
  /// `-f`: missing files are not an error.
  public var force: Bool
  /// `-r`.
  public var recursive: Bool

  public init(paths: [Template], force: Bool = false, recursive: Bool = false) {
    self.paths = paths
    self.force = force
    self.recursive = recursive
  }

  enum CodingKeys: String, CodingKey { case paths, force, recursive }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    paths = try c.decode([Template].self, forKey: .paths)
    force = try c.flag(.force)
    recursive = try c.flag(.recursive)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(paths, forKey: .paths)
    try c.flag(force, .force)
    try c.flag(recursive, .recursive)
  }
}

public struct ExitStep: Codable, Equatable, Hashable, Sendable {
  /// Printed on standard error before exiting (the `echo … >&2` of the idiom), newline included.
  public var message: Template?
  /// `nil` for a bare `exit`: the status of the last command.
  public var status: Int?

  public init(message: Template? = nil, status: Int?) {
    self.message = message
    self.status = status
  }
}

public struct ShellOptions: Codable, Equatable, Hashable, Sendable {
  public var errexit: Bool?
  public var nounset: Bool?
  public var pipefail: Bool?
  public var allexport: Bool?
  public var xtrace: Bool?

  public init(
    errexit: Bool? = nil, nounset: Bool? = nil, pipefail: Bool? = nil, allexport: Bool? = nil,
    xtrace: Bool? = nil
  ) {
    self.errexit = errexit
    self.nounset = nounset
    self.pipefail = pipefail
    self.allexport = allexport
    self.xtrace = xtrace
  }
}

public struct IfStep: Codable, Equatable, Hashable, Sendable {
  /// `if`/`elif` branches in order.
  public var branches: [Branch]
  public var otherwise: [Step]?

  public struct Branch: Codable, Equatable, Hashable, Sendable {
    public var condition: [Step]
    public var then: [Step]

    public init(condition: [Step], then: [Step]) {
      self.condition = condition
      self.then = then
    }
  }

  public init(branches: [Branch], otherwise: [Step]? = nil) {
    self.branches = branches
    self.otherwise = otherwise
  }

  enum CodingKeys: String, CodingKey {
    case branches
    case otherwise = "else"
  }
}

public struct ForStep: Codable, Equatable, Hashable, Sendable {
  public var variable: String
  /// Each item is split into words at run time when it was unquoted (`$(seq 1 5)`, `$LIST`).
  public var items: [LoopItem]
  public var body: [Step]
  /// Under `set -x`: the header bash prints before each iteration, as written
  /// (`for i in a "$x"`).
  public var trace: String?

  public init(variable: String, items: [LoopItem], body: [Step], trace: String? = nil) {
    self.variable = variable
    self.items = items
    self.body = body
    self.trace = trace
  }

  enum CodingKeys: String, CodingKey {
    case variable
    case items = "in"
    case body = "do"
    case trace
  }
}

public enum LoopItem: Equatable, Hashable, Sendable {
  /// One word, used as is.
  case word(Template)
  /// An unquoted expansion: its value split on whitespace.
  case split(Template)
  /// `$(seq [FIRST] LAST)`.
  case sequence(first: Int, last: Int)
  /// A filename glob (`*.json`, `out/report-?.txt`, `[ab]*`), as a pattern whose quoted
  /// characters are backslash-escaped: the matching paths, sorted; the pattern itself when
  /// nothing matches (bash's default, without `nullglob`).
  case glob(String)
}

public struct WhileStep: Codable, Equatable, Hashable, Sendable {
  public var condition: [Step]
  public var body: [Step]
  /// `until` loops run while the condition fails.
  public var until: Bool

  public init(condition: [Step], body: [Step], until: Bool = false) {
    self.condition = condition
    self.body = body
    self.until = until
  }

  enum CodingKeys: String, CodingKey {
    case condition = "while"
    case body = "do"
    case until
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    condition = try c.decode([Step].self, forKey: .condition)
    body = try c.decode([Step].self, forKey: .body)
    until = try c.flag(.until)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(condition, forKey: .condition)
    try c.encode(body, forKey: .body)
    try c.flag(until, .until)
  }
}

public struct CaseStep: Codable, Equatable, Hashable, Sendable {
  public var subject: Template
  public var arms: [Arm]

  public struct Arm: Codable, Equatable, Hashable, Sendable {
    /// Glob patterns.
    public var patterns: [Template]
    public var body: [Step]

    public init(patterns: [Template], body: [Step]) {
      self.patterns = patterns
      self.body = body
    }
  }

  public init(subject: Template, arms: [Arm]) {
    self.subject = subject
    self.arms = arms
  }
}

public struct FunctionDefinition: Codable, Equatable, Hashable, Sendable {
  public var name: String
  public var body: [Step]

  public init(name: String, body: [Step]) {
    self.name = name
    self.body = body
  }
}

public struct FunctionCall: Codable, Equatable, Hashable, Sendable {
  public var name: String
  public var arguments: [Template]
  /// Output redirection of the call (`helper > FILE`, `helper >&2`), standard output when nil.
  public var sink: Sink?

  public init(name: String, arguments: [Template] = [], sink: Sink? = nil) {
    self.name = name
    self.arguments = arguments
    self.sink = sink
  }

  enum CodingKeys: String, CodingKey { case name, arguments, sink }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    arguments = try c.decodeIfPresent([Template].self, forKey: .arguments) ?? []
    sink = try c.decodeIfPresent(Sink.self, forKey: .sink)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    if !arguments.isEmpty { try c.encode(arguments, forKey: .arguments) }
    try c.encodeIfPresent(sink, forKey: .sink)
  }
}
