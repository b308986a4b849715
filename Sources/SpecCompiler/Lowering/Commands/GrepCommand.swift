import SpecModel

/// `grep [-EFPGiqsvcoxwnHh] [-m N] [-A N] [-B N] [-C N] [-e PATTERN]… [PATTERN] [FILE…]`.
enum GrepCommand: PipelineCommand {
  static let names = ["grep", "egrep", "fgrep"]

  static let scanner = OptionScanner(
    shortWithValue: ["e", "m", "A", "B", "C"],
    shortFlags: ["E", "F", "P", "G", "i", "q", "s", "v", "c", "o", "x", "w", "n", "H", "h"],
    longWithValue: ["regexp", "max-count", "after-context", "before-context", "context"],
    longFlags: [
      "extended-regexp", "fixed-strings", "perl-regexp", "basic-regexp", "ignore-case", "quiet",
      "silent", "invert-match", "count", "only-matching", "line-regexp", "word-regexp",
      "no-messages", "line-number", "with-filename", "no-filename",
    ])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var grep = GrepInvocation(pattern: "")
    var patterns: [Template] = []
    var operands: [Template] = []
    var withFilename: Bool?
    var both: Int?
    if call.name == "egrep" { grep.syntax = .extended }
    if call.name == "fgrep" { grep.syntax = .fixed }
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "E", "extended-regexp": grep.syntax = .extended
        case "F", "fixed-strings": grep.syntax = .fixed
        case "P", "perl-regexp": grep.syntax = .perl
        case "G", "basic-regexp": grep.syntax = .basic
        case "i", "ignore-case": grep.ignoreCase = true
        case "q", "quiet", "silent": grep.quiet = true
        case "v", "invert-match": grep.invert = true
        case "c", "count": grep.count = true
        case "o", "only-matching": grep.onlyMatching = true
        case "x", "line-regexp": grep.wholeLine = true
        case "w", "word-regexp": grep.wholeWord = true
        case "n", "line-number": grep.lineNumbers = true
        case "H", "with-filename": withFilename = true
        case "h", "no-filename": withFilename = false
        default: grep.noMessages = true  // -s, --no-messages
        }
      case .option(let name, let word, _):
        switch name {
        case "e", "regexp":
          guard let pattern = context.template(word) else { return nil }
          patterns.append(pattern)
        default:
          let text = context.staticText(word)
          let count = text.flatMap { Int($0) }
          let isContext = name != "m" && name != "max-count"
          guard let count, !isContext || count >= 0 else {
            if isContext {
              context.error(
                CommandDiagnostic.grepInvalidContextLength(text ?? "the value"), at: word.position)
            } else {
              context.error(CommandUsageDiagnostic.grepCountNotLiteral, at: word.position)
            }
            return nil
          }
          switch name {
          case "A", "after-context": grep.afterContext = count
          case "B", "before-context": grep.beforeContext = count
          case "C", "context": both = count
          default: grep.maxCount = count
          }
        }
      case .operand(let word):
        guard let t = context.template(word) else { return nil }
        operands.append(t)
      case .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "grep", option: text), at: word.position)
        return nil
      }
    }
    // `-C N` gives the counts `-A`/`-B` did not give, whatever the order.
    if let both {
      grep.afterContext = grep.afterContext ?? both
      grep.beforeContext = grep.beforeContext ?? both
    }
    if patterns.isEmpty {
      guard !operands.isEmpty else {
        context.error(CommandUsageDiagnostic.grepWithoutPattern, at: call.position)
        return nil
      }
      patterns.append(operands.removeFirst())
    }
    // Several patterns are one pattern list: grep reads a newline as a separator.
    var parts: [TemplatePart] = []
    for (index, pattern) in patterns.enumerated() {
      if index > 0 { parts.append(.literal("\n")) }
      parts += pattern.parts
    }
    grep.pattern = Template(parts).normalized
    grep.withFilename = withFilename
    grep.files = operands
    return .reading(operands, .grep(grep))
  }
}
