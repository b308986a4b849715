import SpecModel

/// `sort [-bfnrsu] [-t SEP] [-k N[,M]]… [FILE]`; a key may carry its own `b`, `f`, `n` and `r`
/// (`-k2,2nr`; `b` only after the first field number, where it skips the key's leading blanks).
enum SortCommand: PipelineCommand {
  static let names = ["sort"]

  static let scanner = OptionScanner(
    shortWithValue: ["t", "k"], shortFlags: ["n", "r", "u", "f", "b", "s"],
    longWithValue: ["field-separator", "key"],
    longFlags: [
      "numeric-sort", "reverse", "unique", "ignore-case", "ignore-leading-blanks", "stable",
    ])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var sort = SortInvocation()
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "n", "numeric-sort": sort.numeric = true
        case "r", "reverse": sort.reverse = true
        case "f", "ignore-case": sort.foldCase = true
        case "b", "ignore-leading-blanks": sort.skipBlanks = true
        case "s", "stable": sort.stable = true
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
                + "with the options b (first field only), f, n and r)", at: word.position)
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

  /// `N[bfnr][,M[fnr]]` with N, M ≥ 1.
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
        case "f": key.foldCase = true
        case "b" where index == 0: key.skipBlanks = true
        default: return nil
        }
      }
      if index == 0 { key.from = number } else { key.to = number }
    }
    return key
  }
}
