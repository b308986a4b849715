import SpecModel

/// `grep [-EFPiqvcoxw] [-m N] [-e] PATTERN [FILE]`.
enum GrepCommand: PipelineCommand {
  static let names = ["grep", "egrep", "fgrep"]

  static let scanner = OptionScanner(
    shortWithValue: ["e", "m"],
    shortFlags: ["E", "F", "P", "G", "i", "q", "s", "v", "c", "o", "x", "w"],
    longWithValue: ["regexp", "max-count"],
    longFlags: [
      "extended-regexp", "fixed-strings", "perl-regexp", "ignore-case", "quiet", "silent",
      "invert-match", "count", "only-matching", "line-regexp", "word-regexp", "no-messages",
    ])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var grep = GrepInvocation(pattern: "")
    var pattern: Template?
    var files: [Template] = []
    if call.name == "egrep" { grep.syntax = .extended }
    if call.name == "fgrep" { grep.syntax = .fixed }
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "E", "extended-regexp": grep.syntax = .extended
        case "F", "fixed-strings": grep.syntax = .fixed
        case "P", "perl-regexp": grep.syntax = .perl
        case "G": grep.syntax = .basic
        case "i", "ignore-case": grep.ignoreCase = true
        case "q", "quiet", "silent": grep.quiet = true
        case "v", "invert-match": grep.invert = true
        case "c", "count": grep.count = true
        case "o", "only-matching": grep.onlyMatching = true
        case "x", "line-regexp": grep.wholeLine = true
        case "w", "word-regexp": grep.wholeWord = true
        default: break  // -s / --no-messages: error messages are not part of the outcome
        }
      case .option(let name, let word, _):
        if name == "m" || name == "max-count" {
          guard let count = context.staticText(word).flatMap({ Int($0) }) else {
            context.error("grep -m takes a literal count", at: word.position)
            return nil
          }
          grep.maxCount = count
        } else {
          guard pattern == nil, let t = context.template(word) else {
            context.error("grep with several patterns is not supported", at: word.position)
            return nil
          }
          pattern = t
        }
      case .operand(let word):
        guard let t = context.template(word) else { return nil }
        if pattern == nil { pattern = t } else { files.append(t) }
      case .unknown(let text, let word):
        context.error("grep option '\(text)' is not supported", at: word.position)
        return nil
      }
    }
    guard let pattern else {
      context.error("grep without a pattern", at: call.position)
      return nil
    }
    grep.pattern = pattern
    if files.count > 1 {
      context.error("grep over several files is not supported", at: call.position)
      return nil
    }
    return files.isEmpty ? .filter(.grep(grep)) : .sourceAndFilter(.file(files[0]), .grep(grep))
  }
}
