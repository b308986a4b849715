import Shell
import SpecModel

/// The setup blocks, lowered statement by statement, so that what cannot be lowered affects
/// only what depends on it:
///
/// - a function whose body cannot be lowered (or that calls such a function) is left out of the
///   environment's steps and listed under `unsupported-functions`; only the scenarios calling
///   it are unsupported;
/// - a top-level statement that cannot be lowered (or that calls such a function) is left out
///   of the steps and listed under `unsupported`: the environment cannot be set up faithfully,
///   so every scenario using it (directly, or through an environment that reads from it) is
///   unsupported. The variables such a statement assigns (`NAME=…`, `declare NAME=…`) still
///   count as defined by the environment, so the scenarios reading them are found.
struct SetupLowering {
  /// Each environment with the facts of its (lowered) steps, in document order.
  var environments: [(Environment, StepFacts)] = []
  /// Every function the setups define, lowered or not: calls to them lower as calls.
  var functions: Set<String> = []
  /// The setups' function definitions as `declare -f` prints them, by name.
  var functionDefinitions: [String: String] = [:]
  /// Names the setups declare `declare -A`: their subscripts are keys in every block.
  var associativeArrays: Set<String> = []
  /// Functions that cannot be used, by name.
  var unusable: [String: Cause] = [:]
  /// Environments that cannot be set up, by id.
  var broken: [String: Cause] = [:]

  /// Why a function or an environment cannot be used.
  struct Cause {
    /// The environment's title.
    var environment: String
    /// For a function that only calls an unusable one: the functions called on the way.
    var through: [String] = []
    /// The errors, at their markdown positions.
    var problems: [LoweringContext.Problem]
  }

  /// One top-level statement (or a block that did not parse) and what lowering it gave.
  private struct Piece {
    var setup: Int
    var block: Int
    var steps: [Step]
    var problems: [LoweringContext.Problem]
    var jqSites: Range<Int>
    /// The function it defines, for a function definition.
    var function: String?
    var position: SourcePosition
    /// Variables it assigns syntactically (kept as the environment's when it fails).
    var assigns: [String]
  }

  init(_ setups: [SetupOutline], file: String, diagnostics: inout Diagnostics) {
    let jq = JQProgramCheck()
    var pieces: [Piece] = []
    for (index, setup) in setups.enumerated() {
      for (blockIndex, block) in setup.blocks.enumerated() {
        var context = LoweringContext(
          file: file, owner: setup.title, headingLine: setup.headingLine,
          blockLine: block.firstLine, blockColumn: block.column, functions: functions)
        context.associativeArrays = associativeArrays
        context.functionDefinitions = functionDefinitions
        context.jq = jq
        context.isSetup = true
        switch BashParser.parse(block.code) {
        case .failure(let error):
          context.error(LoweringDiagnostic.bashSyntaxError(error.message), at: error.position)
          pieces.append(
            Piece(
              setup: index, block: blockIndex, steps: [], problems: context.problems,
              jqSites: jq.count..<jq.count, function: nil,
              position: context.markdown(error.position), assigns: []))
        case .success(let script):
          for statement in script.statements {
            let problems = context.problems.count
            let sites = jq.count
            let steps = context.lower(statement)
            var function: String?
            if case .function(let name, _, _)? = statement.command { function = name }
            pieces.append(
              Piece(
                setup: index, block: blockIndex, steps: steps,
                problems: Array(context.problems[problems...]), jqSites: sites..<jq.count,
                function: function, position: context.markdown(statement.position),
                assigns: Self.assignedNames(statement)))
          }
          functions.formUnion(context.functions)
          functionDefinitions.merge(context.functionDefinitions) { _, new in new }
          associativeArrays.formUnion(context.associativeArrays)
        }
        diagnostics.append(contentsOf: context.diagnostics.all)
      }
    }
    for failure in jq.failures() {
      diagnostics.append(failure.diagnostic)
      if let index = pieces.firstIndex(where: { $0.jqSites.contains(failure.index) }) {
        pieces[index].problems.append(
          .init(position: failure.site.position, message: failure.message))
      }
    }
    findUnusableFunctions(pieces, setups: setups)

    for (index, setup) in setups.enumerated() {
      let own = pieces.filter { $0.setup == index }
      var steps: [Step] = []
      for block in setup.blocks.indices {
        steps += StepIdioms.apply(
          own.filter { $0.block == block && $0.problems.isEmpty && !isUnusable($0.function) }
            .flatMap(\.steps))
      }
      var problems: [LoweringContext.Problem] = []
      var assigns: Set<String> = []
      for piece in own where piece.function == nil {
        problems += piece.problems
        if !piece.problems.isEmpty { assigns.formUnion(piece.assigns) }
        for name in Self.calls(piece.steps).sorted() {
          guard let cause = unusable[name] else { continue }
          problems.append(
            .init(position: piece.position, message: Self.describeCall(name, cause).message))
        }
      }
      let failedFunctions = own.compactMap { piece -> UnsupportedFunction? in
        guard let name = piece.function, let cause = unusable[name] else { return nil }
        return UnsupportedFunction(
          name: name, line: piece.position.line - setup.headingLine,
          unsupported: cause.problems.map { Self.relative($0, to: setup.headingLine) })
      }
      let facts = StepFacts(steps)
      let id = DocumentCompiler.slug(setup.title)
      if !problems.isEmpty {
        broken[id] = Cause(environment: setup.title, problems: problems)
      }
      let environment = Environment(
        id: id, title: setup.title, defines: facts.assigned.union(assigns).sorted(),
        functions: facts.defined.union(failedFunctions.map(\.name)).sorted(), loads: facts.loads,
        unsupported: problems.map { Self.relative($0, to: setup.headingLine) },
        unsupportedFunctions: failedFunctions, steps: steps)
      environments.append((environment, facts))
    }
  }

