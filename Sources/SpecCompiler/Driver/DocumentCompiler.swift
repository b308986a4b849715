import Shell
import SpecModel
import SpecYAML

/// markdown → outline → bash AST → steps → environments and needs: one document's IR.
///
/// Each scenario, and each statement of a setup block, lowers on its own: one that cannot be
/// lowered is an error at its position, and everything else is still compiled. A scenario with
/// lowering errors (its own, or those of a setup function it calls or of an environment it uses;
/// see `SetupLowering`) is kept without steps, its errors in `Scenario.unsupported`.
public enum DocumentCompiler {
  public struct Output: Sendable {
    /// `nil` when the document itself has errors (markdown structure, duplicate ids, …; with
    /// `strict`, warnings too); lowering errors only make the scenarios they affect unsupported.
    public var compiled: CompiledDocument?
    /// Every diagnostic, sorted by position.
    public var diagnostics: [Diagnostic]
    /// The lowering errors among `diagnostics`: the unsupported scenarios carry them.
    public var loweringDiagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The diagnostics other than lowering errors: what `run` and `list` print (they report
    /// unsupported scenarios their own way).
    public var documentDiagnostics: [Diagnostic] {
      let lowering = Set(loweringDiagnostics)
      return diagnostics.filter { !lowering.contains($0) }
    }
  }

  public static func compile(
    markdown: String, file: String, options: CompilerOptions = CompilerOptions()
  ) -> Output {
    var diagnostics = Diagnostics()
    let document = MarkdownParser.parse(markdown, file: file, diagnostics: &diagnostics)
    var outlineOptions = OutlineOptions()
    outlineOptions.setupSections = options.setupSections
    let outline = OutlineBuilder.build(
      document, file: file, options: outlineOptions, diagnostics: &diagnostics)
    if options.strict { diagnostics.promoteWarningsToErrors() }
    let documentFailed = diagnostics.hasErrors
    var lowering = Diagnostics()

    let setups = SetupLowering(outline.setups, file: file, diagnostics: &lowering)
    let environments = setups.environments

    // Scenarios: each lowered on its own (on every core), then their diagnostics and jq
    // programs gathered in document order; the programs are checked together at the end.
    let setupFunctions = setups.functions
    let setupDefinitions = setups.functionDefinitions
    let setupArrays = setups.associativeArrays
    let scenarioResults = outline.scenarios.concurrentMap { outlined in
      var functions = setupFunctions
      var definitions = setupDefinitions
      var associativeArrays = setupArrays
      var steps: [Step] = []
      var problems: [LoweringContext.Problem] = []
      var diagnostics = Diagnostics()
      let jq = JQProgramCheck()
      for block in outlined.blocks {
        let (blockSteps, blockProblems) = lowerBlock(
          block, owner: outlined.id, headingLine: outlined.headingLine, file: file,
          functions: &functions, definitions: &definitions, associativeArrays: &associativeArrays,
          jq: jq, diagnostics: &diagnostics)
        steps += blockSteps
        problems += blockProblems
      }
      return LoweredScenario(
        steps: steps, facts: StepFacts(steps), problems: problems,
        diagnostics: diagnostics.all, jqSites: jq.sites)
    }
    let jq = JQProgramCheck()
    var lowered:
      [(steps: [Step], facts: StepFacts, problems: [LoweringContext.Problem], jqSites: Range<Int>)] =
        []
    for result in scenarioResults {
      lowering.append(contentsOf: result.diagnostics)
      let sites = jq.count
      for site in result.jqSites { jq.add(site) }
      lowered.append((result.steps, result.facts, result.problems, sites..<jq.count))
    }
    for failure in jq.failures() {
      lowering.append(failure.diagnostic)
      if let index = lowered.firstIndex(where: { $0.jqSites.contains(failure.index) }) {
        lowered[index].problems.append(
          .init(position: failure.site.position, message: failure.message))
      }
    }

    var scenarios: [Scenario] = []
    var inputs: [NeedsInference.Input] = []
    let owners = EnvironmentAttachment.owners(environments)
    for (outlined, result) in zip(outline.scenarios, lowered) {
      let facts = result.facts
      let attached = EnvironmentAttachment.environments(
        for: facts, among: environments, owners: owners)
      var problems = result.problems
      var derived: [(position: SourcePosition, kind: LoweringDiagnostic)] = []
      for id in attached {
        guard let cause = setups.broken[id] else { continue }
        derived.append(
          (
            SourcePosition(line: outlined.headingLine, column: 1),
            .setupNotLowered(
              environment: cause.environment,
              problems: SetupLowering.describe(cause.problems))
          ))
      }
      for name in SetupLowering.calls(result.steps).sorted() {
        guard let cause = setups.unusable[name] else { continue }
        derived.append(
          (
            SourcePosition(
              line: outlined.headingLine + (facts.callLines[name] ?? 0), column: 1),
            SetupLowering.describeCall(name, cause)
          ))
      }
      for (position, kind) in derived {
        lowering.append(
          Diagnostic(
            kind.severity, file: file, line: position.line, column: position.column,
            "\(kind.message) (in \(outlined.id))", id: kind.id))
      }
      problems += derived.map {
        LoweringContext.Problem(position: $0.position, message: $0.kind.message)
      }
      problems.sort { $0.position < $1.position }
      scenarios.append(
        Scenario(
          id: outlined.id, title: outlined.title, section: outlined.section,
          description: outlined.description, environments: attached,
          steps: problems.isEmpty ? result.steps : [],
          unsupported: problems.map { SetupLowering.relative($0, to: outlined.headingLine) }))
      inputs.append(
        .init(id: outlined.id, facts: facts, declared: outlined.declaredNeeds.map(\.id)))
    }
    let needs = NeedsInference.needs(inputs)
    var helpers: [String: StepFacts] = [:]
    for (environment, _) in environments {
      for step in environment.steps {
        if case .function(let definition) = step.action {
          helpers[definition.name] = StepFacts(definition.body)
        }
      }
    }
    let orders = OrderInference.orders(inputs, helpers: helpers, needs: needs)
    for index in scenarios.indices {
      scenarios[index].needs = needs[scenarios[index].id] ?? []
      scenarios[index].after = orders[scenarios[index].id] ?? []
    }

    // Document-level file and source map.
    var sections: [Section] = []
    for scenario in scenarios {
      let entry = ScenarioEntry(
        id: scenario.id, title: scenario.title, file: SpecYAML.scenarioFileName(scenario.id),
        needs: scenario.needs.map(\.scenario))
      if let last = sections.last, last.title == (scenario.section ?? "") {
        sections[sections.count - 1].scenarios.append(entry)
      } else {
        sections.append(Section(title: scenario.section ?? "", scenarios: [entry]))
      }
    }
    let source = options.sourceReference ?? file
    let spec = SpecDocument(
      source: source, title: outline.title, environments: environments.map(\.0), sections: sections,
      statefulNotes: outline.statefulNotes)
    let headings =
      outline.setups.map { SourceMap.Heading(id: slug($0.title), line: $0.headingLine) }
      + outline.scenarios.map { SourceMap.Heading(id: $0.id, line: $0.headingLine) }
    let compiled = CompiledDocument(
      document: spec, scenarios: scenarios, sourceMap: SourceMap(source: source, headings: headings)
    )
    if options.strict { lowering.promoteWarningsToErrors() }
    diagnostics.append(contentsOf: lowering.all)
    return Output(
      compiled: documentFailed ? nil : compiled, diagnostics: diagnostics.sorted,
      loweringDiagnostics: lowering.all)
  }

