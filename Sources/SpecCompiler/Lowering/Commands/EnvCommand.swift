import Shell
import SpecModel

extension LoweringContext {
  /// `env [-u NAME]… [--] [NAME=VALUE]… COMMAND ARGS…`: the command runs with NAME removed from
  /// its environment and NAME=VALUE added. Lowered as a subshell that unsets the `-u` names,
  /// exports the assignments (in that order, as env applies them), then runs the command with
  /// the statement's redirections: what the command sees is the same, and nothing it changes
  /// stays, as for a program env starts.
  ///
  /// bash expands every word before env runs, the subshell after the changes: a word that reads
  /// a variable env changes (or may, through a command substitution or `${!NAME}`) is a
  /// diagnostic. So are `env -i` (the IR has no empty environment), `env` without a command
  /// (the environment's order is the process's), and a command that is not a program the
  /// runtime implements (env runs programs, not functions or builtins).
  mutating func env(_ statement: BashStatement, arguments: [BashWord], line: Int) -> [Step] {
    var rest = arguments.dropFirst()
    var unset: [BashWord] = []
    while let option = rest.first, let text = staticText(option), text.hasPrefix("-") {
      rest.removeFirst()
      if text == "--" { break }
      if text == "-i" || text == "-" || text == "--ignore-environment" {
        error(CommandDiagnostic.envEmptyEnvironment(option: text), at: option.position)
        return []
      }
      if text == "-u" || text == "--unset" {
        guard let name = rest.popFirst(), staticText(name).map(Self.isVariableName) == true else {
          error(CommandDiagnostic.envNeedsVariableName(option: text), at: option.position)
          return []
        }
        unset.append(name)
        continue
      }
      let attached =
        text.hasPrefix("--unset=")
        ? String(text.dropFirst("--unset=".count))
        : text.hasPrefix("-u") ? String(text.dropFirst(2)) : nil
      guard let attached else {
        error(
          CommandDiagnostic.unsupportedOption(command: "env", option: text), at: option.position)
        return []
      }
      guard Self.isVariableName(attached) else {
        error(CommandDiagnostic.envNeedsVariableName(option: text), at: option.position)
        return []
      }
      unset.append(BashWord(position: option.position, parts: [.literal(attached)]))
    }
    var assignments: [(name: String, word: BashWord)] = []
    while let word = rest.first, let name = Self.assignedName(word) {
      rest.removeFirst()
      assignments.append((name, word))
    }
    guard let commandWord = rest.first else {
      error(
        CommandUsageDiagnostic.envWithoutCommand,
        at: statement.position)
      return []
    }
    guard let name = staticText(commandWord) else {
      error(LoweringDiagnostic.nonLiteralCommandName, at: commandWord.position)
      return []
    }
    guard !functions.contains(name),
      CommandTable.pipelineByName[name] != nil || Self.programSteps.contains(name)
    else {
      error(CommandDiagnostic.envRunsPrograms(command: name), at: commandWord.position)
      return []
    }
    let changed = Set(unset.compactMap { staticText($0) } + assignments.map(\.name))
    let words = assignments.map(\.word) + Array(rest) + statement.redirects.map(\.word)
    if let word = words.first(where: { !Self.expandsWithout(changed, $0) }) {
      error(
        CommandUsageDiagnostic.envChangesReadVariable,
        at: word.position)
      return []
    }
    var steps: [Step] = []
    let errors = problems.count
    for name in unset {
      let command = BashWord(position: name.position, parts: [.literal("unset")])
      steps += lower(
        BashStatement(
          position: name.position, command: .call(assignments: [], arguments: [command, name])))
    }
    for assignment in assignments {
      let word = assignment.word
      let value = Self.dropping(assignment.name.count + 1, from: word.parts)
      let export = BashAssignment(
        position: word.position, name: assignment.name,
        value: BashWord(position: word.position, parts: value))
      steps += lower(
        BashStatement(
          position: word.position,
          command: .declaration(
            variant: "export", options: [], assignments: [export], position: word.position)))
    }
    steps += lower(
      BashStatement(
        position: commandWord.position,
        command: .call(assignments: [], arguments: Array(rest)),
        redirects: statement.redirects))
    guard problems.count == errors else { return [] }
    return [Step(line: line, .subshell(steps))]
  }

  /// Commands other than pipeline commands that are programs env can run.
  static let programSteps: Set<String> = [
    "sleep", "rm", "mkdir", "touch", "chmod", "true", "false",
  ]

  static func isVariableName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
      first.isASCII
    else { return false }
    return text.unicodeScalars.allSatisfy {
      $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0))
    }
  }

  /// The NAME of a `NAME=VALUE` word (`A=1`, `"A=$V"`, `'A=x'`: NAME written literally).
  static func assignedName(_ word: BashWord) -> String? {
    guard let text = leadingText(word.parts), let equals = text.firstIndex(of: "=") else {
      return nil
    }
    let name = String(text[..<equals])
    return isVariableName(name) ? name : nil
  }

  /// The literal text a word starts with, quoted or not.
  private static func leadingText(_ parts: [BashWordPart]) -> String? {
    switch parts.first {
    case .literal(let text)?, .singleQuoted(let text, dollar: false)?: return text
    case .doubleQuoted(let inner)?: return leadingText(inner)
    default: return nil
    }
  }

  /// `parts` without their first `count` characters (all within the leading literal text).
  private static func dropping(_ count: Int, from parts: [BashWordPart]) -> [BashWordPart] {
    var parts = parts
    switch parts.first {
    case .literal(let text)?:
      parts[0] = .literal(String(text.dropFirst(count)))
    case .singleQuoted(let text, let dollar)?:
      parts[0] = .singleQuoted(String(text.dropFirst(count)), dollar: dollar)
    case .doubleQuoted(let inner)?:
      parts[0] = .doubleQuoted(dropping(count, from: inner))
    default:
      break
    }
    if case .literal("")? = parts.first { parts.removeFirst() }
    return parts
  }

  /// Whether `word` expands without reading any of `names` (or anything a substitution reads).
  static func expandsWithout(_ names: Set<String>, _ word: BashWord) -> Bool {
    word.parts.allSatisfy { expandsWithout(names, $0) }
  }

  private static func expandsWithout(_ names: Set<String>, _ part: BashWordPart) -> Bool {
    switch part {
    case .literal, .singleQuoted:
      return true
    case .doubleQuoted(let parts):
      return parts.allSatisfy { expandsWithout(names, $0) }
    case .parameter(let expansion):
      guard !names.contains(expansion.name), !expansion.indirect else { return false }
      let inner =
        [expansion.operation?.word, expansion.replacement?.pattern, expansion.replacement?.with]
      return inner.allSatisfy { $0.map { expandsWithout(names, $0) } ?? true }
        && [expansion.index, expansion.slice?.offset, expansion.slice?.length].allSatisfy {
          $0.map { !mentions(names, $0) } ?? true
        }
    case .arithmetic(let text):
      return !mentions(names, text)
    case .commandSubstitution, .processSubstitution:
      return false
    }
  }

  /// Whether arithmetic `text` has one of `names` as an identifier.
  private static func mentions(_ names: Set<String>, _ text: String) -> Bool {
    var identifier = ""
    for scalar in text.unicodeScalars {
      if scalar == "_" || (scalar.isASCII && scalar.properties.isAlphabetic)
        || (!identifier.isEmpty && ("0"..."9").contains(scalar))
      {
        identifier.unicodeScalars.append(scalar)
        continue
      }
      if names.contains(identifier) { return true }
      identifier = ""
    }
    return names.contains(identifier)
  }
}
