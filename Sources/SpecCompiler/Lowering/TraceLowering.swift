import Shell
import SpecModel

/// `set -x`: what bash traces, recorded on the steps of a block that turns tracing on
/// (`LoweringContext.tracing`). Constructs whose trace the runtime does not print exactly are
/// positioned errors there, never an untraced step.
extension LoweringContext {
  /// The trace entry of a simple command: its name and argument words, as the command sees
  /// them (after hoisting). Nil when not tracing, or after reporting a word it cannot trace.
  mutating func traceWords(_ name: String, _ words: [BashWord], at position: BashPosition)
    -> [TracedCommand]?
  {
    guard tracing else { return nil }
    let saved = (diagnostics, problems)
    var templates = [Template(literal: name)]
    for word in words {
      guard let template = template(word) else {
        (diagnostics, problems) = saved
        error(LoweringDiagnostic.untraceableWord, at: word.position)
        return nil
      }
      templates.append(template)
    }
    return [.words(templates)]
  }

  /// The texts of `(( … ))` or of the clauses of `for ((…))` as `set -x` prints them, which
  /// are as written when they hold no expansion (bash prints them expanded); nil after an error.
  mutating func tracedArithmetic(_ texts: [String], at position: BashPosition) -> [String]? {
    guard !texts.contains(where: { $0.contains("$") || $0.contains("`") }) else {
      error(
        LoweringDiagnostic.untraceableConstruct("an arithmetic expression with '$' expansions"),
        at: position)
      return nil
    }
    return texts
  }

  /// Under `set -x`, an error for a construct whose trace is not supported; true when it may
  /// be lowered.
  mutating func requireUntraced(_ construct: String, at position: BashPosition) -> Bool {
    guard tracing else { return true }
    error(LoweringDiagnostic.untraceableConstruct(construct), at: position)
    return false
  }

  /// `steps` with `entries` added to the trace of the last one (an assignment's `+ X=value`
  /// follows what its command substitution traced).
  func appendingTrace(_ entries: [TracedCommand]?, to steps: [Step]) -> [Step] {
    guard let entries, var last = steps.last else { return steps }
    last.trace = (last.trace ?? []) + entries
    return steps.dropLast() + [last]
  }

  /// A step with `trace` set (unchanged when nil).
  func traced(_ step: Step, _ trace: [TracedCommand]?) -> Step {
    guard let trace else { return step }
    var step = step
    step.trace = (step.trace ?? []) + trace
    return step
  }
}

extension LoweringContext {
  /// `set -x` on `local`/`declare`/`export`/`readonly`: bash prints the command's words once
  /// every value is expanded (`+ local a=1 'w=p q' b`), then, for `export` and `readonly`, each
  /// assignment with a value (`+ E=1`); no `+ NAME=value` of a plain assignment. A last step
  /// that changes nothing prints them, from the values the steps before it assigned.
  mutating func tracedDeclaration(
    _ steps: [Step], variant: String, options: [BashWord], assignments: [BashAssignment],
    line: Int, at position: BashPosition
  ) -> [Step] {
    if let array = assignments.first(where: { $0.array != nil || $0.index != nil || $0.append }) {
      error(
        LoweringDiagnostic.untraceableDeclarationArray(declaration: variant), at: array.position)
      return []
    }
    var words = [Template(literal: variant)]
    for option in options {
      guard let text = staticText(option) else {
        error(LoweringDiagnostic.untraceableWord, at: option.position)
        return []
      }
      words.append(Template(literal: text))
    }
    for assignment in assignments {
      words.append(
        assignment.value == nil
          ? Template(literal: assignment.name)
          : Template([.literal(assignment.name + "="), .variable(assignment.name)]))
    }
    var trace: [TracedCommand] = [.words(words)]
    if variant == "export" || variant == "readonly" {
      trace += assignments.filter { $0.value != nil }.map { .assignment($0.name) }
    }
    let names = Set(assignments.map(\.name))
    let untraced = steps.map { step in
      var step = step
      step.trace = step.trace?.filter {
        if case .assignment(let name) = $0 { return !names.contains(name) }
        return true
      }
      if step.trace?.isEmpty == true { step.trace = nil }
      return step
    }
    return untraced + [Step(line: line, .status(0), trace: trace)]
  }

  /// What `set -x` prints for `NAME+=value`, `NAME[I]=value` (before the step, the target as
  /// written, the value as it expands) and `NAME=(…)`, `NAME+=(…)` (the line as written); nil
  /// after an error.
  mutating func assignmentTrace(_ assignment: BashAssignment) -> TracedCommand? {
    let target = assignment.name + (assignment.index.map { "[\($0)]" } ?? "")
    if let elements = assignment.array {
      let list = elements.map { $0.text ?? "" }.joined(separator: " ")
      return .text(target + (assignment.append ? "+=" : "=") + "(" + list + ")")
    }
    let word = assignment.value ?? BashWord(position: assignment.position, parts: [])
    let saved = (diagnostics, problems)
    guard let value = template(word) else {
      (diagnostics, problems) = saved
      error(LoweringDiagnostic.untraceableValue, at: word.position)
      return nil
    }
    return .assigning(target: target, append: assignment.append, value: value)
  }
}
