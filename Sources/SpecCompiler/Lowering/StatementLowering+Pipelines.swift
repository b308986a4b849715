import Shell
import SpecModel

/// `&&`/`||` lists and pipelines of simple commands.
extension LoweringContext {
  /// `a && b && c` → `and: [a, b, c]`, `a || b` → `or: [a, b]`; a list mixing both operators
  /// stays one flat `list` (bash evaluates it left to right with equal precedence).
  mutating func andOrList(_ first: BashStatement, _ links: [BashListLink], line: Int)
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
    for (index, written) in leaves.enumerated() {
      var leaf = written
      var bypassed: String?
      switch commandPrefix(written) {
      case .absent: break
      case .failed:
        failed = true
        continue
      case .runs(let inner, let name):
        leaf = inner
        bypassed = name
      }
      let isFirst = index == 0
      let isLast = index == leaves.count - 1
      var input: Source?
      var redirects = leaf.redirects
      // Input redirections.
      redirects.removeAll { r in
        guard let source = inputSource(r) else { return false }
        if let source { input = source }
        return true
      }
      guard let (leafSink, leafErrors) = outputRedirects(redirects) else { return nil }
      if leafErrors != nil { errors = leafErrors }
      if !isLast && leafSink != .stdout {
        error(LoweringDiagnostic.outputRedirectionInPipeline, at: leaf.position)
        return nil
      }
      if isLast { sink = leafSink }
      if input != nil && !isFirst {
        error(LoweringDiagnostic.inputRedirectionInPipeline, at: leaf.position)
        return nil
      }

      guard let command = leaf.command else {
        // A statement made only of redirections: `> FILE`, `< FILE`.
        if isFirst && leaves.count == 1 {
          source = input ?? .text(Template([]))
          continue
        }
        error(LoweringDiagnostic.emptyPipelineCommand, at: leaf.position)
        return nil
      }
      guard case .call(let assignments, let arguments) = command, assignments.isEmpty,
        let first = arguments.first, let name = staticText(first),
        let lowering = CommandTable.pipelineByName[name],
        bypassed == name || !functions.contains(name)
      else {
        // Shell code (a function, a builtin, a compound command): a stage of its own.
        let stage = bypassingFunction(bypassed ?? "") { $0.stageSteps(leaf) }
        guard let steps = stage else {
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
          error(LoweringDiagnostic.ignoresInput(command: name), at: first.position)
          return nil
        }
        if input != nil, produced.isCurl {
          error(LoweringDiagnostic.curlReadsNoInput, at: leaf.position)
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
            error(LoweringDiagnostic.readsScenarioInput(command: name), at: first.position)
            return nil
          }
        }
        // `cat < FILE` keeps its `cat`: reading a directory fails in it (`cat: -: Is a
        // directory`).
        let readsFile: Bool = {
          if isFirst, case .file = input { return true }
          return false
        }()
        // A plain `cat` after `|` is a process of its own under bash: it dies of SIGPIPE when
        // its reader exits, and its status counts for `pipefail`. Only a first `cat` that
        // reads the pipeline's own input (a here-document, `echo … |` before it) can go.
        if !identity || readsFile || !isFirst {
          filters.append(Self.readingStandardInput(filter, from: input))
        }
      case .fileFilter(let filter):
        guard isFirst else {
          error(LoweringDiagnostic.readsFileAfterPipe(command: name), at: first.position)
          return nil
        }
        // Its standard input is a `< FILE` redirection when it has one (bash opens it first).
        source = input ?? .empty
        filters.append(filter)
      }
    }
    if let capture {
      guard sink == .stdout else {
        error(LoweringDiagnostic.redirectedSubstitution, at: leaves[0].position)
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
}
