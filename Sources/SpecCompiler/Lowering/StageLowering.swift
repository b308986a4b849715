import Shell
import SpecModel

/// Shell code where bash runs it with other input or output: pipeline stages that are not
/// byte-transforming tools (functions, builtins, compound commands), commands with input
/// redirections, and command substitutions whose status bash does not report.
extension LoweringContext {
  /// The input redirection of a statement (`< FILE`, a here-document, `<<< WORD`), if any.
  mutating func inputSource(_ redirect: BashRedirect) -> Source?? {
    switch redirect.op {
    case .input:
      if redirect.word.parts.count == 1,
        case .processSubstitution(let output, let statements) = redirect.word.parts[0]
      {
        return .some(processSubstitutionInput(output: output, statements, at: redirect.position))
      }
      return .some(template(redirect.word).map { .file($0) })
    case .hereDocument, .hereDocumentStripTabs:
      return .some(hereDocument(redirect).map { .text($0) })
    case .hereString:
      return .some(
        template(redirect.word).map { .text(Template($0.parts + [.literal("\n")]).normalized) })
    default:
      return nil
    }
  }

  /// `< <(COMMANDS)`: the commands run in a subshell (reading the shell's own standard input)
  /// and what they print is the input; their status is not the command's.
  private mutating func processSubstitutionInput(
    output: Bool, _ statements: [BashStatement], at position: BashPosition
  ) -> Source? {
    guard !output else {
      error(LoweringDiagnostic.processSubstitution, at: position)
      return nil
    }
    let saved = readsStandardInput
    defer { readsStandardInput = saved }
    let errors = problems.count
    let steps = lower(statements: statements)
    guard problems.count == errors else { return nil }
    return .shell(steps)
  }

  /// A pipeline stage that is shell code: the statement, without the redirections the pipeline
  /// already applied, lowered where reading standard input is the stage's input.
  mutating func stageSteps(_ leaf: BashStatement) -> [Step]? {
    var bare = leaf
    bare.redirects = []
    let saved = readsStandardInput
    readsStandardInput = true
    defer { readsStandardInput = saved }
    let errors = problems.count
    let steps = lower(bare)
    return problems.count == errors && !steps.isEmpty ? steps : nil
  }

  /// Whether a statement is a command bash runs with its own redirections in the current shell
  /// and the IR does not express otherwise: a compound command with any redirection, or a
  /// function or builtin with an input redirection (`helper < FILE`, `read X <<< "$V"`).
  func needsRedirection(_ statement: BashStatement) -> Bool {
    guard !statement.redirects.isEmpty, let command = statement.command else { return false }
    switch command {
    case .subshell, .block, .ifClause, .whileClause, .forClause, .caseClause:
      return true
    case .call(_, let arguments):
      guard let first = arguments.first, let name = staticText(first),
        CommandTable.pipelineByName[name] == nil
      else { return false }
      if CommandTable.printingStepCommands.contains(name) { return true }
      return statement.redirects.contains { r in
        [.input, .hereDocument, .hereDocumentStripTabs, .hereString].contains(r.op)
      }
    default:
      return false
    }
  }

  /// `COMMAND < FILE > OUT 2> ERR` → a redirected step around the command's own steps.
  mutating func redirected(_ statement: BashStatement) -> [Step] {
    let line = stepLine(statement.position)
    var input: Source?
    var rest: [BashRedirect] = []
    for r in statement.redirects {
      if let source = inputSource(r) {
        guard let source else { return [] }
        input = source
      } else {
        rest.append(r)
      }
    }
    guard let (sink, errors) = outputRedirects(rest) else { return [] }
    var bare = statement
    bare.redirects = []
    bare.negated = false
    bare.background = false
    let saved = readsStandardInput
    if input != nil { readsStandardInput = true }
    let body = lower(bare)
    readsStandardInput = saved
    guard !body.isEmpty else { return [] }
    return [
      Step(
        line: line,
        .redirected(
          Redirected(
            input: input, body: body, output: sink == .stdout ? nil : sink, errors: errors)))
    ]
  }

  /// The step that prints what `$(statements)` captures, for an assignment that records it:
  /// `mktemp` makes its file, anything else is lowered as the shell code it is.
  mutating func substitutionStep(_ statements: [BashStatement], into name: String, line: Int)
    -> Step?
  {
    if statements.count == 1, case .call(let assignments, let arguments)? = statements[0].command,
      assignments.isEmpty, let first = arguments.first, staticText(first) == "mktemp",
      MakeTemporaryCommand.takes(Array(arguments.dropFirst()), context: self)
    {
      let call = CommandCall(
        name: "mktemp", arguments: Array(arguments.dropFirst()), position: statements[0].position)
      guard statements[0].redirects.allSatisfy({ $0.descriptor == "2" }),
        let temporary = MakeTemporaryCommand.lower(call, into: name, context: &self)
      else { return nil }
      let trace = traceWords("mktemp", call.arguments, at: statements[0].position)
      if tracing && trace == nil { return nil }
      return Step(line: line, .makeTemporary(temporary), trace: trace)
    }
    let errors = problems.count
    let steps = lower(statements: statements)
    guard problems.count == errors, !steps.isEmpty else { return nil }
    return single(steps, line: line)
  }
}
