import SpecModel

/// `paste [-s] [-d LIST] [-z] [FILE…]`.
enum PasteCommand: PipelineCommand {
  static let names = ["paste"]

  static let scanner = OptionScanner(
    shortWithValue: ["d"], shortFlags: ["s", "z"], longWithValue: ["delimiters"],
    longFlags: ["serial", "zero-terminated"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    TextUtilityLowering.lower(
      call, .paste, scanner: scanner,
      shortNames: ["delimiters": "d", "serial": "s", "zero-terminated": "z"], context: &context
    ).map(TextUtilityLowering.stage)
  }
}
