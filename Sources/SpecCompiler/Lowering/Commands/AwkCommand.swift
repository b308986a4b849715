import Awk
import Shell
import SpecModel

/// `awk [-F fs] [-v name=value]… [--] 'program' [operand…]`. The program is parsed here, so a
/// program awk would reject is an error at its place in the document; the field separator,
/// `-v` values and operands are words expanded when the scenario runs.
enum AwkCommand: PipelineCommand {
  static let names = ["awk", "mawk"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var awk = AwkCall(program: "")
    var programWord: BashWord?
    var index = 0
    let arguments = call.arguments
    /// The value of `-F`/`-v`: attached (`-F,`) or the next word.
    func value(_ attached: String, _ word: BashWord, _ context: inout LoweringContext)
      -> BashWord?
    {
      if !attached.isEmpty { return OptionScanner.literal(attached, at: word) }
      index += 1
      guard index < arguments.count else {
        context.error(CommandUsageDiagnostic.awkOptionNeedsValue, at: word.position)
        return nil
      }
      return arguments[index]
    }
    while index < arguments.count, programWord == nil {
      let word = arguments[index]
      defer { index += 1 }
      guard let text = context.staticText(word), text.hasPrefix("-"), text != "-" else {
        programWord = word
        break
      }
      if text == "--" {
        index += 1
        guard index < arguments.count else { break }
        programWord = arguments[index]
        break
      }
      let attached = String(text.dropFirst(2))
      switch text.dropFirst().first {
      case "F" where !text.hasPrefix("--"):
        guard let valueWord = value(attached, word, &context),
          let separator = context.template(valueWord)
        else { return nil }
        awk.fieldSeparator = separator
      case "v" where !text.hasPrefix("--"):
        guard let valueWord = value(attached, word, &context),
          let assignment = assignment(valueWord, context: &context)
        else { return nil }
        awk.assignments.append(assignment)
      default:
        context.error(CommandDiagnostic.awkOptionUnsupported(text), at: word.position)
        return nil
      }
    }
    guard let programWord else {
      context.error(CommandUsageDiagnostic.awkWithoutProgram, at: call.position)
      return nil
    }
    guard let program = context.staticText(programWord) else {
      context.error(
        CommandUsageDiagnostic.awkProgramNotLiteral,
        at: programWord.position)
      return nil
    }
    let parsed: AwkProgram
    do {
      parsed = try Awk.parse(program: program)
    } catch {
      context.error(
        CommandDiagnostic.toolError(command: "awk", message: error.message),
        at: position(ofLine: error.line, column: error.column, in: programWord))
      return nil
    }
    if let environ = program.range(of: "ENVIRON") {
      let before = program[..<environ.lowerBound]
      let bytes = before.utf8
      let line = bytes.count(where: { $0 == UInt8(ascii: "\n") }) + 1
      let column =
        (bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).last?.count
          ?? 0) + 1
      context.error(
        CommandUsageDiagnostic.awkEnviron,
        at: position(ofLine: line, column: column, in: programWord))
      return nil
    }
    awk.program = program
    for word in arguments[index...] {
      guard let operand = context.template(word) else { return nil }
      awk.operands.append(operand)
    }
    // Standard input is read unless file operands replace it (`-` names it again) or the
    // program has nothing but `BEGIN` actions.
    let files = awk.operands.filter { !AwkOperand.isAssignment($0) }
    let readsInput =
      (files.isEmpty || files.contains("-")) && !(parsed.rules.isEmpty && parsed.end.isEmpty)
    return readsInput ? .filter(.awk(awk)) : .fileFilter(.awk(awk))
  }

  /// `name=value` with a literal name.
  private static func assignment(_ word: BashWord, context: inout LoweringContext)
    -> AwkAssignmentWord?
  {
    guard let template = context.template(word) else { return nil }
    guard AwkOperand.isAssignment(template), case .literal(let text)? = template.parts.first,
      let equals = text.firstIndex(of: "=")
    else {
      context.error(CommandUsageDiagnostic.awkVariableNotLiteral, at: word.position)
      return nil
    }
    let rest = String(text[text.index(after: equals)...])
    var parts = Array(template.parts.dropFirst())
    if !rest.isEmpty { parts.insert(.literal(rest), at: 0) }
    return AwkAssignmentWord(name: String(text[..<equals]), value: Template(parts))
  }

  /// Where a line and column of the program text are in the document: exact for a program in
  /// single quotes (the usual form), the word's start otherwise.
  private static func position(ofLine line: Int?, column: Int?, in word: BashWord)
    -> BashPosition
  {
    guard let line, let column, word.parts.count == 1,
      case .singleQuoted(_, dollar: false) = word.parts[0]
    else { return word.position }
    if line == 1 {
      return BashPosition(line: word.position.line, column: word.position.column + column)
    }
    return BashPosition(line: word.position.line + line - 1, column: column)
  }
}
