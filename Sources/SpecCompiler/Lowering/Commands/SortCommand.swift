import SpecModel

/// `sort [-n] [-r] [-u] [-t SEP] [-k N[,M]]… [FILE]`; a key may carry its own `n` and `r`
/// (`-k2,2nr`).
enum SortCommand: PipelineCommand {
  static let names = ["sort"]

  static let scanner = OptionScanner(
    shortWithValue: ["t", "k"], shortFlags: ["n", "r", "u"],
    longWithValue: ["field-separator", "key"],
    longFlags: ["numeric-sort", "reverse", "unique"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var sort = SortInvocation()
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "n", "numeric-sort": sort.numeric = true
        case "r", "reverse": sort.reverse = true
        default: sort.unique = true
        }
      case .option(let name, let word, _):
        guard let text = context.staticText(word) else {
          context.error("sort -\(name) takes a literal value", at: word.position)
          return nil
        }
        if name == "t" || name == "field-separator" {
          guard text.utf8.count == 1 else {
            context.error(
              text.isEmpty
                ? "sort: empty tab" : "sort -t takes one single-byte character, not '\(text)'",
              at: word.position)
            return nil
          }
          if let previous = sort.separator, previous != text {
            context.error("sort: incompatible tabs", at: word.position)
            return nil
          }
          sort.separator = text
        } else {
          guard let key = key(text) else {
            context.error(
              "sort key '\(text)' is not supported (only N[,M] fields, numbered from 1, "
                + "with the options n and r)", at: word.position)
            return nil
          }
          sort.keys.append(key)
        }
      case .operand(let word):
        if context.staticText(word) == "-" { continue }
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .unknown(let text, let word):
        context.error("sort option '\(text)' is not supported", at: word.position)
        return nil
      }
    }
    if files.count > 1 {
      context.error("sort over several files is not supported", at: call.position)
      return nil
    }
    return files.isEmpty ? .filter(.sort(sort)) : .sourceAndFilter(.file(files[0]), .sort(sort))
  }

  /// `N[nr][,M[nr]]` with N, M ≥ 1.
  static func key(_ text: String) -> SortKey? {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 1 || parts.count == 2 else { return nil }
    var key = SortKey(from: 0)
    for (index, part) in parts.enumerated() {
      let digits = part.prefix { $0.isASCII && $0.isNumber }
      guard let number = Int(digits), number >= 1 else { return nil }
      for option in part.dropFirst(digits.count) {
        switch option {
        case "n": key.numeric = true
        case "r": key.reverse = true
        default: return nil
        }
      }
      if index == 0 { key.from = number } else { key.to = number }
    }
    return key
  }
}
