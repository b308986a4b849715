import SpecModel

@testable import SpecCompiler

/// Compiles one scenario block (with an optional setup block) and returns its steps.
enum Lowered {
  static func document(setup: String? = nil, _ bash: String, prose: String = "Does a thing.")
    -> String
  {
    var text = "# Test\n\n"
    if let setup {
      text += "## Common environment\n\n```bash\n\(setup)\n```\n\n"
    }
    text += "## Checks\n\n### S01 Probe\n\n\(prose)\n\n```bash\n\(bash)\n```\n"
    return text
  }

  static func compile(_ markdown: String) -> DocumentCompiler.Output {
    DocumentCompiler.compile(markdown: markdown, file: "doc.md")
  }

  /// Steps of S01, or the diagnostics.
  static func steps(setup: String? = nil, _ bash: String) -> ([Step], [String]) {
    let output = compile(document(setup: setup, bash))
    return (output.compiled?.scenarios.first?.steps ?? [], output.diagnostics.map(\.description))
  }

  /// The catalog ids of the diagnostics (`lowering.unsupportedCommand`), for tests of the kind
  /// rather than the wording.
  static func kinds(setup: String? = nil, _ bash: String) -> [String?] {
    compile(document(setup: setup, bash)).diagnostics.map(\.id)
  }

  /// The single pipeline of a one-line scenario.
  static func pipeline(_ bash: String) -> Pipeline? {
    let (steps, _) = steps(bash)
    guard steps.count == 1, case .pipeline(let p) = steps[0].action else { return nil }
    return p
  }

  static func request(_ bash: String) -> Request? {
    guard case .request(let r)? = pipeline(bash)?.source else { return nil }
    return r
  }
}
