import SpecModel

/// `rev [FILE…]` (util-linux).
enum RevCommand: PipelineCommand {
  static let names = ["rev"]

  static let scanner = OptionScanner(
    shortWithValue: [], shortFlags: [], longWithValue: [], longFlags: [])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    // rev reads standard input only without operands: `-` is a file name to it.
    TextUtilityLowering.lower(call, .rev, scanner: scanner, context: &context).map {
      $0.operands.isEmpty ? .filter(.text($0)) : .fileFilter(.text($0))
    }
  }
}
