import SpecModel

/// `echo MESSAGE >&2; exit N` → one `exit: {message, status}` step.
enum FailWithMessageIdiom: StepIdiom {
  static func rewrite(_ steps: [Step]) -> [Step] {
    var out: [Step] = []
    for step in steps {
      if case .exit(let exit) = step.action, exit.message == nil, let previous = out.last,
        step.trace == nil, previous.trace == nil,
        case .pipeline(let p) = previous.action, case .text(let message) = p.source,
        p.filters.isEmpty,
        p.sink == .stderr, p.errors == nil
      {
        out[out.count - 1] = Step(
          line: previous.line, .exit(ExitStep(message: message, status: exit.status)))
        continue
      }
      out.append(step)
    }
    return out
  }
}
