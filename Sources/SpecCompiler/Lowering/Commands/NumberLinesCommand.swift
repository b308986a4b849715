import SpecModel

/// `nl [-b STYLE] [-n FORMAT] [-w N] [-s STR] [-v N] [-i N] [FILE…]`.
enum NumberLinesCommand: PipelineCommand {
  static let names = ["nl"]

  static let scanner = OptionScanner(
    shortWithValue: ["b", "n", "w", "s", "v", "i"], shortFlags: [],
    longWithValue: [
      "body-numbering", "number-format", "number-width", "number-separator",
      "starting-line-number", "line-increment",
    ], longFlags: [])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    TextUtilityLowering.lower(
      call, .nl, scanner: scanner,
      shortNames: [
        "body-numbering": "b", "number-format": "n", "number-width": "w",
        "number-separator": "s", "starting-line-number": "v", "line-increment": "i",
      ], context: &context
    ).map(TextUtilityLowering.stage)
  }
}
