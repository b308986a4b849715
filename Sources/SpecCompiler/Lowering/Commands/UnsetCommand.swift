import Shell
import SpecModel

/// `unset [-v] NAME…`, and `unset 'NAME[INDEX]'` for an array element.
enum UnsetCommand: StepCommand {
  static let names = ["unset"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var names: [String] = []
    var elements: [ArrayElement] = []
    for word in call.arguments {
      guard let name = context.staticText(word) ?? Self.elementText(word) else {
        context.error(CommandUsageDiagnostic.unsetNamesNotLiteral, at: word.position)
        return nil
      }
      if name == "-v" { continue }
      if name.hasPrefix("-") {
        context.error(
          CommandDiagnostic.unsupportedOption(command: "unset", option: name), at: word.position)
        return nil
      }
      let reference = ParameterName(name)
      if let index = reference.index {
        if reference.isWhole {
          names.append(reference.base)  // `unset 'a[@]'` removes the whole array
          continue
        }
        guard let index = context.subscriptText(index, of: reference.base, at: word.position)
        else { return nil }
        elements.append(ArrayElement(name: reference.base, index: index))
      } else {
        names.append(name)
      }
    }
    guard !elements.isEmpty else { return .unset(names) }
    let line = context.stepLine(call.position)
    let steps =
      (names.isEmpty ? [] : [Step(line: line, .unset(names))])
      + elements.map { Step(line: line, .unsetElement($0)) }
    return steps.count == 1 ? steps[0].action : .group(steps)
  }

  /// `"a[$i]"`: the text of a word made of literals and plain `$NAME` expansions, as the
  /// element's index expression reads it (arithmetic, which takes `$i`).
  static func elementText(_ word: BashWord) -> String? {
    func text(_ parts: [BashWordPart]) -> String? {
      var out = ""
      for part in parts {
        switch part {
        case .literal(let raw): out += raw
        case .singleQuoted(let raw, false): out += raw
        case .doubleQuoted(let inner):
          guard let inner = text(inner) else { return nil }
          out += inner
        case .parameter(let e)
        where e.operation == nil && e.index == nil && e.slice == nil && e.replacement == nil
          && !e.length && !e.indirect:
          out += "${\(e.name)}"
        default: return nil
        }
      }
      return out
    }
    guard let result = text(word.parts), ParameterName(result).index != nil else { return nil }
    return result
  }
}
