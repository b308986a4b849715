import SpecModel

/// `mkdir [-p] DIR…`: directories are always created with their parents.
enum MakeDirectoryCommand: StepCommand {
  static let names = ["mkdir"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var paths: [Template] = []
    for word in call.arguments {
      if let text = context.staticText(word), text.hasPrefix("-") {
        guard text == "-p" || text == "--parents" else {
          context.error(
            CommandDiagnostic.unsupportedOption(command: "mkdir", option: text), at: word.position)
          return nil
        }
        continue
      }
      guard let path = context.template(word) else { return nil }
      paths.append(path)
    }
    return .makeDirectory(paths)
  }
}
