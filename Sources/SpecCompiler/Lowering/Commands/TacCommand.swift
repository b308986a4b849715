import SpecModel

/// `tac [-b] [-s SEPARATOR] [FILE…]` (`-r`, a regular expression separator, is not supported).
enum TacCommand: PipelineCommand {
  static let names = ["tac"]

  static let scanner = OptionScanner(
    shortWithValue: ["s"], shortFlags: ["b"], longWithValue: ["separator"], longFlags: ["before"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    TextUtilityLowering.lower(
      call, .tac, scanner: scanner, shortNames: ["separator": "s", "before": "b"],
      context: &context
    ).map(TextUtilityLowering.stage)
  }
}
