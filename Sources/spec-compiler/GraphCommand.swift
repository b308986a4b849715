import ArgumentParser
import SpecCompiler

extension NeedsGraph.Format: ExpressibleByArgument {}

struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Print the scenarios' `needs` graph, with the reason of each edge.",
    discussion: """
      Every scenario is a node; an edge goes from a scenario to one that needs it, labelled \
      with why (declared, file, resource, collection) and the evidence. Mermaid by default \
      (paste it into a ```mermaid block of a pull request), or Graphviz with --format dot. \
      Exits 1 only when the document itself has errors.
      """
  )

  @Argument(help: "The markdown document.", completion: .file(extensions: ["md"]))
  var document: String

  @Option(help: "mermaid or dot.")
  var format: NeedsGraph.Format = .mermaid

  @OptionGroup var sections: SetupSectionOptions

  func run() throws {
    let loaded = try MarkdownFile(path: document)
    let output = DocumentCompiler.compile(
      markdown: loaded.text, file: document, options: sections.compilerOptions)
    printDiagnostics(output.documentDiagnostics)
    guard let compiled = output.compiled else { throw ExitCode.failure }
    print(NeedsGraph.render(compiled.scenarios, format: format), terminator: "")
  }
}
