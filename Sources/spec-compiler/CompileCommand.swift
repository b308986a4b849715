import ArgumentParser
import Foundation
import SpecCompiler

struct CompileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compile",
    abstract: "Compile a markdown document into YAML specs.",
    discussion: """
      Example:
        spec-compiler compile docs/release-e2e-scenarios.md --specs specs/release-e2e-scenarios
      """
  )

  @Argument(help: "The markdown document.", completion: .file(extensions: ["md"]))
  var document: String

  @Option(name: .long, help: "Directory that receives the YAML files (created if missing).")
  var specs: String

  @OptionGroup var sections: SetupSectionOptions

  func run() throws {
    let loaded = try LoadedDocument(path: document)
    let specsURL = URL(fileURLWithPath: specs)
    var options = sections.compilerOptions
    options.sourceReference = relativePath(from: specsURL, to: loaded.url)
    let output = DocumentCompiler.compile(markdown: loaded.text, file: document, options: options)
    printDiagnostics(output.diagnostics)
    guard let compiled = output.compiled else { throw ExitCode.failure }
    let result = try SpecDirectory.write(try SpecYAML.files(for: compiled), to: specsURL)
    print(
      "\(compiled.scenarios.count) scenarios: \(result.written.count) files written, "
        + "\(result.unchanged.count) unchanged, \(result.removed.count) removed in \(specs)")
  }
}
