import SpecModel

/// `set -a; source FILE; set +a` → one `load-env: FILE` step.
enum ExportAllSourceIdiom: StepIdiom {
  static func rewrite(_ steps: [Step]) -> [Step] {
    var out: [Step] = []
    var index = 0
    while index < steps.count {
      if index + 2 < steps.count,
        steps[index..<index + 3].allSatisfy({ $0.trace == nil }),
        case .setOptions(let on) = steps[index].action, on == ShellOptions(allexport: true),
        case .loadEnvironmentFile = steps[index + 1].action,
        case .setOptions(let off) = steps[index + 2].action, off == ShellOptions(allexport: false)
      {
        out.append(steps[index + 1])
        index += 3
        continue
      }
      out.append(steps[index])
      index += 1
    }
    return out
  }
}
