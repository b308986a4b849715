import Shell
import SpecModel

/// `command -v NAME…`, `command -V NAME…`, `type [-t|-p|-a] NAME…`: what names are to bash,
/// answered at run time from the shell's functions, bash's keywords and builtins, and the
/// external commands the runtime implements (`BashCommandNames`); a function's definition is
/// printed at compile time (`BashFunctionPrinter`), by `LoweringContext.functionDefinitions`.
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
    case ("command", ["-V"]): style = .describeCommand
    case ("type", ["-t"]): style = .kind
    case ("type", ["-p"]): style = .filePath
    case ("type", ["-a"]): style = .all
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
      if style == .describe || style == .describeCommand {
        // `type NAME` prints `NAME is hashed (PATH)` once the command has run, which is not
        // known here; a function's definition must be one this block or a setup defined.
        guard let text = name.literalText else {
          context.error(
            CommandDiagnostic.lookupNeedsLiteralNames(command: call.name), at: word.position)
          return nil
        }
        if BashCommandNames.externalCommands.contains(text) {
          context.error(
            CommandDiagnostic.typeOperandUnsupported(command: call.name, name: text),
            at: word.position)
          return nil
        }
      }
      names.append(name)
    }
    return lookup(style, names: names, at: call.position, context: &context)
  }

  /// The lookup with the definitions it may print: those of the names given when they are
  /// literal, else every function defined so far. A function whose definition is not known
  /// here (defined where this block cannot see it) is an error.
  static func lookup(
    _ style: CommandLookup.Style, names: [Template], at position: BashPosition,
    context: inout LoweringContext
  ) -> Action? {
    guard [.describe, .describeCommand, .all, .definitions].contains(style) else {
      return .commandLookup(CommandLookup(style: style, names: names))
    }
    let literal = names.compactMap(\.literalText)
    let wanted =
      literal.count == names.count && !names.isEmpty
      ? literal.filter { context.functions.contains($0) } : context.functions.sorted()
    var definitions: [String: String] = [:]
    for name in wanted {
      guard let definition = context.functionDefinitions[name] else {
        context.error(CommandDiagnostic.functionDefinitionUnknown(name), at: position)
        return nil
      }
      definitions[name] = definition
    }
    return .commandLookup(CommandLookup(style: style, names: names, definitions: definitions))
  }
}
