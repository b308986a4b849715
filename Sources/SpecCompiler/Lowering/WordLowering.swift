import Shell
import SpecModel

/// Bash words → templates: quotes removed, escapes resolved, expansions kept symbolic.
///
/// Command substitutions other than `$(date +FORMAT)` cannot live in a template; the caller
/// hoists them into capture steps first (`CommandSubstitutionHoisting`), which replaces them
/// by variables.
extension LoweringContext {
  /// The template a word stands for, or nil after reporting why it has none.
  mutating func template(_ word: BashWord) -> Template? {
    var parts: [TemplatePart] = []
    for part in word.parts {
      guard lower(part, quoted: false, into: &parts, at: word.position) else { return nil }
    }
    return Template(parts).normalized
  }

  /// The text of a word made only of literal characters and quotes (flags, programs, formats).
  func staticText(_ word: BashWord) -> String? {
    var text = ""
    for part in word.parts {
      switch part {
      case .literal(let raw): text += BashQuoteRemoval.unquoted(raw)
      case .singleQuoted(let raw, let dollar):
        guard let piece = dollar ? BashQuoteRemoval.dollarQuoted(raw) : raw else { return nil }
        text += piece
      case .doubleQuoted(let inner):
        for piece in inner {
          guard case .literal(let raw) = piece else { return nil }
          text += BashQuoteRemoval.doubleQuoted(raw)
        }
      default: return nil
      }
    }
    return text
  }

  private mutating func lower(
    _ part: BashWordPart, quoted: Bool, into parts: inout [TemplatePart], at position: BashPosition
  ) -> Bool {
    switch part {
    case .literal(let raw):
      parts.append(
        .literal(quoted ? BashQuoteRemoval.doubleQuoted(raw) : BashQuoteRemoval.unquoted(raw)))
    case .singleQuoted(let raw, let dollar):
      guard let piece = dollar ? BashQuoteRemoval.dollarQuoted(raw) : raw else {
        error(LoweringDiagnostic.nonUTF8DollarQuote, at: position)
        return false
      }
      parts.append(.literal(piece))
    case .doubleQuoted(let inner):
      if inner.isEmpty { parts.append(.literal("")) }
      for piece in inner {
        guard lower(piece, quoted: true, into: &parts, at: position) else { return false }
      }
    case .parameter(var expansion):
      // Unquoted, `$*` and `${a[*]}` are split into the elements, as `"$@"` gives them.
      if !quoted, expansion.name == "*", expansion.index == nil { expansion.name = "@" }
      if !quoted, expansion.index == "*" { expansion.index = "@" }
      if expansion.name == "-" {
        // bash's option letters (`ehuBc` under the runner): the runtime keeps no such string.
        error(LoweringDiagnostic.optionFlagsParameter, at: position)
        return false
      }
      guard let lowered = self.expansion(expansion) else { return false }
      parts.append(lowered)
    case .commandSubstitution(let statements, let substitutionPosition):
      if let format = Self.dateFormat(statements, context: self) {
        parts.append(.date(format: format))
      } else {
        error(LoweringDiagnostic.commandSubstitutionPlacement, at: substitutionPosition)
        return false
      }
    case .arithmetic(let text):
      guard let expression = arithmetic(text, at: position, exact: false) else { return false }
      parts.append(.arithmetic(expression))
    case .processSubstitution:
      error(LoweringDiagnostic.processSubstitution, at: position)
      return false
    }
    return true
  }

