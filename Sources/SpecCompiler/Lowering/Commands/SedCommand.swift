import SpecModel

/// `sed -n 'A,Bp'`, `sed -n 'Np'`, `sed -n '/re/p'`, `sed 'Nq'`, `sed [-n] [-E] 's/a/b/g'`.
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
        "sed script '\(text)' is not supported (supported: -n 'A,Bp', -n 'Np', -n '/re/p', 'Nq', 's/re/rep/flags')",
        at: word.position)
      return nil
    }
    return files.isEmpty ? .filter(filter) : .sourceAndFilter(.file(files[0]), filter)
  }

  static func filter(_ script: String, quiet: Bool, extended: Bool) -> Filter? {
    if quiet, script.hasSuffix("p"), !script.hasPrefix("s") {
      let address = String(script.dropLast()).trimmingSpaces
      if address.hasPrefix("/"), address.hasSuffix("/"), address.count >= 2 {
        var grep = GrepInvocation(
          pattern: Template(literal: String(address.dropFirst().dropLast())))
        grep.syntax = extended ? .extended : .basic
        return .grep(grep)
      }
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
    if script.hasPrefix("s"), script.count > 3 {
      let delimiter = script[script.index(after: script.startIndex)]
      var fields: [String] = []
      var current = ""
      var escaped = false
      for c in script.dropFirst(2) {
        if escaped {
          if c != delimiter { current.append("\\") }
          current.append(c)
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == delimiter {
          fields.append(current)
          current = ""
        } else {
          current.append(c)
        }
      }
      guard fields.count == 2 else { return nil }
      let flags = current
      guard flags.allSatisfy({ "gpI".contains($0) }) else { return nil }
      if quiet && !flags.contains("p") { return nil }
      return .substitute(
        SedSubstitution(
          pattern: fields[0], replacement: fields[1], global: flags.contains("g"),
          extended: extended,
          ignoreCase: flags.contains("I"), printOnlySubstituted: quiet))
    }
    return nil
  }
}
