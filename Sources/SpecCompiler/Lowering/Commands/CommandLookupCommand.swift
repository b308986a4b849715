import Shell
import SpecModel

/// `command -v NAME…`, `type -t NAME…`, `type NAME…`: what names are to bash, answered at run
/// time from the shell's functions, bash's keywords and builtins, and the external commands the
/// runtime implements (`BashCommandNames`).
enum CommandLookupCommand: StepCommand {
  static let names = ["command", "type"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var words = call.arguments[...]
    var options: [String] = []
    while let first = words.first, let text = context.staticText(first), text.hasPrefix("-"),
      text.count > 1
    {
      words.removeFirst()
      if text == "--" { break }
      options.append(text)
    }
    let style: CommandLookup.Style
    switch (call.name, options) {
    case ("command", ["-v"]): style = .path
    case ("type", ["-t"]): style = .kind
    case ("type", []): style = .describe
    default:
      let shown = ([call.name] + options).joined(separator: " ")
      context.error(CommandDiagnostic.commandLookupUnsupported(shown), at: call.position)
      return nil
    }
    guard !words.isEmpty else {
      context.error(CommandDiagnostic.commandLookupNeedsName(command: call.name), at: call.position)
      return nil
    }
    var names: [Template] = []
    for word in words {
      guard let name = context.template(word) else { return nil }
      if style == .describe {
        // `type NAME` prints a function's body, and `NAME is hashed (PATH)` once the command
        // has run: neither is known here.
        guard let text = name.literalText else {
          context.error(CommandUsageDiagnostic.typeNeedsLiteralNames, at: word.position)
          return nil
        }
        if context.functions.contains(text) || BashCommandNames.externalCommands.contains(text) {
          context.error(CommandDiagnostic.typeOperandUnsupported(text), at: word.position)
          return nil
        }
      }
      names.append(name)
    }
    return .commandLookup(CommandLookup(style: style, names: names))
  }
}
