import ArgumentParser

@main
struct SpecCompilerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "spec-compiler",
    abstract: "Compile a markdown release matrix into typed YAML specs and Swift Testing suites.",
    discussion: """
      A release matrix is one markdown document: `### S61 Title` headings, a line of prose and \
      a bash block of curl/jq commands per scenario, with setup blocks under \
      `## Common environment` and `## Auth-enabled runtime environment`.

      `compile` writes one reviewable YAML file per scenario, plus `document.yaml` \
      (environments and index) and `lines.yaml` (where each heading is), rewriting only files \
      whose content changed. With --generated (or without arguments, for every \
      specs/*.md of the package) it also generates Swift Testing suites from that YAML, one \
      file per scenario; `generate` does only that step, `check` tells whether specs/ and \
      generated/ are up to date. Problems are reported as `file:line:column: error: message`, \
      all of them in one run.

      Exit status: 0 on success, 1 when a document has errors (or `check` finds files out of \
      date, or `run` sees a scenario fail), 64 on usage errors.
      """,
    subcommands: [
      CompileCommand.self, GenerateCommand.self, CheckCommand.self, ListCommand.self,
      RunCommand.self, RunWorkerCommand.self, GraphCommand.self,
    ]
  )
}
