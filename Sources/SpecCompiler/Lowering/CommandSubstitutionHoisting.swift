import Shell
import SpecModel

/// Command substitutions inside words (`"id-$(uuidgen)"`, `${X:-$(cmd)}`) → capture steps placed
/// before the command, the words referring to the variables they fill (`_SUBSTITUTION_N`), in
/// the order bash expands them.
///
/// A substitution in the word of `${NAME:-word}`, `:=`, `:?`, `:+` (and the colon-less forms)
/// runs only when bash would expand that word: its capture is guarded by a test of NAME
/// (`${NAME:+1}` empty or not), evaluated just before the command.
extension LoweringContext {
  /// Replaces command substitutions inside words by variables filled by capture steps placed
  /// before the command. With `ignoreStatus` (arguments of a command), a failing substitution
  /// does not fail the command, as in bash.
  mutating func hoist(_ words: [BashWord], into steps: inout [Step], ignoreStatus: Bool, line: Int)
    -> [BashWord]?
  {
    var out: [BashWord] = []
    for word in words {
      guard
        let parts = hoisted(
          word.parts, guards: [], into: &steps, ignoreStatus: ignoreStatus, line: line,
          at: word.position)
      else { return nil }
      out.append(BashWord(position: word.position, parts: parts, text: word.text))
    }
    return out
  }

  /// Whether `parts` hold a command substitution (other than `$(date +FORMAT)`), anywhere a
  /// word can hold one: in quotes and in the words of parameter expansions.
  func holdsSubstitution(_ parts: [BashWordPart]) -> Bool {
    parts.contains { part in
      switch part {
      case .commandSubstitution(let statements, _):
        return Self.dateFormat(statements, context: self) == nil
      case .doubleQuoted(let inner): return holdsSubstitution(inner)
      case .arithmetic(let text): return text.contains("$(") || text.contains("`")
      case .parameter(let p):
        return [p.operation?.word, p.replacement?.pattern, p.replacement?.with].contains {
          $0.map { holdsSubstitution($0.parts) } ?? false
        }
      default: return false
      }
    }
  }

  /// `parts` with their substitutions hoisted; `guards` must all hold for bash to expand them.
  private mutating func hoisted(
    _ parts: [BashWordPart], guards: [Condition], into steps: inout [Step], ignoreStatus: Bool,
    line: Int, at position: BashPosition
  ) -> [BashWordPart]? {
    var out: [BashWordPart] = []
    for part in parts {
      switch part {
      case .doubleQuoted(let inner):
        guard
          let inner = hoisted(
            inner, guards: guards, into: &steps, ignoreStatus: ignoreStatus, line: line,
            at: position)
        else { return nil }
        out.append(.doubleQuoted(inner))
      case .commandSubstitution(let statements, let substitutionPosition):
        if Self.dateFormat(statements, context: self) != nil {
          out.append(part)
          continue
        }
        guard
          let name = capture(
            statements, guards: guards, into: &steps, ignoreStatus: ignoreStatus, line: line)
        else { return nil }
        out.append(.parameter(BashParameterExpansion(position: substitutionPosition, name: name)))
      case .arithmetic(let text):
        guard
          let text = hoistedArithmetic(
            text, guards: guards, into: &steps, ignoreStatus: ignoreStatus, line: line,
            at: position)
        else { return nil }
        out.append(.arithmetic(text))
      case .parameter(var expansion):
        if let operation = expansion.operation, let word = operation.word,
          holdsSubstitution(word.parts)
        {
          var inner = guards
          if let condition = expansionGuard(expansion) {
            inner.append(condition)
          } else if Self.guardedOperators.contains(operation.op) {
            return nil
          }
          guard
            let parts = hoisted(
              word.parts, guards: inner, into: &steps, ignoreStatus: ignoreStatus, line: line,
              at: word.position)
          else { return nil }
          expansion.operation = (operation.op, BashWord(position: word.position, parts: parts))
        }
        if var replacement = expansion.replacement {
          // The pattern and the replacement are expanded whenever the expansion is.
          for keyPath in [\BashParameterExpansion.Replacement.pattern, \.with] {
            guard let word = replacement[keyPath: keyPath], holdsSubstitution(word.parts) else {
              continue
            }
            guard
              let parts = hoisted(
                word.parts, guards: guards, into: &steps, ignoreStatus: ignoreStatus, line: line,
                at: word.position)
            else { return nil }
            replacement[keyPath: keyPath] = BashWord(position: word.position, parts: parts)
          }
          expansion.replacement = replacement
        }
        out.append(.parameter(expansion))
      default:
        out.append(part)
      }
    }
    return out
  }

