import SpecModel

/// `sha256sum`, `sha1sum`, `md5sum` `[-b|-t] [--tag] [-z] [FILE…]` (computing digests; `-c`
/// checking is not supported).
enum ChecksumCommand: PipelineCommand {
  static let names = ["sha256sum", "sha1sum", "md5sum"]

  static let scanner = OptionScanner(
    shortWithValue: [], shortFlags: ["b", "t", "z"], longWithValue: [],
    longFlags: ["binary", "text", "tag", "zero"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    let algorithm: ChecksumInvocation.Algorithm =
      switch call.name {
      case "md5sum": .md5
      case "sha1sum": .sha1
      default: .sha256
      }
    var checksum = ChecksumInvocation(algorithm: algorithm)
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "b", "binary": checksum.binary = true
        case "t", "text": checksum.binary = false
        case "z", "zero": checksum.zero = true
        default: checksum.tag = true
        }
      case .operand(let word):
        guard let file = context.template(word) else { return nil }
        checksum.files.append(file)
      case .option(let text, let word, _), .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: call.name, option: text), at: word.position)
        return nil
      }
    }
    let filter = Filter.checksum(checksum)
    let files = checksum.files
    return .reading(files, filter)
  }
}
