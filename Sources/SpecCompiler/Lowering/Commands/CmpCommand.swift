import SpecModel

/// `cmp [-s] [-n LIMIT] FILE1 [FILE2]` (diffutils; the SKIP operands are not supported).
enum CmpCommand: PipelineCommand {
  static let names = ["cmp"]

  static let scanner = OptionScanner(
    shortWithValue: ["n"], shortFlags: ["s"], longWithValue: ["bytes"],
    longFlags: ["silent", "quiet"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    guard
      let cmp = TextUtilityLowering.lower(
        call, .cmp, scanner: scanner, shortNames: ["bytes": "n", "silent": "s", "quiet": "s"],
        context: &context)
    else { return nil }
    if cmp.operands.count > 2 {
      context.error(CommandDiagnostic.extraOperand(command: "cmp"), at: call.position)
      return nil
    }
    // A missing FILE2 is standard input (without operands cmp reads nothing: it fails).
    return cmp.operands.count == 1 || cmp.operands.contains("-")
      ? .filter(.text(cmp)) : .fileFilter(.text(cmp))
  }
}
