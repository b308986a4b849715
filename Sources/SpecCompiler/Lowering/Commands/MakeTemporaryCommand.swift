import SpecModel

/// `NAME=$(mktemp [-d] [-p DIR] [TEMPLATE])`: a fresh file or directory whose path is stored.
enum MakeTemporaryCommand {
  static func lower(_ call: CommandCall, into variable: String, context: inout LoweringContext)
    -> TemporaryFile?
  {
    var temporary = TemporaryFile(variable: variable)
    var directory: Template?
    var words = call.arguments[...]
    while let word = words.popFirst() {
      let text = context.staticText(word)
      switch text {
      case "-d", "--directory":
        temporary.directory = true
      case "-p", "--tmpdir":
        guard let dirWord = words.popFirst(), let dir = context.template(dirWord) else {
          context.error(CommandUsageDiagnostic.mktempDirectory, at: word.position)
          return nil
        }
        directory = dir
      case "-t":
        break
      case let flag? where flag.hasPrefix("-"):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "mktemp", option: flag), at: word.position)
        return nil
      default:
        guard temporary.template == nil, let t = context.template(word) else {
          context.error(CommandUsageDiagnostic.mktempOneTemplate, at: word.position)
          return nil
        }
        temporary.template = t
      }
    }
    if let directory {
      temporary.template =
        Template(
          directory.parts + [.literal("/")]
            + (temporary.template?.parts ?? [.literal("tmp.XXXXXXXXXX")])
        ).normalized
    }
    return temporary
  }
}
