import SpecModel

/// `cp`, `mv`, `ln`, `rmdir`, `readlink`, `mktemp`, `ls`, `stat`, `du`, `truncate`: the argument
/// vector as written, run by the runtime as coreutils 9.1 does. The options the compiler can
/// see are checked against the command's table (`FileCommandOptions`); one the runtime does not
/// implement (`ls -l`, `cp --reflink`) is an error at its word. `stat` needs `-c`, `--format`
/// or `--printf` (its default layout prints times to the nanosecond).
enum FileCommand: PipelineCommand {
  static let names = FileCommandCall.Command.allCases.map(\.rawValue)

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    guard let command = FileCommandCall.Command(rawValue: call.name),
      context.rejectGlobs(call.arguments, command: call.name)
    else { return nil }
    // Words only known at run time stand for operands here: the runtime reads them again.
    let visible = call.arguments.map { context.staticText($0) ?? "operand" }
    if command == .find, case .failure(let failure) = FindCommandLine.parse(visible) {
      context.error(
        CommandDiagnostic.unsupportedOption(command: "find", option: failure.word),
        at: call.arguments[failure.index].position)
      return nil
    }
    switch command == .find ? .success(.init()) : command.options.parse(visible) {
    case .failure(let failure):
      let option = (call.name, failure.option)
      context.error(
        failure.missingValue
          ? CommandDiagnostic.optionNeedsValue(command: option.0, option: option.1)
          : CommandDiagnostic.unsupportedOption(command: option.0, option: option.1),
        at: call.arguments[failure.index].position)
      return nil
    case .success(let parsed):
      if command == .stat, !parsed.has("format"), !parsed.has("printf") {
        context.error(CommandUsageDiagnostic.statWithoutFormat, at: call.position)
        return nil
      }
    }
    var arguments: [Template] = []
    for word in call.arguments {
      guard let template = context.template(word) else { return nil }
      arguments.append(template)
    }
    return .source(.fileCommand(FileCommandCall(command: command, arguments: arguments)))
  }
}
