import SpecModel

/// `base64`, `base64 -d`.
enum Base64Command: PipelineCommand {
  static let names = ["base64"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var decode = false
    for word in call.arguments {
      switch context.staticText(word) {
      case "-d", "--decode": decode = true
      case "-w0", "--wrap=0": break
      default:
        context.error("base64 option is not supported", at: word.position)
        return nil
      }
    }
    return .filter(.base64(decode: decode))
  }
}
