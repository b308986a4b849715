import SpecModel

/// `cat [FILE]`: a file's bytes, or the input passed through.
enum CatCommand: PipelineCommand {
  static let names = ["cat"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var files: [Template] = []
    for word in call.arguments {
      if let text = context.staticText(word), text.hasPrefix("-"), text != "-" {
        context.error("cat option '\(text)' is not supported", at: word.position)
        return nil
      }
      if context.staticText(word) == "-" { continue }
      guard let t = context.template(word) else { return nil }
      files.append(t)
    }
    switch files.count {
    case 0: return .filter(.tee(file: nil, append: false))
    case 1: return .source(.file(files[0]))
    default:
      context.error("cat of several files is not supported", at: call.position)
      return nil
    }
  }
}
