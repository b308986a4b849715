import SpecModel

/// `set -euo pipefail` restates the runner's own options: it lowers to `status: 0`, which is
/// dropped when it is not the last step (a last step's status is the block's status).
enum NoOpIdiom: StepIdiom {
  static func rewrite(_ steps: [Step]) -> [Step] {
    var out: [Step] = []
    for (index, step) in steps.enumerated() {
      if case .status(0) = step.action, step.trace == nil, index < steps.count - 1 { continue }
      out.append(step)
    }
    return out
  }
}
