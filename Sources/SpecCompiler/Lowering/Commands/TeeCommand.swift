import SpecModel

/// `tee [-a] [FILE]`.
enum TeeCommand: PipelineCommand {
  static let names = ["tee"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var append = false
    var file: Template?
    for word in call.arguments {
      if let text = context.staticText(word), text == "-a" || text == "--append" {
        append = true
        continue
      }
      guard file == nil, let t = context.template(word) else {
        context.error("tee takes one file", at: word.position)
        return nil
      }
      file = t
    }
    return .filter(.tee(file: file, append: append))
  }
}
