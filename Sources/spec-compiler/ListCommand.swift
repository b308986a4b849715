import ArgumentParser
import SpecCompiler

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Print the scenarios of a document as `ID<TAB>Title` lines.",
    discussion: """
      Every scenario is listed, those the compiler cannot lower (reported by `compile` and \
      `run`) included. Exits 1 only when the document itself has errors.
      """
  )

  @Argument(help: "The markdown document.", completion: .file(extensions: ["md"]))
  var document: String

  @OptionGroup var sections: SetupSectionOptions

  func run() throws {
    let loaded = try MarkdownFile(path: document)
    let output = DocumentCompiler.compile(
      markdown: loaded.text, file: document, options: sections.compilerOptions)
    printDiagnostics(output.documentDiagnostics)
    guard let compiled = output.compiled else { throw ExitCode.failure }
    for scenario in compiled.scenarios {
      print("\(scenario.id)\t\(scenario.title)")
    }
  }
}
