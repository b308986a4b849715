import SpecModel

/// `comm [-1] [-2] [-3] [--check-order|--nocheck-order] [--output-delimiter=STR] [--total]
/// [-z] FILE1 FILE2`.
enum CommCommand: PipelineCommand {
  static let names = ["comm"]

  static let scanner = OptionScanner(
    shortWithValue: [], shortFlags: ["1", "2", "3", "z"], longWithValue: ["output-delimiter"],
    longFlags: ["check-order", "nocheck-order", "total", "zero-terminated"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    guard
      let comm = TextUtilityLowering.lower(
        call, .comm, scanner: scanner, shortNames: ["zero-terminated": "z"], context: &context)
    else { return nil }
    // comm reads standard input only for a `-` operand.
    return comm.operands.contains("-") ? .filter(.text(comm)) : .fileFilter(.text(comm))
  }
}
