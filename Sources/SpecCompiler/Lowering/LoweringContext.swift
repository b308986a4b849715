import Shell
import SpecModel

/// What lowering one code block needs to know and collects while it runs.
struct LoweringContext {
  /// The markdown file, for diagnostics.
  var file: String
  /// `S26` or the setup section's title: appended to every diagnostic as `(in S26)`.
  var owner: String
  /// Markdown line of the heading that owns the block: step lines are relative to it.
  var headingLine: Int
  /// Markdown line and column of the block's first code character.
  var blockLine: Int
  var blockColumn: Int
  /// Functions defined by the environments or earlier in this block.
  var functions: Set<String>
  /// Names declared `declare -A`/`local -A` by the environments or earlier in this block: their
  /// subscripts are words (keys), not arithmetic.
  var associativeArrays: Set<String> = []
  var diagnostics = Diagnostics()
  /// The errors of `diagnostics`, at their markdown positions, without the `(in S26)` suffix:
  /// what an unsupported scenario's YAML records.
  var problems: [Problem] = []
  /// The `umask` in force, when a step set it statically (files written get `0666 & ~umask`).
  var umask: Int?
  /// Counter for variables introduced by hoisted command substitutions.
  var hoisted = 0
  /// Checks jq programs with libjq; nil skips the check.
  var jq: JQProgramCheck?
  /// Set while lowering code that has a standard input of its own (a function body, a pipeline
  /// stage, a command with `< FILE`): a filter first in a pipeline reads it.
  var readsStandardInput = false
  /// Function bodies enclosing the code being lowered: `declare`/`typeset` there make locals.
  var functionDepth = 0
  /// Set while lowering a block that turns `set -x` on somewhere: steps record what bash would
  /// trace (`Step.trace`). A block is lowered again with it set when `enablesTracing` came up.
  var tracing = false
  /// A `set -x` / `set -o xtrace` was lowered.
  var enablesTracing = false
  /// Lowering a setup block, whose `set -x` would trace scenarios lowered without traces.
  var isSetup = false
  /// Functions defined while `tracing`: calls to others cannot be traced.
  var tracedFunctions: Set<String> = []
  /// The functions defined so far (in this block, its setups and the blocks before it) as
  /// `declare -f` prints them, by name: `type NAME` and `declare -f` print them.
  var functionDefinitions: [String: String] = [:]
  /// Arithmetic texts whose command substitutions are being lowered, one inside the other.
  var arithmeticSubstitutionDepth = 0

  init(
    file: String, owner: String, headingLine: Int, blockLine: Int, blockColumn: Int,
    functions: Set<String>
  ) {
    self.file = file
    self.owner = owner
    self.headingLine = headingLine
    self.blockLine = blockLine
    self.blockColumn = blockColumn
    self.functions = functions
  }

  /// The markdown position of a position inside the block.
  func markdown(_ position: BashPosition) -> SourcePosition {
    SourcePosition(
      line: blockLine + position.line - 1,
      column: position.line == 1
        ? blockColumn + position.column - 1
        : position.column
          + (blockColumn - 1))
  }

  /// A step's line: relative to the owning heading.
  func stepLine(_ position: BashPosition) -> Int {
    markdown(position).line - headingLine
  }

  /// Reports `kind` at `position`, with the owner appended (`… (in S26)`).
  mutating func error(_ kind: some DiagnosticMessage, at position: BashPosition) {
    let p = markdown(position)
    diagnostics.append(
      Diagnostic(
        kind.severity, file: file, line: p.line, column: p.column,
        "\(kind.message) (in \(owner))", id: kind.id))
    problems.append(Problem(position: p, message: kind.message))
  }

  /// A lowering error at its markdown position.
  struct Problem: Equatable {
    var position: SourcePosition
    var message: String
  }

  mutating func nextHoistedName() -> String {
    hoisted += 1
    return "_SUBSTITUTION_\(hoisted)"
  }
}
