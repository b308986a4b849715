import SpecModel

/// `unset [-v] NAME…`.
enum UnsetCommand: StepCommand {
  static let names = ["unset"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var names: [String] = []
    for word in call.arguments {
      guard let name = context.staticText(word) else {
        context.error("unset takes literal names", at: word.position)
        return nil
      }
      if name == "-v" { continue }
      if name.hasPrefix("-") {
        context.error("unset option '\(name)' is not supported", at: word.position)
        return nil
      }
      names.append(name)
    }
    return .unset(names)
  }
}
