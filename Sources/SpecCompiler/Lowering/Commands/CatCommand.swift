import SpecModel

/// `cat`: the input passed through; with file operands or options (`-n -b -s -v -E -T -A -e
/// -t`), the filter `cat`, which opens its files itself (with cat's messages).
enum CatCommand: PipelineCommand {
  static let names = ["cat"]

  static let scanner = OptionScanner(
    shortWithValue: [], shortFlags: ["n", "b", "s", "v", "E", "T", "A", "e", "t", "u"],
    longWithValue: [],
    longFlags: [
      "number", "number-nonblank", "squeeze-blank", "show-nonprinting", "show-ends", "show-tabs",
      "show-all",
    ])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var cat = CatInvocation()
    var options = false
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        options = options || name != "u"
        switch name {
        case "n", "number": if cat.numbering == nil { cat.numbering = .all }
        case "b", "number-nonblank": cat.numbering = .nonBlank
        case "s", "squeeze-blank": cat.squeezeBlank = true
        case "v", "show-nonprinting": cat.showNonprinting = true
        case "E", "show-ends": cat.showEnds = true
        case "T", "show-tabs": cat.showTabs = true
        case "A", "show-all":
          cat.showNonprinting = true
          cat.showEnds = true
          cat.showTabs = true
        case "e":
          cat.showNonprinting = true
          cat.showEnds = true
        case "t":
          cat.showNonprinting = true
          cat.showTabs = true
        default: break  // -u: ignored, as GNU cat does
        }
      case .operand(let word):
        guard let t = context.template(word) else { return nil }
        files.append(t)
      case .option(let text, let word, _), .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "cat", option: text), at: word.position)
        return nil
      }
    }
    if !options {
      let named = files.filter { $0 != "-" }
      if named.isEmpty, files.count <= 1 { return .filter(.tee(files: [], append: false)) }
    }
    cat.files = files
    let filter = Filter.cat(cat)
    return .reading(files, filter)
  }
}
