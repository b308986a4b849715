import Shell
import SpecModel

/// A simple command as the lowering of one command sees it: its name and argument words.
struct CommandCall {
  var name: String
  var arguments: [BashWord]
  var position: BashPosition
}

/// What a command contributes to a pipeline: where bytes come from, or how they are
/// transformed.
enum PipelineStage {
  case source(Source)
  case filter(Filter)
  /// A filter that reads only its own file operands (`jq . FILE`, `grep P A B`), never its
  /// standard input: first in a pipeline, it has no input.
  case fileFilter(Filter)

  /// `filter` reading `files` (its file operands, `-` for standard input): a plain filter
  /// when it reads standard input, else a file filter.
  static func reading(_ files: [Template], _ filter: Filter) -> PipelineStage {
    files.isEmpty || files.contains("-") ? .filter(filter) : .fileFilter(filter)
  }
}

/// A command that produces or transforms bytes (`curl`, `jq`, `sed`, `printf`, …).
protocol PipelineCommand: SendableMetatype {
  static var names: [String] { get }
  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage?
}

/// A command that is a step of its own (`sleep`, `rm`, `exit`, …).
protocol StepCommand: SendableMetatype {
  static var names: [String] { get }
  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action?
}

/// Every command the compiler understands. Adding a command is adding its file and one entry.
enum CommandTable {
  static let pipelineCommands: [any PipelineCommand.Type] = [
    CurlCommand.self, JQCommand.self, SedCommand.self, HeadCommand.self, TailCommand.self,
    GrepCommand.self, PrintfCommand.self, EchoCommand.self, CatCommand.self, WordCountCommand.self,
    TranslateCommand.self, TeeCommand.self, Base64Command.self, CopyBytesCommand.self,
    SortCommand.self, UniqCommand.self, CutCommand.self, AwkCommand.self, DateCommand.self,
    SeqCommand.self, BasenameCommand.self, DirnameCommand.self, ChecksumCommand.self,
    UuidgenCommand.self, OpensslCommand.self, RealpathCommand.self,
    PrintenvCommand.self, OdCommand.self, XxdCommand.self, XargsCommand.self,
    PwdCommand.self,
    FileCommand.self,
    PasteCommand.self, RevCommand.self, TacCommand.self, CommCommand.self, CmpCommand.self,
    NumberLinesCommand.self, FoldCommand.self, ExprCommand.self, DiffCommand.self,
    BcCommand.self,
  ]
  static let stepCommands: [any StepCommand.Type] = [
    SleepCommand.self, RemoveCommand.self, MakeDirectoryCommand.self, ChangeModeCommand.self,
    UmaskCommand.self, TouchCommand.self, ExitCommand.self, ReturnCommand.self, SetCommand.self,
    SourceCommand.self, TrapCommand.self, TestCommand.self, StatusCommand.self,
    LoopControlCommand.self,
    UnsetCommand.self, WaitCommand.self, KillCommand.self, ChangeDirectoryCommand.self,
    ReadCommand.self, MapfileCommand.self,
    ShiftCommand.self,
    LetCommand.self, CommandLookupCommand.self,
    GetoptsCommand.self, HashCommand.self, ShoptCommand.self, EvalCommand.self,
  ]
  /// Step commands that print on standard output: they take output redirections.
  static let printingStepCommands: Set<String> = ["command", "type"]

  static let pipelineByName: [String: any PipelineCommand.Type] = Dictionary(
    pipelineCommands.flatMap { command in command.names.map { ($0, command) } },
    uniquingKeysWith: { first, _ in first })
  static let stepByName: [String: any StepCommand.Type] = Dictionary(
    stepCommands.flatMap { command in command.names.map { ($0, command) } },
    uniquingKeysWith: { first, _ in first })
}
