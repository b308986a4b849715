import Shell
import SpecModel

/// `tr [-cCdst] SET1 [SET2]`. Sets are expanded here, as GNU tr reads them in a UTF-8 locale
/// (bytes; classes are ASCII): escapes (`\n`, `\t`, `\\`, `\NNN` octal), ranges `a-z`,
/// classes `[:upper:]`…, `[=c=]`, and in SET2 `[c*n]` and `[c*]` (as many as SET1 needs).
enum TranslateCommand: PipelineCommand {
  static let names = ["tr"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var delete = false
    var squeeze = false
    var complement = false
    var truncate = false
    var texts: [(String, BashWord)] = []
    var optionsEnded = false
    for word in call.arguments {
      guard let text = context.staticText(word) else {
        context.error(CommandUsageDiagnostic.trSetsNotLiteral, at: word.position)
        return nil
      }
      if !optionsEnded, texts.isEmpty, text == "--" {
        optionsEnded = true
        continue
      }
      if !optionsEnded, texts.isEmpty, text.hasPrefix("-"), text.count > 1 {
        let flags: [String] =
          text.hasPrefix("--") ? [String(text.dropFirst(2))] : text.dropFirst().map(String.init)
        for flag in flags {
          switch flag {
          case "d", "delete": delete = true
          case "s", "squeeze-repeats": squeeze = true
          case "c", "C", "complement": complement = true
          case "t", "truncate-set1": truncate = true
          default:
            context.error(
              CommandDiagnostic.unsupportedOption(command: "tr", option: text), at: word.position)
            return nil
          }
        }
        continue
      }
      texts.append((text, word))
    }
    guard (1...2).contains(texts.count) else {
      context.error(CommandUsageDiagnostic.trSetCount, at: call.position)
      return nil
    }
    let set1: TranslateSet
    do {
      set1 = try TranslateSet.parse(texts[0].0, isSet2: false, set1Count: 0)
    } catch {
      context.error(
        CommandDiagnostic.toolError(command: "tr", message: error.message), at: texts[0].1.position)
      return nil
    }
    var set2: TranslateSet?
    if texts.count == 2 {
      do {
        set2 = try TranslateSet.parse(texts[1].0, isSet2: true, set1Count: set1.bytes.count)
      } catch {
        context.error(
          CommandDiagnostic.toolError(command: "tr", message: error.message),
          at: texts[1].1.position)
        return nil
      }
    }
    if let set2, set2.hasCaseClass, !set1.hasCaseClass || complement {
      context.error(
        CommandUsageDiagnostic.trMisalignedClasses, at: texts[1].1.position)
      return nil
    }
    var bytes1 = set1.bytes
    if truncate, let set2, !delete, set2.bytes.count < bytes1.count {
      bytes1 = Array(bytes1.prefix(set2.bytes.count))
    }
    guard let text1 = String(validating: bytes1, as: UTF8.self),
      let text2 = set2.map({ String(validating: $0.bytes, as: UTF8.self) }) ?? Optional("")
    else {
      context.error(
        CommandUsageDiagnostic.trNonUTF8Sets,
        at: texts[0].1.position)
      return nil
    }
    var translation = Translation(set1: text1, squeeze: squeeze, complement: complement)
    switch (delete, squeeze, set2 != nil) {
    case (true, false, false): break
    case (true, true, true):
      translation.set2 = text2
      translation.deleteThenSqueeze = true
    case (false, _, true): translation.set2 = text2
    case (false, true, false) where !complement: translation.set2 = text1
    default:
      context.error(
        delete && squeeze
          ? CommandUsageDiagnostic.trDeleteSqueezeSets
          : delete ? .trDeleteOneSet : .trSecondSetMissing, at: call.position)
      return nil
    }
    return .filter(.translate(translation))
  }
}