  /// What lowering one scenario gives, before its jq programs are checked.
  private struct LoweredScenario: Sendable {
    var steps: [Step]
    /// The facts of `steps`, found where the scenario is lowered (on every core).
    var facts: StepFacts
    var problems: [LoweringContext.Problem]
    var diagnostics: [Diagnostic]
    var jqSites: [JQProgramCheck.Site]
  }

  /// One block's steps, and its lowering errors at their markdown positions (also appended to
  /// `diagnostics`).
  private static func lowerBlock(
    _ block: CodeBlock, owner: String, headingLine: Int, file: String, functions: inout Set<String>,
    definitions: inout [String: String], associativeArrays: inout Set<String>, jq: JQProgramCheck,
    diagnostics: inout Diagnostics
  ) -> ([Step], [LoweringContext.Problem]) {
    var steps: [Step] = []
    var tracing = false
    var context: LoweringContext
    while true {
      context = LoweringContext(
        file: file, owner: owner, headingLine: headingLine, blockLine: block.firstLine,
        blockColumn: block.column,
        functions: functions)
      // A block lowered again for `set -x` has had its jq programs checked already.
      context.jq = tracing ? nil : jq
      context.associativeArrays = associativeArrays
      context.functionDefinitions = definitions
      context.tracing = tracing
      switch BashParser.parse(block.code) {
      case .failure(let error):
        context.error(LoweringDiagnostic.bashSyntaxError(error.message), at: error.position)
      case .success(let script):
        steps = context.lower(statements: script.statements)
        if context.enablesTracing && !tracing {
          // Everything the block runs may run under `set -x`: lower it again, recording traces.
          tracing = true
          continue
        }
        functions = context.functions
        definitions = context.functionDefinitions
        associativeArrays = context.associativeArrays
      }
      break
    }
    diagnostics.append(contentsOf: context.diagnostics.all)
    return (steps, context.problems)
  }

  /// `Auth-enabled runtime environment` → `auth-enabled-runtime-environment`.
  static func slug(_ title: String) -> String {
    var out = ""
    for c in title.lowercased() {
      if c.isLetter || c.isNumber {
        out.append(c)
      } else if !out.isEmpty && out.last != "-" {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }
}
