import CurlCommandLine
import SpecModel

/// `dd if=FILE bs=N skip=S count=C`: a range of a file's (or the input's) bytes.
enum CopyBytesCommand: PipelineCommand {
  static let names = ["dd"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var file: Template?
    var blockSize = 512
    var skip = 0
    var count: Int?
    for word in call.arguments {
      guard let template = context.template(word),
        let (key, value) = template.split(at: "="),
        let name = key.literalText
      else {
        context.error(CommandUsageDiagnostic.ddOperandShape, at: word.position)
        return nil
      }
      if name == "if" {
        file = value
        continue
      }
      guard let number = value.literalText.flatMap({ Int($0) }), number >= 0 else {
        context.error(CommandDiagnostic.ddOperandNeedsNumber(name), at: word.position)
        return nil
      }
      switch name {
      case "bs", "ibs": blockSize = number
      case "skip": skip = number
      case "count": count = number
      default:
        context.error(CommandDiagnostic.ddOperandUnsupported(name), at: word.position)
        return nil
      }
    }
    let filter = Filter.bytes(
      ByteRange(skip: skip * blockSize, count: count.map { $0 * blockSize }, inputFile: file))
    return file == nil ? .filter(filter) : .fileFilter(filter)
  }
}