  private mutating func expansion(_ e: BashParameterExpansion) -> TemplatePart? {
    switch e.name {
    case "$": return .processID
    case "?": return .lastStatus
    case "!": return .lastBackgroundJob
    default: break
    }
    if e.indirect, e.names == nil, e.index == nil, e.slice == nil, e.replacement == nil,
      e.operation == nil, !e.length
    {
      return .expansion(ParameterExpansion(name: e.name, operation: .indirect))
    }
    var e = e
    if e.indirect || e.index != nil {
      switch arrayReference(e) {
      case .failed: return nil
      case .part(let part): return part
      case .renamed(let renamed): e = renamed
      }
    }
    if e.length { return .expansion(ParameterExpansion(name: e.name, operation: .length)) }
    if let slice = e.slice {
      guard
        let operation = substringOperation(
          offset: slice.offset, length: slice.length, at: e.position)
      else { return nil }
      return .expansion(ParameterExpansion(name: e.name, operation: operation))
    }
    if let r = e.replacement {
      guard let pattern = optionalPatternTemplate(r.pattern), let with = optionalTemplate(r.with)
      else {
        return nil
      }
      let mode: ParameterExpansion.ReplaceMode =
        r.all ? .all : r.anchor == "#" ? .prefix : r.anchor == "%" ? .suffix : .first
      return .expansion(
        ParameterExpansion(
          name: e.name, operation: .replace(pattern: pattern, replacement: with, mode: mode)))
    }
    if let operation = e.operation {
      if ["^", "^^", ",", ",,"].contains(operation.op), operation.word != nil {
        // `${v^^[ab]}` converts only the characters the pattern matches.
        error(LoweringDiagnostic.patternCaseConversion(operator: operation.op), at: e.position)
        return nil
      }
      // The operand of `#`, `##`, `%` and `%%` is a pattern.
      let isPattern = ["#", "##", "%", "%%"].contains(operation.op)
      guard
        let word = isPattern
          ? optionalPatternTemplate(operation.word) : optionalTemplate(operation.word)
      else { return nil }
      let op: ParameterExpansion.Operation
      switch operation.op {
      case ":-": op = .useDefault(word, nullIsUnset: true)
      case "-": op = .useDefault(word, nullIsUnset: false)
      case ":=": op = .assignDefault(word, nullIsUnset: true)
      case "=": op = .assignDefault(word, nullIsUnset: false)
      case ":+": op = .useAlternative(word, nullIsUnset: true)
      case "+": op = .useAlternative(word, nullIsUnset: false)
      case ":?": op = .errorIfUnset(word, nullIsUnset: true)
      case "?": op = .errorIfUnset(word, nullIsUnset: false)
      case "#": op = .removePrefix(word, longest: false)
      case "##": op = .removePrefix(word, longest: true)
      case "%": op = .removeSuffix(word, longest: false)
      case "%%": op = .removeSuffix(word, longest: true)
      case "^": op = .changeCase(upper: true, all: false)
      case "^^": op = .changeCase(upper: true, all: true)
      case ",": op = .changeCase(upper: false, all: false)
      case ",,": op = .changeCase(upper: false, all: true)
      case "@":
        // `${NAME@Q}`, `${NAME@U}`, `${NAME@u}`, `${NAME@L}`.
        switch operation.word.flatMap({ staticText($0) }) {
        case "Q": op = .quote
        case "U": op = .changeCase(upper: true, all: true)
        case "u": op = .changeCase(upper: true, all: false)
        case "L": op = .changeCase(upper: false, all: true)
        case let other:
          error(LoweringDiagnostic.parameterTransformation(operator: other ?? ""), at: e.position)
          return nil
        }
      default:
        error(LoweringDiagnostic.parameterExpansionOperator(operation.op), at: e.position)
        return nil
      }
      return .expansion(ParameterExpansion(name: e.name, operation: op))
    }
    if e.name.first?.isNumber == true || ["@", "*", "#"].contains(e.name) {
      // Positional parameters only exist inside functions; the runtime binds them per call.
      return .variable(e.name)
    }
    return .variable(e.name)
  }

  private mutating func optionalTemplate(_ word: BashWord?) -> Template? {
    guard let word else { return Template([]) }
    return template(word)
  }

  /// `date +FORMAT` (or `date -u +FORMAT`) as the whole substitution.
  static func dateFormat(_ statements: [BashStatement], context: LoweringContext) -> String? {
    // Under `set -x` the substitution traces its `date` command (`++ date +%s`).
    guard !context.tracing, statements.count == 1, let statement = statements.first,
      statement.redirects.isEmpty,
      case .call(let assignments, let arguments)? = statement.command, assignments.isEmpty,
      arguments.count == 2, context.staticText(arguments[0]) == "date",
      let format = context.staticText(arguments[1]), format.hasPrefix("+")
    else { return nil }
    return String(format.dropFirst())
  }
}

extension String {
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
