import SpecModel

/// `sed -n 'A,Bp'`, `sed -n 'Np'`, `sed -n '/re/[!]p'`, `sed '/re/[!]d'`, `sed 'Nq'`,
/// `sed [-n] [-E] 's/a/b/flags'`.
enum SedCommand: PipelineCommand {
  static let names = ["sed"]

  static let scanner = OptionScanner(
    shortWithValue: ["e"], shortFlags: ["n", "E", "r"], longWithValue: ["expression"],
    longFlags: ["quiet", "silent", "regexp-extended"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var quiet = false
    var extended = false
    var script: (String, BashWord)?
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "n", "quiet", "silent": quiet = true
        default: extended = true
        }
      case .option(_, let word, _):
        guard script == nil, let text = context.staticText(word) else {
          context.error("sed with more than one expression is not supported", at: word.position)
          return nil
        }
        script = (text, word)
      case .operand(let word):
        if script == nil {
          guard let text = context.staticText(word) else {
            context.error("sed needs a literal script", at: word.position)
            return nil
          }
          script = (text, word)
        } else if let file = context.template(word) {
          files.append(file)
        } else {
          return nil
        }
      case .unknown(let text, let word):
        context.error("sed option '\(text)' is not supported", at: word.position)
        return nil
      }
    }
    guard let (text, word) = script else {
      context.error("sed without a script", at: call.position)
      return nil
    }
    guard let filter = filter(text.trimmingSpaces, quiet: quiet, extended: extended) else {
      context.error(
        "sed script '\(text)' is not supported (supported: -n 'A,Bp', -n 'Np', -n '/re/p', '/re/d', 'Nq', 's/re/rep/flags')",
        at: word.position)
      return nil
    }
    return files.isEmpty ? .filter(filter) : .sourceAndFilter(.file(files[0]), filter)
  }

  static func filter(_ script: String, quiet: Bool, extended: Bool) -> Filter? {
    if script.hasPrefix("/") || script.hasPrefix("\\") {
      return selection(script, quiet: quiet, extended: extended)
    }
    if script.hasPrefix("s") {
      return substitution(script.dropFirst(), quiet: quiet, extended: extended)
    }
    if quiet, script.hasSuffix("p") {
      let address = String(script.dropLast()).trimmingSpaces
      let bounds = address.split(separator: ",", omittingEmptySubsequences: false).map {
        String($0).trimmingSpaces
      }
      if bounds.count == 1, let line = Int(bounds[0]) {
        return .lines(LineRange(from: line, to: line))
      }
      if bounds.count == 2, let from = Int(bounds[0]) {
        if bounds[1] == "$" { return .lines(LineRange(from: from)) }
        if let to = Int(bounds[1]) { return .lines(LineRange(from: from, to: max(from, to))) }
      }
      return nil
    }
    if !quiet, script.hasSuffix("q"), let line = Int(script.dropLast()) {
      return .lines(LineRange(from: 1, to: line))
    }
    return nil
  }

  /// `/re/p`, `\%re%p` (with `-n`), `/re/d`, and their `I` and `!` forms.
  private static func selection(_ script: String, quiet: Bool, extended: Bool) -> Filter? {
    var rest = Substring(script)
    var delimiter = rest.removeFirst()
    if delimiter == "\\" {
      guard let custom = rest.popFirst(), custom != "\n", custom != "\\" else { return nil }
      delimiter = custom
    }
    guard let pattern = SedDelimitedText.read(&rest, delimiter: delimiter, regex: true) else {
      return nil
    }
    var ignoreCase = false
    if rest.first == "I" {
      ignoreCase = true
      rest.removeFirst()
    }
    rest = rest.drop { $0 == " " || $0 == "\t" }
    var invert = false
    if rest.first == "!" {
      invert = true
      rest.removeFirst()
    }
    var command = String(rest).trimmingSpaces
    if command.hasSuffix(";") { command = String(command.dropLast()).trimmingSpaces }
    var selection = SedSelection(pattern: pattern, extended: extended, ignoreCase: ignoreCase)
    switch (command, quiet) {
    case ("p", true): selection.invert = invert
    case ("d", false): selection.invert = !invert
    default: return nil
    }
    return .select(selection)
  }

  /// `s` followed by any delimiter: `s/re/rep/flags`, `s|re|rep|`, `s#re#rep#g`; flags `g`,
  /// `p`, `I`/`i` and a number N (the Nth match; with `g`, it and every later one).
  private static func substitution(_ script: Substring, quiet: Bool, extended: Bool) -> Filter? {
    var rest = script
    guard let delimiter = rest.popFirst(), delimiter != "\n", delimiter != "\\" else {
      return nil
    }
    guard let pattern = SedDelimitedText.read(&rest, delimiter: delimiter, regex: true),
      let replacement = SedDelimitedText.read(&rest, delimiter: delimiter, regex: false)
    else { return nil }
    var substitution = SedSubstitution(
      pattern: pattern, replacement: replacement, extended: extended, quiet: quiet)
    var ignoreCaseSeen = false
    while let flag = rest.first {
      switch flag {
      case "g" where !substitution.global: substitution.global = true
      case "p" where !substitution.print: substitution.print = true
      case "I", "i":
        guard !ignoreCaseSeen else { return nil }
        ignoreCaseSeen = true
        substitution.ignoreCase = true
      case "0"..."9" where substitution.occurrence == nil:
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits), number > 0 else { return nil }
        substitution.occurrence = number
        rest = rest.dropFirst(digits.count)
        continue
      case " ", "\t", ";":
        let trailing = rest.drop { $0 == " " || $0 == "\t" || $0 == ";" }
        return trailing.isEmpty ? .substitute(substitution) : nil
      default:
        return nil
      }
      rest.removeFirst()
    }
    return .substitute(substitution)
  }
}
