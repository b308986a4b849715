import SpecModel

/// markdown → outline → bash AST → steps → environments and needs: one document's IR.
public enum DocumentCompiler {
  public struct Output: Sendable {
    /// `nil` when any error was found (with `strict`, any warning too).
    public var compiled: CompiledDocument?
    public var diagnostics: [Diagnostic]
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
    let jq = JQProgramCheck()

    // Functions any block may call: those defined by the setup blocks.
    var knownFunctions = Set<String>()

    // Environments.
    var environments: [(Environment, StepFacts)] = []
    for setup in outline.setups {
      var steps: [Step] = []
      for block in setup.blocks {
        steps += lowerBlock(
          block, owner: setup.title, headingLine: setup.headingLine, file: file,
          functions: &knownFunctions,
          jq: jq, diagnostics: &diagnostics)
      }
      let facts = StepFacts(steps)
      knownFunctions.formUnion(facts.defined)
      let environment = Environment(
        id: slug(setup.title), title: setup.title, defines: facts.assigned.sorted(),
        functions: facts.defined.sorted(), loads: facts.loads, steps: steps)
      environments.append((environment, facts))
    }

    // Scenarios.
    var scenarios: [Scenario] = []
    var inputs: [NeedsInference.Input] = []
    for outlined in outline.scenarios {
      var functions = knownFunctions
      var steps: [Step] = []
      for block in outlined.blocks {
        steps += lowerBlock(
          block, owner: outlined.id, headingLine: outlined.headingLine, file: file,
          functions: &functions,
          jq: jq, diagnostics: &diagnostics)
      }
      let facts = StepFacts(steps)
      scenarios.append(
        Scenario(
          id: outlined.id, title: outlined.title, section: outlined.section,
          description: outlined.description,
          environments: EnvironmentAttachment.environments(for: facts, among: environments),
          steps: steps))
      inputs.append(
        .init(id: outlined.id, facts: facts, declared: outlined.declaredNeeds.map(\.id)))
    }
    diagnostics.append(contentsOf: jq.diagnostics())
    let needs = NeedsInference.needs(inputs)
    for index in scenarios.indices {
      scenarios[index].needs = needs[scenarios[index].id] ?? []
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
    if options.strict { diagnostics.promoteWarningsToErrors() }
    return Output(compiled: diagnostics.hasErrors ? nil : compiled, diagnostics: diagnostics.sorted)
  }

  private static func lowerBlock(
    _ block: CodeBlock, owner: String, headingLine: Int, file: String, functions: inout Set<String>,
    jq: JQProgramCheck, diagnostics: inout Diagnostics
  ) -> [Step] {
    var context = LoweringContext(
      file: file, owner: owner, headingLine: headingLine, blockLine: block.firstLine,
      blockColumn: block.column,
      functions: functions)
    context.jq = jq
    switch BashParser.parse(block.code) {
    case .failure(let error):
      context.error("bash syntax error: \(error.message)", at: error.position)
      diagnostics.append(contentsOf: context.diagnostics.all)
      return []
    case .success(let script):
      let steps = context.lower(statements: script.statements)
      diagnostics.append(contentsOf: context.diagnostics.all)
      functions = context.functions
      return steps
    }
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
