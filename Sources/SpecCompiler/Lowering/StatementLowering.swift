import Shell
import SpecModel

/// Bash statements → steps. Control flow maps one to one; simple commands and pipelines go to
/// the command table; command substitutions become capture steps.
extension LoweringContext {
  mutating func lower(statements: [BashStatement]) -> [Step] {
    var steps: [Step] = []
    for statement in statements { steps += lower(statement) }
    return StepIdioms.apply(steps)
  }

  /// One statement; usually one step, more when command substitutions were hoisted out of it.
  mutating func lower(_ statement: BashStatement) -> [Step] {
    let line = stepLine(statement.position)
    var steps = lowerCommand(statement)
    if statement.negated { steps = [Step(line: line, .not(single(steps, line: line)))] }
    if statement.background {
      var foreground = statement
      foreground.background = false
      steps = [
        Step(line: line, .background(single(steps, line: line), job: JobText.of(foreground)))
      ]
    }
    return steps
  }

  func single(_ steps: [Step], line: Int) -> Step {
    steps.count == 1 ? steps[0] : Step(line: line, .group(steps))
  }

  /// The assignments before a program the runtime implements, as `NAME=VALUE` words for
  /// `env`; nil for other commands (functions, builtins) or array and index assignments.
  func environmentWords(_ assignments: [BashAssignment], command: BashWord) -> [BashWord]? {
    guard let name = staticText(command), !functions.contains(name),
      CommandTable.pipelineByName[name] != nil || Self.programSteps.contains(name)
    else { return nil }
    var words: [BashWord] = []
    for assignment in assignments {
      guard !assignment.append, assignment.array == nil, assignment.index == nil else {
        return nil
      }
      let value = assignment.value?.parts ?? []
      words.append(
        BashWord(position: assignment.position, parts: [.literal(assignment.name + "=")] + value))
    }
    return words
  }

