import Shell
import SpecModel

/// `xxd [-p] [-i] [-r] [-u] [-C] [-c COLS] [-g BYTES] [-l LEN] [-s SEEK] [FILE]`: xxd's own
/// option syntax (an option is its first letter; values in the next word or attached). Counts take C's `0x`/`0` prefixes; `-s` from the end (`-s -N`), `-b`,
/// `-e`, `-a`, `-d`, `-o`, `-n` and an output file operand are not supported.
enum XxdCommand: PipelineCommand {
  static let names = ["xxd"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var xxd = XxdInvocation()
    var plain = false
    var include = false
    var reverse = false
    var words = call.arguments[...]
    var optionsEnded = false
    while let word = words.popFirst() {
      let text = context.staticText(word)
      guard !optionsEnded, let text, text.hasPrefix("-"), text != "-" else {
        guard xxd.file == nil else {
          context.error(
            CommandUsageDiagnostic.xxdOutputFile,
            at: word.position)
          return nil
        }
        guard let file = context.template(word) else { return nil }
        xxd.file = file
        // xxd reads options only before its file operands.
        optionsEnded = true
        continue
      }
      if text == "--" {
        optionsEnded = true
        continue
      }
      // xxd reads an option by its first letter only (`-ps` and `-postscript` are `-p`, `-rp`
      // is `-r`); `-c`, `-g`, `-l`, `-s` take a value attached or in the next word (`-cols`,
      // `-len`… spelled out take the next word).
      let name = text.dropFirst()
      switch name.first {
      case "p": plain = true
      case "i": include = true
      case "r": reverse = true
      case "u": xxd.uppercase = true
      case "C": xxd.capitalize = true
      case "c" where name.hasPrefix("capitalize"): xxd.capitalize = true
      case let letter? where "cgls".contains(letter):
        let longNames: [Character: String] = ["c": "ols", "g": "roupsize", "l": "en", "s": "eek"]
        let attached = name.dropFirst()
        var valueText: String?
        var valueWord = word
        if !attached.isEmpty && !(longNames[letter].map { attached.hasPrefix($0) } ?? false) {
          valueText = String(attached)
        } else if let next = words.popFirst() {
          valueText = context.staticText(next)
          valueWord = next
        }
        guard let valueText else {
          context.error(
            CommandDiagnostic.optionNeedsLiteralValue(command: "xxd", option: text),
            at: valueWord.position)
          return nil
        }
        guard let value = count(valueText) else {
          context.error(
            CommandDiagnostic.xxdValueUnsupported(value: valueText, option: text),
            at: valueWord.position)
          return nil
        }
        switch letter {
        case "c":
          guard value > 0 else {
            context.error(CommandUsageDiagnostic.xxdZeroColumns, at: valueWord.position)
            return nil
          }
          xxd.columns = value
        case "g": xxd.groupSize = value
        case "l": xxd.length = value
        default: xxd.seek = value
        }
      default:
        context.error(
          CommandDiagnostic.unsupportedOption(command: "xxd", option: text), at: word.position)
        return nil
      }
    }
    switch (plain, include, reverse) {
    case (false, false, false): xxd.mode = .dump
    case (true, false, false): xxd.mode = .plain
    case (false, true, false): xxd.mode = .include
    case (false, false, true): xxd.mode = .reverse
    case (true, false, true): xxd.mode = .reversePlain
    default:
      context.error(CommandUsageDiagnostic.xxdIncludeWithPlainOrRevert, at: call.position)
      return nil
    }
    if reverse && (xxd.seek != 0 || xxd.length != nil) {
      context.error(CommandUsageDiagnostic.xxdRevertWithSeek, at: call.position)
      return nil
    }
    if xxd.file == "-" { xxd.file = nil }
    return .reading(xxd.file.map { [$0] } ?? [], .xxd(xxd))
  }

  /// xxd's counts (`strtol` with base 0): decimal, `0x` hexadecimal or `0` octal, `+` allowed.
  static func count(_ text: String) -> Int? {
    var digits = text[...]
    if digits.first == "+" { digits = digits.dropFirst() }
    return CNumberOperand.value(digits)
  }
}
