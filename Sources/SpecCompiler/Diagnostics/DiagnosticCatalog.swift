/// Every kind of diagnostic the compiler reports, stage by stage: what
/// `Docs/DIAGNOSTICS.md` is written from (`DiagnosticCatalogTests` fails when the file is
/// stale; `RECORD_DIAGNOSTICS=1` rewrites it). A new stage enum is added to `stages`.
public enum DiagnosticCatalog {
  public struct Stage: Sendable {
    public var title: String
    public var summary: String
    public var kinds: [any DiagnosticMessage]
  }

  public static let stages: [Stage] = [
    Stage(
      title: "Markdown", summary: "Reading the document's headings, fences and `Needs:` lines.",
      kinds: MarkdownDiagnostic.catalog),
    Stage(
      title: "Lowering",
      summary: "Lowering bash: syntax, words, arrays, redirections, pipelines, tracing, jq "
        + "programs and setup blocks. Printed with the owner appended: `… (in S26)`.",
      kinds: LoweringDiagnostic.catalog),
    Stage(
      title: "Commands",
      summary: "The options and operands of single commands, with arguments. Printed with "
        + "the owner appended. A message starting `COMMAND: ` is the real tool's.",
      kinds: CommandDiagnostic.catalog),
    Stage(
      title: "Command usage",
      summary: "The options and operands of single commands, fixed messages. Printed with "
        + "the owner appended.",
      kinds: CommandUsageDiagnostic.catalog),
    Stage(
      title: "Render",
      summary: "Reading the YAML back to generate Swift: `FILE: error: message`.",
      kinds: RenderError.catalog),
  ]

  public static var all: [any DiagnosticMessage] { stages.flatMap(\.kinds) }

  /// `Docs/DIAGNOSTICS.md`: one table per stage, a row per kind (id, severity, message with
  /// placeholder arguments).
  public static var markdown: String {
    var out = """
      # Diagnostics

      Every kind of problem `spec-compiler` reports, generated from the catalog in
      `Sources/SpecCompiler` (`DiagnosticCatalog`); do not edit by hand: run
      `RECORD_DIAGNOSTICS=1 swift test --filter DiagnosticCatalogTests` after changing a kind.
      Diagnostics print as `file:line:column: severity: message`; arguments in capitals
      (`NAME`, `OPTION`) stand for the text quoted from the document. The id is stable when a
      message's wording changes.

      """
    for stage in stages {
      out +=
        "\n## \(stage.title)\n\n\(stage.summary)\n\n| Id | Severity | Message |\n|---|---|---|\n"
      for kind in stage.kinds {
        out += "| `\(kind.id)` | \(kind.severity.rawValue) | \(cell(kind.message)) |\n"
      }
    }
    return out
  }

  /// `text` in a markdown table cell: a code span one backtick longer than the longest run of
  /// backticks inside, with pipes escaped.
  private static func cell(_ text: String) -> String {
    var escaped = ""
    var run = 0
    var longest = 0
    for character in Diagnostic.escaped(text) {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
      escaped += character == "|" ? "\\|" : String(character)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let pad = escaped.hasPrefix("`") || escaped.hasSuffix("`") ? " " : ""
    return fence + pad + escaped + pad + fence
  }
}
