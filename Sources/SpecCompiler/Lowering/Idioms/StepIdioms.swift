import SpecModel

/// Rewrites of consecutive steps into the step that says what the author meant. Each idiom is
/// one file; they run in order over every list of sibling steps.
protocol StepIdiom: SendableMetatype {
  static func rewrite(_ steps: [Step]) -> [Step]
}

enum StepIdioms {
  static let all: [any StepIdiom.Type] = [
    ExportAllSourceIdiom.self, FailWithMessageIdiom.self,
  ]

  static func apply(_ steps: [Step]) -> [Step] {
    all.reduce(steps) { $1.rewrite($0) }
  }
}
