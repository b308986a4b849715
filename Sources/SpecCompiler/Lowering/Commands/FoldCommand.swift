import SpecModel

/// `fold [-b] [-s] [-w WIDTH] [FILE…]` (and the old `-WIDTH`).
enum FoldCommand: PipelineCommand {
  static let names = ["fold"]

  static let scanner = OptionScanner(
    shortWithValue: ["w"], shortFlags: ["b", "s"], longWithValue: ["width"],
    longFlags: ["bytes", "spaces"], allowsNumericOption: true)

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    TextUtilityLowering.lower(
      call, .fold, scanner: scanner,
      shortNames: ["n": "w", "width": "w", "bytes": "b", "spaces": "s"], context: &context
    ).map(TextUtilityLowering.stage)
  }
}
