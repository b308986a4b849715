import Shell
import SpecModel

/// Assignments and declarations (`local`, `declare`, `export`, `readonly`), command
/// substitutions as capture steps.
extension LoweringContext {
  mutating func declaration(
    _ variant: String, options: [BashWord], assignments: [BashAssignment], at position: BashPosition
  ) -> [Step] {
    var exported = variant == "export"
    // `declare`/`typeset` in a function body make locals, unless `-g`.
    var local =
      variant == "local" || (["declare", "typeset"].contains(variant) && functionDepth > 0)
    var array = false
    var associative = false
    for option in options {
      switch staticText(option) {
      case "-x": exported = true
      case "-a": array = true
      case "-A": associative = true
      case "-g": local = variant == "local"
      case "-r": break
      default:
        error(
          LoweringDiagnostic.declarationOption(
            declaration: variant, option: staticText(option) ?? "?"), at: option.position)
        return []
      }
    }
    guard ["export", "local", "declare", "typeset", "readonly"].contains(variant) else {
      error(LoweringDiagnostic.unsupportedDeclaration(variant), at: position)
      return []
    }
    if associative {
      return assignments.flatMap { assignment in
        associativeArrays.insert(assignment.name)
        guard let elements = assignment.array else {
          if assignment.value != nil || assignment.index != nil {
            error(
              LoweringDiagnostic.associativeDeclarationValue(declaration: variant),
              at: assignment.position)
            return [Step]()
          }
          return [arrayDeclaration(assignment, local: local, associative: true)]
        }
        return associativeAssignment(
          assignment, elements: elements, local: local, line: stepLine(assignment.position),
          declaration: true)
      }
    }
    return assignments.flatMap { assignment in
      if array && assignment.value == nil && assignment.array == nil {
        return [arrayDeclaration(assignment, local: local)]
      }
      return assign(assignment, exported: exported, local: local, declaration: true)
    }
  }

  /// `NAME=value`: a capture when the value is one command substitution, else an assignment.
  /// In a declaration (`export`, `local`) a failing substitution does not fail the statement.
  mutating func assign(
    _ assignment: BashAssignment, exported: Bool, local: Bool, declaration: Bool
  ) -> [Step] {
    let line = stepLine(assignment.position)
    if assignment.append || assignment.array != nil || assignment.index != nil {
      let steps = arrayAssignment(assignment, local: local, line: line)
      guard tracing, !steps.isEmpty else { return steps }
      guard let entry = assignmentTrace(assignment) else { return [] }
      return appendingTrace([entry], to: steps)
    }
    let trace: [TracedCommand]? = tracing ? [.assignment(assignment.name)] : nil
    guard let value = assignment.value else {
      return [
        Step(
          line: line,
          .assign(Assignment(name: assignment.name, value: nil, exported: exported, local: local)))
      ]
    }
    if let statements = Self.wholeSubstitution(value),
      LoweringContext.dateFormat(statements, context: self) == nil
    {
      if declaration {
        // `local X=$(…)`: one step; the substitution's status is not the declaration's.
        guard let command = substitutionStep(statements, into: assignment.name, line: line) else {
          return []
        }
        return [
          Step(
            line: line,
            .assign(
              Assignment(
                name: assignment.name, value: nil, exported: exported, local: local,
                substitution: command)))
        ]
      }
      guard let steps = captureSteps(statements, into: assignment.name, line: line) else {
        return []
      }
      return appendingTrace(trace, to: steps)
    }
    var hoisted: [Step] = []
    guard let words = hoist([value], into: &hoisted, ignoreStatus: declaration, line: line),
      let template = template(words[0])
    else { return [] }
    return hoisted + [
      Step(
        line: line,
        .assign(
          Assignment(
            name: assignment.name, value: template, exported: exported, local: local,
            substitutionStatus: !declaration && !hoisted.isEmpty)),
        trace: trace)
    ]
  }

  /// The statements of a value that is exactly `$(…)` or `"$(…)"`.
  static func wholeSubstitution(_ word: BashWord) -> [BashStatement]? {
    var parts = word.parts
    if parts.count == 1, case .doubleQuoted(let inner) = parts[0] { parts = inner }
    guard parts.count == 1, case .commandSubstitution(let statements, _) = parts[0] else {
      return nil
    }
    return statements
  }

  /// The steps that store the output of `$(statements)` in `name`.
  mutating func captureSteps(_ statements: [BashStatement], into name: String, line: Int) -> [Step]?
  {
    guard statements.count == 1, let statement = statements.first, !statement.negated,
      !statement.background, !needsRedirection(statement)
    else {
      return shellCapture(statements, into: name, line: line)
    }
    if case .call(let assignments, let arguments)? = statement.command, assignments.isEmpty,
      let first = arguments.first, let function = staticText(first), functions.contains(function)
    {
      if tracing && !tracedFunctions.contains(function) {
        error(LoweringDiagnostic.untracedFunction(function), at: first.position)
        return nil
      }
      var templates: [Template] = []
      for word in arguments.dropFirst() {
        guard let t = template(word) else { return nil }
        templates.append(t)
      }
      let trace = traceWords(function, Array(arguments.dropFirst()), at: statement.position)
      if tracing && trace == nil { return nil }
      return [
        Step(
          line: line,
          .call(FunctionCall(name: function, arguments: templates, sink: .capture(name))),
          trace: trace)
      ]
    }
    if case .call(let assignments, let arguments)? = statement.command, assignments.isEmpty,
      let first = arguments.first, staticText(first) == "mktemp",
      MakeTemporaryCommand.takes(Array(arguments.dropFirst()), context: self)
    {
      let call = CommandCall(
        name: "mktemp", arguments: Array(arguments.dropFirst()), position: statement.position)
      guard statement.redirects.allSatisfy({ $0.descriptor == "2" }),
        let temporary = MakeTemporaryCommand.lower(call, into: name, context: &self)
      else { return nil }
      let trace = traceWords("mktemp", call.arguments, at: statement.position)
      if tracing && trace == nil { return nil }
      return [Step(line: line, .makeTemporary(temporary), trace: trace)]
    }
    switch statement.command {
    case nil, .call?:
      return pipeline([statement], capture: name, line: line)
    case let command? where Self.pipelineLeaves(of: command) != nil:
      return pipeline(Self.pipelineLeaves(of: command) ?? [], capture: name, line: line)
    default:
      return shellCapture(statements, into: name, line: line)
    }
  }

  /// `$(…)` holding shell code (several commands, a compound command): its output captured
  /// from a subshell, the status its last command's.
  mutating func shellCapture(_ statements: [BashStatement], into name: String, line: Int)
    -> [Step]?
  {
    guard !statements.isEmpty else {
      return [Step(line: line, .assign(Assignment(name: name, value: Template([]))))]
    }
    let errors = problems.count
    let steps = lower(statements: statements)
    guard problems.count == errors, !steps.isEmpty else { return nil }
    return [Step(line: line, .pipeline(Pipeline(source: .shell(steps), sink: .capture(name))))]
  }
}
