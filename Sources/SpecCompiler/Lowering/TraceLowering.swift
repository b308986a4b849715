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
        error("set -x: this word cannot be traced", at: word.position)
        return nil
      }
      templates.append(template)
    }
    return [.words(templates)]
  }

  /// Under `set -x`, an error for a construct whose trace is not supported; true when it may
  /// be lowered.
  mutating func requireUntraced(_ construct: String, at position: BashPosition) -> Bool {
    guard tracing else { return true }
    error("set -x: tracing \(construct) is not supported", at: position)
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
