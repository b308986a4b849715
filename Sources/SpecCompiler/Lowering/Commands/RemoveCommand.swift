import SpecModel

/// `rm [-f] [-r] PATH…`.
enum RemoveCommand: StepCommand {
  static let names = ["rm"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var removal = Removal(paths: [])
    for word in call.arguments {
      if let text = context.staticText(word), text.hasPrefix("-"), text.count > 1 {
        for flag in text.dropFirst() {
          switch flag {
          case "f": removal.force = true
          case "r", "R": removal.recursive = true
          default:
            context.error(
              CommandDiagnostic.unsupportedOption(command: "rm", option: "-\(flag)"),
              at: word.position)
            return nil
          }
        }
        continue
      }
      guard let path = context.template(word) else { return nil }
      removal.paths.append(path)
    }
    return .remove(removal)
  }
}
