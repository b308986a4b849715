import SpecModel

/// `sort [-bfnrsu] [-t SEP] [-k N[,M]]… [FILE]`; a key may carry its own `b`, `f`, `n` and `r`
/// (`-k2,2nr`; `b` only after the first field number, where it skips the key's leading blanks).
enum SortCommand: PipelineCommand {
  static let names = ["sort"]

  static let scanner = OptionScanner(
    shortWithValue: ["t", "k", "o"],
    shortFlags: ["n", "r", "u", "f", "b", "s", "g", "h", "V", "c", "C"],
    longWithValue: ["field-separator", "key", "output"],
    longFlags: [
      "numeric-sort", "reverse", "unique", "ignore-case", "ignore-leading-blanks", "stable",
      "general-numeric-sort", "human-numeric-sort", "version-sort", "check",
    ])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var sort = SortInvocation()
    var files: [Template] = []
    var orderingLetters: Set<String> = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        let letter =
          [
            "numeric-sort": "n", "general-numeric-sort": "g", "human-numeric-sort": "h",
            "version-sort": "V",
          ][name] ?? name
        if ["g", "h", "n", "V"].contains(letter) { orderingLetters.insert(letter) }
        switch name {
        case "n", "numeric-sort": sort.numeric = true
        case "r", "reverse": sort.reverse = true
        case "f", "ignore-case": sort.foldCase = true
        case "b", "ignore-leading-blanks": sort.skipBlanks = true
        case "s", "stable": sort.stable = true
        case "g", "general-numeric-sort": sort.ordering = .general
        case "h", "human-numeric-sort": sort.ordering = .human
        case "V", "version-sort": sort.ordering = .version
        case "c", "check": sort.check = .diagnose
        case "C": sort.check = .quiet
        default: sort.unique = true
        }
      case .option(let name, let word, _) where name == "o" || name == "output":
        guard let file = context.template(word) else { return nil }
        sort.output = file
      case .option(let name, let word, _):
        guard let text = context.staticText(word) else {
          context.error(
            CommandDiagnostic.takesLiteralValue(command: "sort -\(name)"), at: word.position)
          return nil
        }
        if name == "t" || name == "field-separator" {
          guard text.utf8.count == 1 else {
            if text.isEmpty {
              context.error(CommandUsageDiagnostic.sortEmptyTab, at: word.position)
            } else {
              context.error(CommandDiagnostic.sortInvalidTab(text), at: word.position)
            }
            return nil
          }
          if let previous = sort.separator, previous != text {
            context.error(CommandUsageDiagnostic.sortIncompatibleTabs, at: word.position)
            return nil
          }
          sort.separator = text
        } else {
          guard let key = key(text) else {
            context.error(CommandDiagnostic.sortKeyUnsupported(text), at: word.position)
            return nil
          }
          sort.keys.append(key)
        }
      case .operand(let word):
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "sort", option: text), at: word.position)
        return nil
      }
    }
    let kinds = ["g", "h", "n", "V"].filter(orderingLetters.contains)
    if kinds.count > 1 {
      context.error(CommandDiagnostic.sortIncompatibleOptions(kinds.joined()), at: call.position)
      return nil
    }
    if sort.check != nil, !files.isEmpty {
      context.error(
        CommandUsageDiagnostic.sortCheckWithFile, at: call.position)
      return nil
    }
    if sort.check != nil, sort.output != nil {
      context.error(CommandUsageDiagnostic.sortCheckWithOutput, at: call.position)
      return nil
    }
    // A lone `-` is standard input, as no operand is.
    sort.files = files == ["-"] ? [] : files
    return .reading(files, .sort(sort))
  }

  /// `N[bfnrghV][,M[fnrghV]]` with N, M ≥ 1.
  static func key(_ text: String) -> SortKey? {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 1 || parts.count == 2 else { return nil }
    var key = SortKey(from: 0)
    for (index, part) in parts.enumerated() {
      let digits = part.prefix { $0.isASCII && $0.isNumber }
      guard let number = Int(digits), number >= 1 else { return nil }
      for option in part.dropFirst(digits.count) {
        switch option {
        case "n":
          guard key.ordering == nil else { return nil }
          key.numeric = true
        case "r": key.reverse = true
        case "f": key.foldCase = true
        case "b" where index == 0: key.skipBlanks = true
        case "g", "h", "V":
          // One way of comparing per key (GNU: "options '-gV' are incompatible").
          guard key.ordering == nil, !key.numeric else { return nil }
          key.ordering = option == "g" ? .general : option == "h" ? .human : .version
        default: return nil
        }
      }
      if index == 0 { key.from = number } else { key.to = number }
    }
    return key
  }
}
