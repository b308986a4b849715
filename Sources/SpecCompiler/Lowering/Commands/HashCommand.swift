import Shell
import SpecModel

/// `hash -r` and `hash NAME…` for its status: 0 for a function, a builtin or a program the
/// runtime runs (bash finds those on `PATH`); a name the runtime cannot run is an error here,
/// since nothing it would do can run either. `hash` alone prints the table (not supported).
enum HashCommand: StepCommand {
  static let names = ["hash"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var words = call.arguments[...]
    while let first = words.first, let text = context.staticText(first), text.hasPrefix("-"),
      text.count > 1
    {
      words.removeFirst()
      if text == "--" { break }
      guard text == "-r" else {
        context.error(
          CommandDiagnostic.unsupportedOption(command: "hash", option: text), at: first.position)
        return nil
      }
      if words.isEmpty { return .status(0) }
    }
    guard !words.isEmpty else {
      context.error(CommandUsageDiagnostic.hashTable, at: call.position)
      return nil
    }
    for word in words {
      guard let name = context.staticText(word) else {
        context.error(CommandDiagnostic.lookupNeedsLiteralNames(command: "hash"), at: word.position)
        return nil
      }
      guard
        context.functions.contains(name) || BashCommandNames.builtins.contains(name)
          || BashCommandNames.externalCommands.contains(name)
      else {
        context.error(
          CommandDiagnostic.toolError(
            command: "hash", message: "\(name): not a command the runtime runs"),
          at: word.position)
        return nil
      }
    }
    return .status(0)
  }
}
