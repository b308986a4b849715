import SpecModel

/// `touch FILE…`.
enum TouchCommand: StepCommand {
  static let names = ["touch"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var paths: [Template] = []
    for word in call.arguments {
      guard let path = context.template(word) else { return nil }
      paths.append(path)
    }
    return .touch(paths)
  }
}
