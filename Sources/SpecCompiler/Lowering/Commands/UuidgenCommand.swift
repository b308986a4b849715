import SpecModel

/// `uuidgen` or `uuidgen -r`: a random (version 4) UUID.
enum UuidgenCommand: PipelineCommand {
  static let names = ["uuidgen"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    for word in call.arguments {
      let text = context.staticText(word) ?? "…"
      guard text == "-r" || text == "--random" else {
        context.error(CommandDiagnostic.uuidgenArgumentUnsupported(text), at: word.position)
        return nil
      }
    }
    return .source(.random(RandomCall(kind: .uuid)))
  }
}