  /// The steps that capture `$(statements)` into a new variable, run only when `guards` hold;
  /// the variable's name.
  private mutating func capture(
    _ statements: [BashStatement], guards: [Condition], into steps: inout [Step],
    ignoreStatus: Bool, line: Int
  ) -> String? {
    let name = nextHoistedName()
    var captured: [Step]
    if ignoreStatus {
      // An argument's substitution: its status is not the command's.
      guard let command = substitutionStep(statements, into: name, line: line) else {
        return nil
      }
      captured = [
        Step(line: line, .assign(Assignment(name: name, value: nil, substitution: command)))
      ]
    } else {
      guard let capture = captureSteps(statements, into: name, line: line) else { return nil }
      captured = capture
    }
    if !guards.isEmpty {
      let test = Step(line: line, .test(.all(guards)))
      captured = [
        Step(line: line, .ifElse(IfStep(branches: [.init(condition: [test], then: captured)])))
      ]
    }
    steps += captured
    return name
  }

  /// Arithmetic text (`$(( $(wc -l < f) * 2 ))`, `(( $(cmd) > 3 ))`) with each command
  /// substitution replaced by `${NAME}` of the variable its capture fills: bash puts the output
  /// into the text before it evaluates the expression, as the runtime does with `${NAME}`.
  mutating func hoistedArithmetic(
    _ text: String, guards: [Condition] = [], into steps: inout [Step], ignoreStatus: Bool,
    line: Int, at origin: BashPosition
  ) -> String? {
    guard text.contains("$(") || text.contains("`") else { return text }
    let found: [BashArithmeticSubstitution]
    switch BashParser.arithmeticSubstitutions(in: text, at: origin) {
    case .failure(let failure):
      error(LoweringDiagnostic.bashSyntaxError(failure.message), at: failure.position)
      return nil
    case .success(let substitutions):
      found = substitutions
    }
    guard !found.isEmpty else { return text }
    // Each level parses its text again: bounded like the parser's own nesting.
    guard arithmeticSubstitutionDepth < BashParser.maximumNesting else {
      error(
        LoweringDiagnostic.bashSyntaxError(
          "nesting is deeper than \(BashParser.maximumNesting) levels"), at: origin)
      return nil
    }
    arithmeticSubstitutionDepth += 1
    defer { arithmeticSubstitutionDepth -= 1 }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var cursor = 0
    for substitution in found {
      out += bytes[cursor..<substitution.range.lowerBound]
      guard
        let name = capture(
          substitution.statements, guards: guards, into: &steps, ignoreStatus: ignoreStatus,
          line: line)
      else { return nil }
      out += Array("${\(name)}".utf8)
      cursor = substitution.range.upperBound
    }
    out += bytes[cursor...]
    return String(decoding: out, as: UTF8.self)
  }

  /// Operators whose word bash expands only in some cases.
  private static let guardedOperators: Set<String> = [":-", "-", ":=", "=", ":?", "?", ":+", "+"]

  /// When bash expands the word of `${NAME:-word}` and the like: `${NAME:+1}` (`${NAME+1}` for
  /// the colon-less forms) is empty for `-`, `=`, `?`, not empty for `+`. Nil for the other
  /// operators (their word is always expanded), or after an error.
  private mutating func expansionGuard(_ expansion: BashParameterExpansion) -> Condition? {
    guard let op = expansion.operation?.op, Self.guardedOperators.contains(op) else { return nil }
    var probe = expansion
    let colon = op.hasPrefix(":")
    probe.operation = (
      colon ? ":+" : "+", BashWord(position: expansion.position, parts: [.literal("1")])
    )
    guard let set = template(BashWord(position: expansion.position, parts: [.parameter(probe)]))
    else { return nil }
    return .unary(op.hasSuffix("+") ? .nonEmptyString : .emptyString, set)
  }
}
