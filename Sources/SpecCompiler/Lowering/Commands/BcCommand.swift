import SpecModel

/// `bc [-l] [FILE…]`: the program read from the files, then standard input.
enum BcCommand: PipelineCommand {
  static let names = ["bc"]

  static let scanner = OptionScanner(
    shortWithValue: [], shortFlags: ["l", "q"], longWithValue: [], longFlags: ["mathlib", "quiet"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    TextUtilityLowering.lower(
      call, .bc, scanner: scanner, shortNames: ["mathlib": "l", "quiet": "q"], context: &context
    ).map { .filter(.text($0)) }
  }
}
