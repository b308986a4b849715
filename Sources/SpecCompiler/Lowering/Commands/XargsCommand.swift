import Shell
import SpecModel

/// `xargs [-0 | -d DELIM] [-n N | -L N | -I STR | -i[STR]] [-r] [-t] [-x] [COMMAND [ARG…]]`
/// (long forms too): COMMAND (`echo` when absent) is lowered as its own statement with `"$@"`
/// after its words (`"$1"` with `-n 1`), or with each replace string made `"$1"`, and runs once
/// per batch with the batch as positional parameters. xargs runs programs: a shell function or a builtin without a
/// program of its name is xargs's `No such file or directory` at run time; a command the
/// compiler cannot lower is an error there.
enum XargsCommand: PipelineCommand {
  static let names = ["xargs"]

  /// Builtins that Debian also has as programs in `/usr/bin`, which xargs can run.
  static let builtinPrograms: Set<String> = [
    "[", "echo", "false", "kill", "printf", "pwd", "test", "true",
  ]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var xargs = XargsInvocation(command: [], run: nil)
    var words = call.arguments[...]
    while let word = words.first, let text = context.staticText(word), text.hasPrefix("-"),
      text != "-"
    {
      words.removeFirst()
      if text == "--" { break }
      guard readOption(text, word: word, rest: &words, into: &xargs, context: &context) else {
        return nil
      }
    }
    if xargs.replace != nil && (xargs.maxArgs != nil || xargs.maxLines != nil)
      || xargs.maxArgs != nil && xargs.maxLines != nil
    {
      context.error(
        CommandUsageDiagnostic.xargsCountOptionsTogether,
        at: call.position)
      return nil
    }
    var commandWords = Array(words)
    if commandWords.isEmpty {
      commandWords = [BashWord(position: call.position, parts: [.literal("echo")])]
    }
    for word in commandWords where readsPositionalParameters(word) {
      context.error(
        CommandUsageDiagnostic.xargsPositionalParameters,
        at: word.position)
      return nil
    }
    let position = commandWords[0].position
    if let replace = xargs.replace {
      commandWords = commandWords.map { replacing(replace, in: $0) }
    } else {
      // One item a run is `"$1"`, which any command takes; several are `"$@"`.
      let items = BashParameterExpansion(
        position: position, name: xargs.maxArgs == 1 ? "1" : "@", short: true)
      commandWords.append(
        BashWord(position: position, parts: [.doubleQuoted([.parameter(items)])]))
    }
    var templates: [Template] = []
    for word in commandWords {
      guard let template = context.template(word) else { return nil }
      templates.append(template)
    }
    xargs.command = templates
    let name = context.staticText(commandWords[0])
    let isProgram =
      name.map {
        BashCommandNames.externalCommands.contains($0) || builtinPrograms.contains($0)
      } ?? true
    if let name, !isProgram,
      context.functions.contains(name) || BashCommandNames.builtins.contains(name)
    {
      // Not a program: xargs fails to run it.
      return .filter(.xargs(xargs))
    }
    // A function of the same name as a program does not hide it from xargs.
    let savedFunctions = context.functions
    if let name { context.functions.remove(name) }
    let statement = BashStatement(
      position: position, command: .call(assignments: [], arguments: commandWords))
    let problems = context.problems.count
    let steps = context.lower(statement)
    context.functions = savedFunctions
    guard context.problems.count == problems, !steps.isEmpty else {
      if context.problems.count == problems {
        context.error(CommandDiagnostic.xargsCannotRun(name ?? "…"), at: position)
      }
      return nil
    }
    // Commands that take their words at run time (`echo`, `printf`, `curl`) take each item as
    // a word; the others (file operands…) read `"$@"` as one word, right for one item a run.
    if xargs.replace == nil && xargs.maxArgs != 1 && name != "echo"
      && !takesWordsAtRunTime(steps)
    {
      context.error(CommandDiagnostic.xargsOneItemARun(name ?? "…"), at: position)
      return nil
    }
    xargs.run = steps
    return .filter(.xargs(xargs))
  }

  /// Whether `steps` is `printf` or `curl` with their argument words read at run time (`echo`
  /// joins its words with spaces whatever its form).
  private static func takesWordsAtRunTime(_ steps: [Step]) -> Bool {
    guard steps.count == 1, case .pipeline(let pipeline) = steps[0].action,
      pipeline.filters.isEmpty
    else { return false }
    switch pipeline.source {
    case .printf, .curl: return true
    default: return false
    }
  }

  /// One option word (`-n2`, `-0rt`, `--max-args=2`, `-I {}`); false after reporting it.
  private static func readOption(
    _ text: String, word: BashWord, rest: inout ArraySlice<BashWord>,
    into xargs: inout XargsInvocation, context: inout LoweringContext
  ) -> Bool {
    func value(_ attached: Substring) -> String? {
      if !attached.isEmpty { return String(attached) }
      guard let next = rest.popFirst() else { return nil }
      return context.staticText(next)
    }
    func count(_ option: String, _ text: String?) -> Int? {
      guard let text, let value = Int(text), value > 0 else {
        context.error(CommandDiagnostic.xargsNeedsPositiveCount(option: option), at: word.position)
        return nil
      }
      return value
    }
    if text.hasPrefix("--") {
      let body = text.dropFirst(2)
      let name = body.prefix { $0 != "=" }
      let attached = body.contains("=") ? body.drop { $0 != "=" }.dropFirst() : nil
      switch name {
      case "null": xargs.delimiter = 0
      case "no-run-if-empty": xargs.noRunIfEmpty = true
      case "verbose": xargs.trace = true
      case "exit": break
      case "replace": xargs.replace = attached.map(String.init) ?? "{}"
      case "max-lines":
        guard let n = attached.map({ count("--max-lines", String($0)) }) ?? 1 else { return false }
        xargs.maxLines = n
      case "max-args":
        guard let n = count("--max-args", value(attached ?? "")) else { return false }
        xargs.maxArgs = n
      case "delimiter":
        guard let delimiter = delimiterByte(value(attached ?? "")) else {
          context.error(CommandUsageDiagnostic.xargsInvalidDelimiter, at: word.position)
          return false
        }
        xargs.delimiter = delimiter
      default:
        context.error(
          CommandDiagnostic.unsupportedOption(command: "xargs", option: text), at: word.position)
        return false
      }
      return true
    }
    var letters = text.dropFirst()
    while let letter = letters.popFirst() {
      switch letter {
      case "0": xargs.delimiter = 0
      case "r": xargs.noRunIfEmpty = true
      case "t": xargs.trace = true
      case "x": break
      case "i":
        xargs.replace = letters.isEmpty ? "{}" : String(letters)
        return true
      case "l":
        guard let n = letters.isEmpty ? 1 : count("-l", String(letters)) else { return false }
        xargs.maxLines = n
        return true
      case "n", "L":
        guard let n = count("-\(letter)", value(letters)) else { return false }
        if letter == "n" { xargs.maxArgs = n } else { xargs.maxLines = n }
        return true
      case "I":
        guard let replace = value(letters), !replace.isEmpty else {
          context.error(CommandUsageDiagnostic.xargsReplaceNotLiteral, at: word.position)
          return false
        }
        xargs.replace = replace
        return true
      case "d":
        guard let delimiter = delimiterByte(value(letters)) else {
          context.error(CommandUsageDiagnostic.xargsInvalidDelimiter, at: word.position)
          return false
        }
        xargs.delimiter = delimiter
        return true
      default:
        context.error(
          CommandDiagnostic.unsupportedOption(command: "xargs", option: "-\(letter)"),
          at: word.position)
        return false
      }
    }
    return true
  }

  /// `-d`'s argument: one character, or a C escape (`\n`, `\t`, `\0`, `\xHH`, `\NNN`).
  static func delimiterByte(_ text: String?) -> Int? {
    guard let text else { return nil }
    let bytes = Array(text.utf8)
    if bytes.count == 1 { return Int(bytes[0]) }
    guard bytes.first == UInt8(ascii: "\\"), bytes.count >= 2 else { return nil }
    let rest = String(decoding: bytes.dropFirst(2), as: UTF8.self)
    switch bytes[1] {
    case UInt8(ascii: "a"): return rest.isEmpty ? 7 : nil
    case UInt8(ascii: "b"): return rest.isEmpty ? 8 : nil
    case UInt8(ascii: "f"): return rest.isEmpty ? 12 : nil
    case UInt8(ascii: "n"): return rest.isEmpty ? 10 : nil
    case UInt8(ascii: "r"): return rest.isEmpty ? 13 : nil
    case UInt8(ascii: "t"): return rest.isEmpty ? 9 : nil
    case UInt8(ascii: "v"): return rest.isEmpty ? 11 : nil
    case UInt8(ascii: "\\"): return rest.isEmpty ? 92 : nil
    case UInt8(ascii: "x"): return Int(rest, radix: 16).flatMap { $0 < 256 ? $0 : nil }
    default:
      let octal = String(decoding: bytes.dropFirst(), as: UTF8.self)
      return Int(octal, radix: 8).flatMap { $0 < 256 ? $0 : nil }
    }
  }

  /// Whether a word expands `$@`, `$*`, `$#` or `$1`…, which xargs's items replace.
  private static func readsPositionalParameters(_ word: BashWord) -> Bool {
    func reads(_ parts: [BashWordPart]) -> Bool {
      parts.contains { part in
        switch part {
        case .parameter(let expansion):
          return ["@", "*", "#"].contains(expansion.name) || expansion.name.allSatisfy(\.isNumber)
        case .doubleQuoted(let inner): return reads(inner)
        default: return false
        }
      }
    }
    return reads(word.parts)
  }

  /// `word` with each `replace` in its literal text made `"$1"` (the item).
  private static func replacing(_ replace: String, in word: BashWord) -> BashWord {
    let item = BashWordPart.parameter(
      BashParameterExpansion(position: word.position, name: "1", short: true))
    func split(_ text: String, _ make: (String) -> BashWordPart, quoteItem: Bool)
      -> [BashWordPart]
    {
      let pieces = text.components(separatedBy: replace)
      var parts: [BashWordPart] = []
      for (index, piece) in pieces.enumerated() {
        if index > 0 { parts.append(quoteItem ? .doubleQuoted([item]) : item) }
        if !piece.isEmpty { parts.append(make(piece)) }
      }
      return parts
    }
    var parts: [BashWordPart] = []
    for part in word.parts {
      switch part {
      case .literal(let text):
        parts += split(text, { .literal($0) }, quoteItem: true)
      case .singleQuoted(let text, let dollar):
        parts += split(text, { .singleQuoted($0, dollar: dollar) }, quoteItem: true)
      case .doubleQuoted(let inner):
        var quoted: [BashWordPart] = []
        for piece in inner {
          if case .literal(let text) = piece {
            quoted += split(text, { .literal($0) }, quoteItem: false)
          } else {
            quoted.append(piece)
          }
        }
        parts.append(.doubleQuoted(quoted))
      default:
        parts.append(part)
      }
    }
    return BashWord(position: word.position, parts: parts)
  }
}