  private func isUnusable(_ function: String?) -> Bool {
    function.map { unusable[$0] != nil } ?? false
  }

  /// Functions with errors, then, until nothing changes, functions calling one of them.
  private mutating func findUnusableFunctions(_ pieces: [Piece], setups: [SetupOutline]) {
    for piece in pieces where !piece.problems.isEmpty {
      guard let name = piece.function else { continue }
      unusable[name] = Cause(environment: setups[piece.setup].title, problems: piece.problems)
    }
    var changed = true
    while changed {
      changed = false
      for piece in pieces where piece.problems.isEmpty {
        guard let name = piece.function, unusable[name] == nil else { continue }
        for callee in Self.calls(piece.steps).sorted() where callee != name {
          guard let cause = unusable[callee] else { continue }
          unusable[name] = Cause(
            environment: setups[piece.setup].title, through: [callee] + cause.through,
            problems: cause.problems)
          changed = true
          break
        }
      }
    }
  }

  /// Functions the steps call that they do not define themselves.
  static func calls(_ steps: [Step]) -> Set<String> {
    let facts = StepFacts(steps)
    return facts.called.subtracting(facts.defined)
  }

  /// `calls function 'f' of Common environment, which could not be lowered (line 12, column 3:
  /// …)`: the function's own errors, at their markdown lines.
  static func describeCall(_ name: String, _ cause: Cause) -> LoweringDiagnostic {
    .functionNotLowered(
      function: name, environment: cause.environment, through: cause.through,
      problems: describe(cause.problems))
  }

  /// `(line 12, column 3: message; line 14, column 1: message)`.
  static func describe(_ problems: [LoweringContext.Problem]) -> String {
    "("
      + problems.map {
        "line \($0.position.line), column \($0.position.column): \($0.message)"
      }.joined(separator: "; ") + ")"
  }

  static func relative(_ problem: LoweringContext.Problem, to headingLine: Int) -> LoweringError {
    LoweringError(
      line: problem.position.line - headingLine, column: problem.position.column,
      message: problem.message)
  }

  /// `NAME=…` and `export/declare/local NAME=…`: the names a top-level statement assigns.
  static func assignedNames(_ statement: BashStatement) -> [String] {
    switch statement.command {
    case .call(let assignments, let arguments)? where arguments.isEmpty:
      return assignments.map(\.name)
    case .declaration(_, _, let assignments, _)?: return assignments.map(\.name)
    default: return []
    }
  }
}
