import Shell
import SpecModel

/// `NAME=$(mktemp [-d] [-p DIR] [TEMPLATE])`: a fresh file or directory whose path is stored.
/// Other options (`-t`, `-q`, `-u`, `--suffix`, `--tmpdir`) make it the command `mktemp`
/// (`FileCommand`), its output captured.
enum MakeTemporaryCommand {
  /// Whether the words are only `-d`, `-p DIR` and a template ending in `X` (as far as the
  /// compiler sees it).
  static func takes(_ arguments: [BashWord], context: LoweringContext) -> Bool {
    var words = arguments[...]
    while let word = words.popFirst() {
      switch context.staticText(word) {
      case "-d", "--directory": continue
      case "-p":
        guard words.popFirst() != nil else { return false }
      case let text? where text.hasPrefix("-") || !text.hasSuffix("X"): return false
      default: continue
      }
    }
    return true
  }

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
      case "-p":
        guard let dirWord = words.popFirst(), let dir = context.template(dirWord) else {
          context.error(CommandUsageDiagnostic.mktempDirectory, at: word.position)
          return nil
        }
        directory = dir
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
