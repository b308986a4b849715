import SpecModel

/// `realpath [-e|-m] [-s|-P|-L] [-q] [-z] NAME…` (`--relative-to`/`--relative-base` are not
/// supported).
enum RealpathCommand: PipelineCommand {
  static let names = ["realpath"]

  static let scanner = OptionScanner(
    shortWithValue: [], shortFlags: ["e", "m", "s", "q", "z", "P"], longWithValue: [],
    longFlags: [
      "canonicalize-existing", "canonicalize-missing", "strip", "no-symlinks", "quiet", "zero",
      "physical",
    ])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var realpath = RealpathCall(names: [])
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "e", "canonicalize-existing": realpath.existence = .all
        case "m", "canonicalize-missing": realpath.existence = .none
        case "s", "strip", "no-symlinks": realpath.noSymlinks = true
        case "P", "physical": realpath.noSymlinks = false
        case "q", "quiet": realpath.quiet = true
        default: realpath.zero = true
        }
      case .operand(let word):
        guard let t = context.template(word) else { return nil }
        realpath.names.append(t)
      case .option(let text, let word, _), .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "realpath", option: text), at: word.position)
        return nil
      }
    }
    guard !realpath.names.isEmpty else {
      context.error(CommandDiagnostic.missingOperand(command: "realpath"), at: call.position)
      return nil
    }
    return .source(.realpath(realpath))
  }
}
