import ArgumentParser

@main
struct SpecCompilerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "spec-compiler",
    abstract: "Compile a markdown release matrix into typed YAML specs.",
    discussion: """
      A release matrix is one markdown document: `### S61 Title` headings, a line of prose and \
      a bash block of curl/jq commands per scenario, with setup blocks under \
      `## Common environment` and `## Auth-enabled runtime environment`.

      `compile` writes one reviewable YAML file per scenario, plus `document.yaml` \
      (environments and index) and `lines.yaml` (where each heading is), rewriting only files \
      whose content changed. Problems are reported as `file:line:column: error: message`, \
      all of them in one run.

      Exit status: 0 on success, 1 when the document has errors, 64 on usage errors.
      """,
    subcommands: [CompileCommand.self, ListCommand.self, RunCommand.self]
  )
}