  mutating func lowerCommand(_ statement: BashStatement) -> [Step] {
    let line = stepLine(statement.position)
    if let (inner, posix) = timePrefix(statement) {
      guard requireUntraced("time", at: statement.position) else { return [] }
      let steps = lowerCommand(inner)
      guard !steps.isEmpty else { return [] }
      return [Step(line: line, .timed(TimedStep(single(steps, line: line), posix: posix)))]
    }
    switch commandPrefix(statement) {
    case .absent: break
    case .failed: return []
    case .runs(let inner, let name):
      return bypassingFunction(name) { $0.lowerCommand(inner) }
    }
    if redirectsHoldSubstitution(statement) {
      guard let (hoisted, rewritten) = hoistingRedirections(statement) else { return [] }
      let steps = lowerCommand(rewritten)
      return steps.isEmpty ? [] : hoisted + steps
    }
    if needsRedirection(statement) { return redirected(statement) }
    guard let command = statement.command else {
      // `> FILE` alone creates or truncates the file.
      return pipeline([statement], capture: nil, line: line) ?? []
    }
    switch command {
    case .call(let assignments, let arguments):
      if arguments.isEmpty {
        guard statement.redirects.isEmpty else {
          error(LoweringDiagnostic.assignmentRedirection, at: statement.position)
          return []
        }
        return assignments.flatMap { assign($0, exported: false, local: false, declaration: false) }
      }
      if !assignments.isEmpty, staticText(arguments[0]) == "read",
        assignments.allSatisfy({ $0.name == "IFS" && !$0.append && $0.array == nil })
      {
        guard requireNoRedirects(statement) else { return [] }
        let ifs = assignments.last?.value.flatMap { template($0) } ?? Template([])
        let call = CommandCall(
          name: "read", arguments: Array(arguments.dropFirst()), position: statement.position)
        guard let step = ReadCommand.lower(call, ifs: ifs, context: &self) else { return [] }
        var trace: [TracedCommand]?
        if tracing {
          // `+ IFS=` for each assignment, then `+ read -r line`.
          var entries: [TracedCommand] = []
          for assignment in assignments {
            let value = assignment.value.flatMap { template($0) } ?? Template([])
            entries.append(.assigning(target: assignment.name, append: false, value: value))
          }
          guard let words = traceWords("read", Array(arguments.dropFirst()), at: statement.position)
          else { return [] }
          trace = entries + words
        }
        return [Step(line: line, .read(step), trace: trace)]
      }
      if !assignments.isEmpty {
        if let words = environmentWords(assignments, command: arguments[0]) {
          // `NAME=value program …` is `env NAME=value program …`: the program sees them in
          // its environment, the shell keeps its own values.
          guard requireUntraced("assignments before a command", at: statement.position) else {
            return []
          }
          let envWord = BashWord(position: statement.position, parts: [.literal("env")])
          return env(statement, arguments: [envWord] + words + arguments, line: line)
        }
        error(LoweringDiagnostic.assignmentsBeforeCommand, at: statement.position)
        return []
      }
      return simpleCommand(statement, arguments: arguments, line: line)
    case .list(let first, let links):
      if let leaves = Self.pipelineLeaves(of: command) {
        // `a | b > "$(cmd).txt"`: the stages' redirection substitutions run first.
        guard let (hoisted, stages) = hoistingRedirections(of: leaves) else { return [] }
        let steps = pipeline(stages, capture: nil, line: line) ?? []
        return steps.isEmpty ? [] : hoisted + steps
      }
      guard requireNoRedirects(statement) else { return [] }
      return [andOrList(first, links, line: line)]
    case .subshell(let statements, _):
      guard requireNoRedirects(statement) else { return [] }
      let savedUmask = umask
      let steps = lower(statements: statements)
      umask = savedUmask
      return [Step(line: line, .subshell(steps))]
    case .block(let statements, _):
      guard requireNoRedirects(statement) else { return [] }
      return [Step(line: line, .group(lower(statements: statements)))]
    case .ifClause(let clause):
      guard requireNoRedirects(statement) else { return [] }
      return [Step(line: line, .ifElse(ifStep(clause)))]
    case .whileClause(let condition, let body, let until, _):
      guard requireNoRedirects(statement) else { return [] }
      return [
        Step(
          line: line,
          .whileLoop(
            WhileStep(
              condition: lower(statements: condition), body: lower(statements: body), until: until))
        )
      ]
    case .forClause(let variable, let items, let body, let position):
      guard requireNoRedirects(statement) else { return [] }
      guard let items else {
        error(LoweringDiagnostic.forWithoutIn(variable: variable), at: position)
        return []
      }
      var loopItems: [LoopItem] = []
      // `for x in a $(cmd)`: every word is expanded before the first iteration.
      var hoisted: [Step] = []
      guard let items = hoistLoopItems(items, into: &hoisted, line: line) else { return [] }
      for word in items {
        // Under `set -x`, `$(seq …)` was hoisted (bash traces the `seq` it runs, `++ seq 1 3`).
        guard let item = loopItem(word) else { return [] }
        loopItems.append(item)
      }
      let header =
        tracing
        ? (["for", variable, "in"] + items.map { $0.text ?? "" }).joined(separator: " ") : nil
      return hoisted + [
        Step(
          line: line,
          .forEach(
            ForStep(
              variable: variable, items: loopItems, body: lower(statements: body), trace: header)))
      ]
    case .cStyleFor(let initializer, let condition, let post, let body, let position):
      guard requireNoRedirects(statement),
        let action = arithmeticFor(
          initializer: Self.trimmingBlanks(initializer), condition: Self.trimmingBlanks(condition),
          post: Self.trimmingBlanks(post), body: body, at: position)
      else { return [] }
      guard tracing, case .arithmeticFor(var loop) = action else {
        return [Step(line: line, action)]
      }
      guard let texts = tracedArithmetic([initializer, condition, post], at: position) else {
        return []
      }
      loop.trace = texts.map { $0.isEmpty ? "1" : $0 }
      return [Step(line: line, .arithmeticFor(loop))]
    case .caseClause(let clause):
      var hoisted: [Step] = []
      guard requireNoRedirects(statement),
        let subjectWord = hoist([clause.subject], into: &hoisted, ignoreStatus: true, line: line),
        let subject = template(subjectWord[0])
      else { return [] }
      let caseTrace: [TracedCommand]? =
        tracing ? [.text("case \(clause.subject.text ?? "") in")] : nil  // as written
      var arms: [CaseStep.Arm] = []
      for item in clause.items {
        if item.terminator != ";;" {
          error(
            LoweringDiagnostic.caseFallThrough(terminator: item.terminator), at: clause.position)
          return []
        }
        var patterns: [Template] = []
        for word in item.patterns {
          guard let pattern = patternTemplate(word) else { return [] }
          patterns.append(pattern)
        }
        arms.append(CaseStep.Arm(patterns: patterns, body: lower(statements: item.body)))
      }
      return hoisted + [
        Step(line: line, .caseOf(CaseStep(subject: subject, arms: arms)), trace: caseTrace)
      ]
    case .function(let name, let body, _):
      functions.insert(name)
      functionDefinitions[name] = BashFunctionPrinter.definition(name: name, body: body)
      if tracing { tracedFunctions.insert(name) }
      let savedReads = readsStandardInput
      readsStandardInput = true
      functionDepth += 1
      defer {
        readsStandardInput = savedReads
        functionDepth -= 1
      }
      let steps: [Step]
      if case .block(let inner, _)? = body.command, body.redirects.isEmpty {
        steps = lower(statements: inner)
      } else {
        steps = lower(body)
      }
      return [Step(line: line, .function(FunctionDefinition(name: name, body: steps)))]
    case .declaration(let variant, let options, let assignments, let position):
      guard requireNoRedirects(statement) else { return [] }
      if let listing = functionListing(
        variant, options: options, assignments: assignments, at: position)
      {
        guard let action = listing else { return [] }
        let names = assignments.map {
          BashWord(position: $0.position, parts: [.literal($0.name)], text: $0.name)
        }
        let trace = traceWords(variant, options + names, at: position)
        if tracing && trace == nil { return [] }
        return [traced(Step(line: line, action), trace)]
      }
      let steps = declaration(variant, options: options, assignments: assignments, at: position)
      guard tracing, !steps.isEmpty else { return steps }
      return tracedDeclaration(
        steps, variant: variant, options: options, assignments: assignments, line: line,
        at: position)
    case .test(let expression, let position):
      var captures: [[Step]] = []
      guard requireNoRedirects(statement),
        let expression = testSubstitutions(expression, line: line, into: &captures)
      else { return [] }
      var remaining = captures[...]
      guard let condition = condition(expression, captures: &remaining, at: position) else {
        return []
      }
      guard tracing else { return [Step(line: line, .test(condition))] }
      guard let terms = testTrace(expression, at: position) else { return [] }
      return [Step(line: line, .test(condition), trace: [.testTerms(terms)])]
    case .arithmetic(let written, let position):
      // `(( $(cmd) > 3 ))`: the substitutions run first, their output put into the text.
      var hoisted: [Step] = []
      guard
        let expression = hoistedArithmetic(
          written, into: &hoisted, ignoreStatus: true, line: line,
          at: BashPosition(line: position.line, column: position.column + 2))
      else { return [] }
      var trace: [TracedCommand]?
      if tracing {
        // `+ ((  i < 3  ))`: the text between the parentheses as written.
        guard let texts = tracedArithmetic([expression], at: position) else { return [] }
        trace = [.text("(( \(texts[0]) ))")]
      }
      guard requireNoRedirects(statement),
        let action = arithmeticCommand(Self.trimmingBlanks(expression), at: position)
      else { return [] }
      return hoisted + [Step(line: line, action, trace: trace)]
    }
  }

  /// The text of `(( … ))` or of a `for ((…))` clause without the blanks around it (the
  /// parser keeps them for `set -x` and `declare -f`).
  static func trimmingBlanks(_ text: String) -> String {
    String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  mutating func requireNoRedirects(_ statement: BashStatement) -> Bool {
    guard let redirect = statement.redirects.first else { return true }
    error(LoweringDiagnostic.compoundRedirection, at: redirect.position)
    return false
  }
}
