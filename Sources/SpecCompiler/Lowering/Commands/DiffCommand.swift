import SpecModel

/// `diff [-q] [-s] [-u|-U N] [--label L]… FILE1 FILE2` (diffutils).
enum DiffCommand: PipelineCommand {
  static let names = ["diff"]

  static let scanner = OptionScanner(
    shortWithValue: ["U"], shortFlags: ["q", "s", "u"], longWithValue: ["label"],
    longFlags: ["brief", "report-identical-files"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    guard
      let diff = TextUtilityLowering.lower(
        call, .diff, scanner: scanner,
        shortNames: ["brief": "q", "report-identical-files": "s"], context: &context)
    else { return nil }
    // diff reads standard input only for a `-` operand.
    return diff.operands.contains("-") ? .filter(.text(diff)) : .fileFilter(.text(diff))
  }
}
