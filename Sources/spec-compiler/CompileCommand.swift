import ArgumentParser
import Foundation
import SpecCompiler
import SpecModel
import SpecYAML

struct CompileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compile",
    abstract: "Compile a markdown document into YAML specs (and Swift Testing suites).",
    discussion: """
      With a document: writes its YAML into --specs and, with --generated, Swift Testing \
      suites generated from that YAML.

      Without arguments: compiles every specs/<stem>.md of the current package into \
      specs/<stem>/ and generated/<Suite>/.

      Only files whose content changes are rewritten; files of scenarios that no longer exist \
      are removed, and only when they carry the generated-file header (a hand-written file \
      stays).

      A scenario that cannot be lowered is an error at its position, and is still written, \
      without steps, its errors under `unsupported:`; everything else is written as usual. \
      The command then exits 1. Errors of the document itself (its markdown structure, \
      duplicate ids) write nothing.

      Examples:
        spec-compiler compile docs/release-e2e-scenarios.md --specs specs/release-e2e-scenarios
        spec-compiler compile docs/release.md --specs specs/release --generated generated
        spec-compiler compile
      """
  )

  @Argument(help: "The markdown document.", completion: .file(extensions: ["md"]))
  var document: String?

  @Option(name: .long, help: "Directory that receives the YAML files (created if missing).")
  var specs: String?

  @Option(
    name: .long,
    help: "Directory that receives the Swift suites, one subdirectory per document.")
  var generated: String?

  @OptionGroup var sections: SetupSectionOptions

  func validate() throws {
    if document == nil, specs != nil || generated != nil {
      throw ValidationError("--specs and --generated need a document")
    }
    if document != nil, specs == nil {
      throw ValidationError("Missing expected argument '--specs <specs>'")
    }
    if let specs { try checkOutputDirectory(specs, option: "--specs") }
    if let generated { try checkOutputDirectory(generated, option: "--generated") }
  }

  func run() throws {
    guard let document, let specs else { return try compilePackage() }
    let loaded = try MarkdownFile(path: document)
    let specsURL = URL(fileURLWithPath: specs)
    var options = sections.compilerOptions
    options.sourceReference = relativePath(from: specsURL, to: loaded.url)
    let output = DocumentCompiler.compile(markdown: loaded.text, file: document, options: options)
    printDiagnostics(output.diagnostics)
    guard let compiled = output.compiled else { throw ExitCode.failure }
    let files = try SpecYAML.files(for: compiled)
    // The Swift is rendered (from the YAML in memory) before anything is written, so that an
    // error in that step leaves no half-updated specs directory behind.
    let generatedURL = generated.map { URL(fileURLWithPath: $0) }
    let suite = try generatedURL.map {
      try renderSuite(files, RenderLocations(specsDirectory: specsURL, generatedRoot: $0))
    }
    let result = try SpecDirectory.write(files, to: specsURL)
    print(
      "\(compiled.scenarios.count) scenarios\(Self.unsupportedNote(compiled)): "
        + "\(result.written.count) files written, "
        + "\(result.unchanged.count) unchanged, \(result.removed.count) removed in \(specs)")
    guard let generated, let generatedURL, let suite else {
      if output.hasErrors { throw ExitCode.failure }
      return
    }
    let swift = try GeneratedDirectory.write(suite.files, to: generatedURL, scope: [suite.name])
    printSwiftSummary(swift, in: "\(generated)/\(suite.name)")
    if output.hasErrors { throw ExitCode.failure }
  }

  private func compilePackage() throws {
    let layout = try PackageLayout.discover(command: "compile")
    let (plans, allCompiled) = try layout.plans(sections: sections)
    for plan in plans {
      let result = try SpecDirectory.write(plan.specFiles, to: plan.specsDirectory)
      print(
        "specs/\(plan.stem).md: \(result.written.count) YAML files written, "
          + "\(result.unchanged.count) unchanged, \(result.removed.count) removed")
    }
    let swift = try GeneratedDirectory.write(
      plans.flatMap(\.swift.files), to: layout.generated,
      scope: layout.generatedScope(plans, allCompiled: allCompiled))
    printSwiftSummary(swift, in: layout.displayPath(layout.generated))
    if !allCompiled || plans.contains(where: { !$0.complete }) { throw ExitCode.failure }
  }

  /// ` (2 unsupported)` when some scenarios could not be lowered.
  static func unsupportedNote(_ compiled: CompiledDocument) -> String {
    let count = compiled.scenarios.filter { !$0.isSupported }.count
    return count == 0 ? "" : " (\(count) unsupported)"
  }

  private func printSwiftSummary(_ result: GeneratedDirectory.Result, in directory: String) {
    print(
      "Swift: \(result.written.count) files written, \(result.unchanged.count) unchanged, "
        + "\(result.removed.count) removed in \(directory)")
  }
}

/// Swift from YAML, reporting YAML problems as errors (exit 1).
func renderSuite(_ files: [SpecFile], _ locations: RenderLocations) throws
  -> SwiftSuiteGenerator.Suite
{
  do {
    return try SwiftSuiteGenerator.render(yaml: files, locations: locations)
  } catch let error as RenderError {
    printError("\(locations.specsDirectory.path)/\(error.description)")
  } catch {
    printError("\(locations.specsDirectory.path): error: cannot generate Swift: \(error)")
  }
  throw ExitCode.failure
}
