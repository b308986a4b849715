import Sed
import SpecModel

/// `sed`: the short forms `sed -n 'A,Bp'`, `sed -n 'Np'`, `sed -n '/re/[!]p'`,
/// `sed '/re/[!]d'`, `sed 'Nq'`, `sed [-n] [-E] 's/a/b/flags'` on standard input lower to their
/// own filters; every other valid command line, and any with file operands, to `Filter.sed`.
enum SedCommand: PipelineCommand {
  static let names = ["sed"]

  static let scanner = OptionScanner(
    shortWithValue: ["e", "f", "l"], shortFlags: ["n", "E", "r", "s", "z", "u"],
    longWithValue: ["expression", "file", "line-length"],
    longFlags: [
      "quiet", "silent", "regexp-extended", "separate", "null-data", "zero-terminated",
      "unbuffered",
    ])

  /// The short IR forms where the command line is one of them, else `Filter.sed` with the
  /// script checked by the Sed parser (a bad script is an error at its place in the markdown).
  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    guard var line = SedCommandLine.scan(call, context: &context) else { return nil }
    if line.pieces.count == 1, case .expression(let text) = line.pieces[0].script,
      !line.invocation.separate, !line.invocation.nullData, line.invocation.lineWrap == nil,
      line.invocation.files.isEmpty,
      let filter = filter(
        text.trimmingSpaces, quiet: line.invocation.quiet, extended: line.invocation.extended)
    {
      // The short forms read standard input; with file operands sed opens them itself.
      return .filter(filter)
    }
    guard line.check(context: &context) else { return nil }
    line.invocation.scripts = line.pieces.map(\.script)
    return .reading(line.invocation.files, .sed(line.invocation))
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
      // sed reads to the end of its input even after the last line it prints.
      if bounds.count == 1, let line = Int(bounds[0]) {
        return .lines(LineRange(from: line, to: line, readsToEnd: true))
      }
      if bounds.count == 2, let from = Int(bounds[0]) {
        if bounds[1] == "$" { return .lines(LineRange(from: from)) }
        if let to = Int(bounds[1]) {
          return .lines(LineRange(from: from, to: max(from, to), readsToEnd: true))
        }
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
