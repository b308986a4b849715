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
    if statement.background { steps = [Step(line: line, .background(single(steps, line: line)))] }
    return steps
  }

  func single(_ steps: [Step], line: Int) -> Step {
    steps.count == 1 ? steps[0] : Step(line: line, .group(steps))
  }

  private mutating func lowerCommand(_ statement: BashStatement) -> [Step] {
    let line = stepLine(statement.position)
    if needsRedirection(statement) { return redirected(statement) }
    guard let command = statement.command else {
      // `> FILE` alone creates or truncates the file.
      return pipeline([statement], capture: nil, line: line) ?? []
    }
    switch command {
    case .call(let assignments, let arguments):
      if arguments.isEmpty {
        guard statement.redirects.isEmpty else {
          error("redirections on an assignment are not supported", at: statement.position)
          return []
        }
        return assignments.flatMap { assign($0, exported: false, local: false, declaration: false) }
      }
      if !assignments.isEmpty, staticText(arguments[0]) == "read",
        assignments.allSatisfy({ $0.name == "IFS" && !$0.append && $0.array == nil })
      {
        guard requireNoRedirects(statement),
          requireUntraced("assignments before a command", at: statement.position)
        else { return [] }
        let ifs = assignments.last?.value.flatMap { template($0) } ?? Template([])
        let call = CommandCall(
          name: "read", arguments: Array(arguments.dropFirst()), position: statement.position)
        guard let step = ReadCommand.lower(call, ifs: ifs, context: &self) else { return [] }
        return [Step(line: line, .read(step))]
      }
      if !assignments.isEmpty {
        error(
          "assignments before a command (NAME=value command) are not supported",
          at: statement.position)
        return []
      }
      return simpleCommand(statement, arguments: arguments, line: line)
    case .list(let first, let links):
      if let leaves = Self.pipelineLeaves(of: command) {
        return pipeline(leaves, capture: nil, line: line) ?? []
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
        error("'for \(variable)' without 'in' is not supported", at: position)
        return []
      }
      guard requireUntraced("'for' loops", at: position) else { return [] }
      var loopItems: [LoopItem] = []
      for word in items {
        guard let item = loopItem(word) else { return [] }
        loopItems.append(item)
      }
      return [
        Step(
          line: line,
          .forEach(ForStep(variable: variable, items: loopItems, body: lower(statements: body))))
      ]
    case .cStyleFor(let initializer, let condition, let post, let body, let position):
      guard requireNoRedirects(statement), requireUntraced("'for ((…))' loops", at: position),
        let action = arithmeticFor(
          initializer: initializer, condition: condition, post: post, body: body, at: position)
      else { return [] }
      return [Step(line: line, action)]
    case .caseClause(let clause):
      guard requireNoRedirects(statement), let subject = template(clause.subject) else { return [] }
      let caseTrace: [TracedCommand]? =
        tracing ? [.words([Template(literal: "case"), subject, Template(literal: "in")])] : nil
      var arms: [CaseStep.Arm] = []
      for item in clause.items {
        if item.terminator != ";;" {
          error("case fall-through '\(item.terminator)' is not supported", at: clause.position)
          return []
        }
        var patterns: [Template] = []
        for word in item.patterns {
          guard let pattern = template(word) else { return [] }
          patterns.append(pattern)
        }
        arms.append(CaseStep.Arm(patterns: patterns, body: lower(statements: item.body)))
      }
      return [Step(line: line, .caseOf(CaseStep(subject: subject, arms: arms)), trace: caseTrace)]
    case .function(let name, let body, _):
      functions.insert(name)
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
      guard requireNoRedirects(statement), requireUntraced("'\(variant)'", at: position) else {
        return []
      }
      return declaration(variant, options: options, assignments: assignments, at: position)
    case .test(let expression, let position):
      guard requireNoRedirects(statement), requireUntraced("'[[ … ]]'", at: position) else {
        return []
      }
      guard let condition = condition(expression, at: position) else { return [] }
      return [Step(line: line, .test(condition))]
    case .arithmetic(let expression, let position):
      guard requireNoRedirects(statement), requireUntraced("'(( … ))'", at: position),
        let action = arithmeticCommand(expression, at: position)
      else { return [] }
      return [Step(line: line, action)]
    }
  }

  private mutating func requireNoRedirects(_ statement: BashStatement) -> Bool {
    guard let redirect = statement.redirects.first else { return true }
    error("redirections on a compound command are not supported", at: redirect.position)
    return false
  }

  // MARK: Simple commands

  private mutating func simpleCommand(_ statement: BashStatement, arguments: [BashWord], line: Int)
    -> [Step]
  {
    guard let name = staticText(arguments[0]) else {
      error("the command name must be literal", at: arguments[0].position)
      return []
    }
    if CommandTable.pipelineByName[name] != nil {
      return pipeline([statement], capture: nil, line: line) ?? []
    }
    if name == "timeout" {
      guard requireUntraced("'timeout'", at: arguments[0].position) else { return [] }
      return timeout(statement, arguments: arguments, line: line)
    }
    if name == "env" {
      return env(statement, arguments: arguments, line: line)
    }
    var hoisted: [Step] = []
    guard
      let words = hoist(
        Array(arguments.dropFirst()), into: &hoisted, ignoreStatus: true, line: line)
    else {
      return []
    }
    let call = CommandCall(name: name, arguments: words, position: statement.position)
    let trace = traceWords(name, words, at: statement.position)
    if tracing && trace == nil { return [] }
    if functions.contains(name) {
      if tracing && !tracedFunctions.contains(name) {
        error(
          "set -x: function '\(name)' is defined outside this block; its commands cannot be traced",
          at: arguments[0].position)
        return []
      }
      guard rejectGlobs(words, command: name) else { return [] }
      var templates: [Template] = []
      for word in words {
        guard let t = template(word) else { return [] }
        templates.append(t)
      }
      guard let (sink, errors) = outputRedirects(statement.redirects) else { return [] }
      if errors != nil,
        let redirect = statement.redirects.first(where: {
          $0.descriptor == "2" || $0.op == .outputAll
        })
      {
        error(
          "redirecting the standard error of function '\(name)' is not supported",
          at: redirect.position)
        return []
      }
      return hoisted + [
        Step(
          line: line,
          .call(FunctionCall(name: name, arguments: templates, sink: sink == .stdout ? nil : sink)),
          trace: trace)
      ]
    }
    if [":", "true"].contains(name), words.isEmpty, !statement.redirects.isEmpty {
      // `: > FILE` creates or empties the file.
      guard let (sink, errors) = outputRedirects(statement.redirects) else { return [] }
      return hoisted + [
        Step(
          line: line, .pipeline(Pipeline(source: .text(Template([])), sink: sink, errors: errors)),
          trace: trace)
      ]
    }
    if let command = CommandTable.stepByName[name] {
      guard requireSingleWords(call) else { return [] }
      if !Self.onlyDiscardsErrors(statement), let redirect = statement.redirects.first {
        error("'\(name)' does not take redirections other than 2>/dev/null", at: redirect.position)
        return []
      }
      guard let action = command.lower(call, context: &self) else { return [] }
      return hoisted + [Step(line: line, action, trace: trace)]
    }
    error("unsupported command '\(name)'", at: arguments[0].position)
    return []
  }

  /// `rm -f x 2>/dev/null` and similar: error output of a step command is not part of the outcome.
  private static func onlyDiscardsErrors(_ statement: BashStatement) -> Bool {
    statement.redirects.allSatisfy { r in
      r.descriptor == "2" && r.op == .output
        && r.word.parts == [.literal("/dev/null")]
    }
  }

  // MARK: Lists and pipelines

  /// `a && b && c` → `and: [a, b, c]`, `a || b` → `or: [a, b]`; a list mixing both operators
  /// stays one flat `list` (bash evaluates it left to right with equal precedence).
  private mutating func andOrList(_ first: BashStatement, _ links: [BashListLink], line: Int)
    -> Step
  {
    let head = single(lower(first), line: stepLine(first.position))
    var rest: [AndOrList.Link] = []
    rest.reserveCapacity(links.count)
    for link in links {
      let step = single(lower(link.statement), line: stepLine(link.statement.position))
      rest.append(AndOrList.Link(link.op == .and ? .and : .or, step))
    }
    if rest.allSatisfy({ $0.op == .and }) {
      return Step(line: line, .and([head] + rest.map(\.step)))
    }
    if rest.allSatisfy({ $0.op == .or }) {
      return Step(line: line, .or([head] + rest.map(\.step)))
    }
    return Step(line: line, .list(AndOrList(first: head, rest: rest)))
  }

  /// `a | b | c` → `[a, b, c]`; `nil` for a command that is not a pipeline.
  static func pipelineLeaves(of command: BashCommand) -> [BashStatement]? {
    guard case .list(let first, let links) = command,
      links.allSatisfy({ $0.op == .pipe || $0.op == .pipeAll })
    else { return nil }
    return [first] + links.map(\.statement)
  }

  /// A pipeline of simple commands → hoisted substitutions, then one pipeline step.
  mutating func pipeline(_ leaves: [BashStatement], capture: String?, line: Int) -> [Step]? {
    var hoisted: [Step] = []
    var source: Source?
    var filters: [Filter] = []
    var sink: Sink = .stdout
    var errors: ErrorSink?
    var trace: [TracedCommand]? = tracing ? [] : nil
    // Every command of the pipeline is lowered, so all of its problems are reported at once.
    var failed = false
    for (index, leaf) in leaves.enumerated() {
      let isFirst = index == 0
      let isLast = index == leaves.count - 1
      var input: Source?
      var redirects = leaf.redirects
      // Input redirections.
      redirects.removeAll { r in
        switch r.op {
        case .input:
          if let path = template(r.word) { input = .file(path) }
          return true
        case .hereDocument, .hereDocumentStripTabs:
          if let text = hereDocument(r) { input = .text(text) }
          return true
        case .hereString:
          if let text = template(r.word) {
            input = .text(Template(text.parts + [.literal("\n")]).normalized)
          }
          return true
        default:
          return false
        }
      }
      guard let (leafSink, leafErrors) = outputRedirects(redirects) else { return nil }
      if leafErrors != nil { errors = leafErrors }
      if !isLast && leafSink != .stdout {
        error("output redirection in the middle of a pipeline is not supported", at: leaf.position)
        return nil
      }
      if isLast { sink = leafSink }
      if input != nil && !isFirst {
        error("input redirection in the middle of a pipeline is not supported", at: leaf.position)
        return nil
      }

      guard let command = leaf.command else {
        // A statement made only of redirections: `> FILE`, `< FILE`.
        if isFirst && leaves.count == 1 {
          source = input ?? .text(Template([]))
          continue
        }
        error("empty command in a pipeline", at: leaf.position)
        return nil
      }
      guard case .call(let assignments, let arguments) = command, assignments.isEmpty,
        let first = arguments.first, let name = staticText(first),
        let lowering = CommandTable.pipelineByName[name]
      else {
        // Shell code (a function, a builtin, a compound command): a stage of its own.
        guard let steps = stageSteps(leaf) else {
          failed = true
          continue
        }
        if isFirst, let input {
          source = input
          filters.append(.shell(steps))
        } else if isFirst {
          source = .shell(steps)
        } else {
          filters.append(.shell(steps))
        }
        continue
      }
      guard
        let words = hoist(
          Array(arguments.dropFirst()), into: &hoisted, ignoreStatus: true, line: line)
      else {
        return nil
      }
      let call = CommandCall(name: name, arguments: words, position: leaf.position)
      if tracing {
        guard let entry = traceWords(name, words, at: leaf.position) else {
          failed = true
          continue
        }
        trace? += entry
      }
      guard requireSingleWords(call), let stage = lowering.lower(call, context: &self) else {
        failed = true
        continue
      }
      switch stage {
      case .source(let produced):
        guard isFirst else {
          error("'\(name)' ignores its input; it cannot follow '|'", at: first.position)
          return nil
        }
        if input != nil, produced.isCurl {
          error("curl does not read standard input here", at: leaf.position)
          return nil
        }
        source = produced
        if leaves.count > 1, case .printf(let call) = produced, call.variable != nil {
          // `printf -v NAME … | …`: a stage is a subshell, its assignment is lost.
          source = .shell([Step(line: line, .pipeline(Pipeline(source: produced, sink: .stdout)))])
        }
      case .filter(let filter):
        let identity = filter == .tee(files: [], append: false)
        if isFirst {
          if let input {
            source = input
          } else if case .jq(let jq) = filter, jq.nullInput {
            source = .empty
          } else if readsStandardInput {
            source = .stdin
          } else {
            error(
              "'\(name)' would read the scenario's standard input; give it a file or a pipe",
              at: first.position)
            return nil
          }
        }
        if !identity { filters.append(Self.readingStandardInput(filter, from: input)) }
      case .fileFilter(let filter):
        guard isFirst else {
          error("'\(name)' reads a file; it cannot follow '|'", at: first.position)
          return nil
        }
        // Its standard input is a `< FILE` redirection when it has one (bash opens it first).
        source = input ?? .empty
        filters.append(filter)
      }
    }
    if let capture {
      guard sink == .stdout else {
        error(
          "a command substitution whose output is redirected captures nothing",
          at: leaves[0].position)
        return nil
      }
      sink = .capture(capture)
    }
    guard !failed, let source else { return nil }
    return hoisted + [
      Step(
        line: line,
        .pipeline(Pipeline(source: source, filters: filters, sink: sink, errors: errors)),
        trace: trace)
    ]
  }

  /// `> FILE`, `>> FILE`, `>&2`, `> /dev/null`, `2>/dev/null`, `2>&1`, `&> /dev/null`.
  mutating func outputRedirects(_ redirects: [BashRedirect]) -> (Sink, ErrorSink?)? {
    var sink: Sink = .stdout
    var errors: ErrorSink?
    for r in redirects {
      let target = staticText(r.word)
      let fd = r.descriptor ?? (r.op == .input ? "0" : "1")
      switch (r.op, fd) {
      case (.output, "1"), (.clobber, "1"), (.append, "1"):
        if target == "/dev/null" {
          sink = .discard
        } else {
          guard let path = template(r.word) else { return nil }
          sink = .file(path, append: r.op == .append, mode: umask.map { 0o666 & ~$0 })
        }
      case (.output, "2"), (.append, "2"):
        if target == "/dev/null" {
          errors = .discard
        } else {
          guard let path = template(r.word) else { return nil }
          errors = .file(path, append: r.op == .append)
        }
      case (.duplicateOutput, "1"):
        guard target == "2" else {
          error("redirection >&\(target ?? "?") is not supported", at: r.position)
          return nil
        }
        sink = .stderr
      case (.duplicateOutput, "2"):
        guard target == "1" else {
          error("redirection 2>&\(target ?? "?") is not supported", at: r.position)
          return nil
        }
        errors = .stdout
      case (.outputAll, _), (.appendAll, _):
        guard target == "/dev/null" else {
          error("redirecting both outputs to a file is not supported", at: r.position)
          return nil
        }
        sink = .discard
        errors = .discard
      default:
        error("redirection '\(fd)\(r.op.rawValue)' is not supported", at: r.position)
        return nil
      }
    }
    return (sink, errors)
  }

  // MARK: Assignments

  private mutating func declaration(
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
          "\(variant) option '\(staticText(option) ?? "?")' is not supported", at: option.position)
        return []
      }
    }
    guard ["export", "local", "declare", "typeset", "readonly"].contains(variant) else {
      error("'\(variant)' is not supported", at: position)
      return []
    }
    if associative {
      return assignments.flatMap { assignment in
        associativeArrays.insert(assignment.name)
        guard let elements = assignment.array else {
          if assignment.value != nil || assignment.index != nil {
            error(
              "\(variant) -A with a value that is not '([KEY]=VALUE …)' is not supported",
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
  private mutating func assign(
    _ assignment: BashAssignment, exported: Bool, local: Bool, declaration: Bool
  ) -> [Step] {
    let line = stepLine(assignment.position)
    if assignment.append || assignment.array != nil || assignment.index != nil {
      guard requireUntraced("array and '+=' assignments", at: assignment.position) else {
        return []
      }
      return arrayAssignment(assignment, local: local, line: line)
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
          Assignment(name: assignment.name, value: template, exported: exported, local: local)),
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
        error(
          "set -x: function '\(function)' is defined outside this block; its commands cannot be traced",
          at: first.position)
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
      let first = arguments.first, staticText(first) == "mktemp"
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
  private mutating func shellCapture(_ statements: [BashStatement], into name: String, line: Int)
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

  /// Replaces command substitutions inside words by variables filled by capture steps placed
  /// before the command. With `ignoreStatus` (arguments of a command), a failing substitution
  /// does not fail the command, as in bash.
  mutating func hoist(_ words: [BashWord], into steps: inout [Step], ignoreStatus: Bool, line: Int)
    -> [BashWord]?
  {
    var out: [BashWord] = []
    var ok = true
    func replace(_ parts: [BashWordPart], _ ctx: inout LoweringContext) -> [BashWordPart] {
      parts.map { part in
        switch part {
        case .doubleQuoted(let inner):
          return .doubleQuoted(replace(inner, &ctx))
        case .commandSubstitution(let statements, let position):
          if LoweringContext.dateFormat(statements, context: ctx) != nil { return part }
          let name = ctx.nextHoistedName()
          if ignoreStatus {
            // An argument's substitution: its status is not the command's.
            guard let command = ctx.substitutionStep(statements, into: name, line: line) else {
              ok = false
              return part
            }
            steps.append(
              Step(
                line: line,
                .assign(Assignment(name: name, value: nil, substitution: command))))
          } else {
            guard let captured = ctx.captureSteps(statements, into: name, line: line) else {
              ok = false
              return part
            }
            steps += captured
          }
          return .parameter(BashParameterExpansion(position: position, name: name))
        default:
          return part
        }
      }
    }
    for word in words {
      out.append(BashWord(position: word.position, parts: replace(word.parts, &self)))
    }
    return ok ? out : nil
  }

  // MARK: Control flow

  private mutating func ifStep(_ clause: BashIf) -> IfStep {
    var branches = [
      IfStep.Branch(
        condition: lower(statements: clause.condition), then: lower(statements: clause.then))
    ]
    var otherwise: [Step]?
    var next = clause.otherwise.first
    while let current = next {
      if current.condition.isEmpty {
        otherwise = lower(statements: current.then)
        break
      }
      branches.append(
        IfStep.Branch(
          condition: lower(statements: current.condition), then: lower(statements: current.then)))
      next = current.otherwise.first
    }
    return IfStep(branches: branches, otherwise: otherwise)
  }

  private mutating func loopItem(_ word: BashWord) -> LoopItem? {
    if word.parts.count == 1,
      case .commandSubstitution(let statements, let position) = word.parts[0]
    {
      guard statements.count == 1,
        case .call(let assignments, let arguments)? = statements[0].command,
        assignments.isEmpty, staticText(arguments[0]) == "seq", (2...3).contains(arguments.count)
      else {
        error("only $(seq [FIRST] LAST) can be iterated over", at: position)
        return nil
      }
      let numbers = arguments.dropFirst().compactMap { staticText($0).flatMap { Int($0) } }
      guard numbers.count == arguments.count - 1 else {
        error("seq needs literal numbers", at: position)
        return nil
      }
      return .sequence(first: numbers.count == 2 ? numbers[0] : 1, last: numbers.last!)
    }
    if let glob = globPattern(word) { return glob.map { .glob($0) } }
    guard let t = template(word) else { return nil }
    let unquotedExpansion = word.parts.contains {
      if case .parameter = $0 { return true } else { return false }
    }
    return unquotedExpansion ? .split(t) : .word(t)
  }

  private mutating func condition(_ expression: BashTestExpression, at position: BashPosition)
    -> Condition?
  {
    switch expression {
    case .word(let word):
      return template(word).map { .nonEmpty($0) }
    case .paren(let inner):
      return condition(inner, at: position)
    case .unary(let op, let operand):
      if op == "!" { return condition(operand, at: position).map { .not($0) } }
      if op == "-v", case .word(let word) = operand {
        return isSetCondition(word, at: position)
      }
      guard let test = TestCommand.unary[op] else {
        error("test operator '\(op)' is not supported", at: position)
        return nil
      }
      guard case .word(let word) = operand, let t = template(word) else {
        error("test operator '\(op)' needs a word", at: position)
        return nil
      }
      return .unary(test, t)
    case .andOr(let first, let links):
      // `&&` binds tighter than `||`: `||` splits the list into runs of `&&`.
      var alternatives: [Condition] = []
      var run: [Condition] = []
      guard let head = condition(first, at: position) else { return nil }
      run.append(head)
      for link in links {
        guard let operand = condition(link.operand, at: position) else { return nil }
        if link.op == "||" {
          alternatives.append(Condition.all(run))
          run = []
        }
        run.append(operand)
      }
      alternatives.append(Condition.all(run))
      return Condition.any(alternatives)
    case .binary(let op, let left, let right):
      guard case .word(let leftWord) = left, case .word(let rightWord) = right,
        let l = template(leftWord), let r = template(rightWord)
      else {
        error("test operator '\(op)' needs words on both sides", at: position)
        return nil
      }
      if op == "=~" { return .binary(.regexMatch, l, r) }
      if ["==", "=", "!="].contains(op) {
        let glob = rightWord.parts.contains { part in
          if case .literal(let text) = part { return text.contains { "*?[".contains($0) } }
          return false
        }
        let test: Condition = .binary(glob ? .globMatch : .stringEqual, l, r)
        return op == "!=" ? .not(test) : test
      }
      guard let test = TestCommand.binary[op] else {
        error("test operator '\(op)' is not supported", at: position)
        return nil
      }
      return .binary(test, l, r)
    }
  }
}
