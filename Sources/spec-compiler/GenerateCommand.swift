import ArgumentParser
import Foundation
import SpecCompiler
import SpecYAML

struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Generate Swift Testing suites from existing YAML specs.",
    discussion: """
      --specs is one document's YAML directory (holding document.yaml) or a directory of them. \
      Each document becomes <generated>/<Suite>/: the suite file, the source-map file and one \
      file per scenario. Only changed files are rewritten; files of scenarios that no longer \
      exist are removed, and only when they carry the generated-file header.

      Example:
        spec-compiler generate --specs specs/release-e2e-scenarios --generated generated
      """
  )

  @Option(name: .long, help: "A document's YAML directory, or a directory of them.")
  var specs: String

  @Option(name: .long, help: "Directory that receives the Swift suites.")
  var generated: String

  func validate() throws {
    if specs.isEmpty { throw ValidationError("--specs is empty") }
    try checkOutputDirectory(generated, option: "--generated")
  }

  func run() throws {
    let specsURL = URL(fileURLWithPath: specs)
    let generatedURL = URL(fileURLWithPath: generated)
    let directories = documentDirectories(specsURL)
    guard !directories.isEmpty else {
      printError("\(specs): error: no \(SpecYAML.documentFileName) here or in its subdirectories")
      throw ExitCode.failure
    }
    var failed = false
    for directory in directories {
      let files: [SpecFile]
      do {
        files = try SwiftSuiteGenerator.readYAML(in: directory)
      } catch {
        printError("\(directory.path): error: cannot read: \(error)")
        failed = true
        continue
      }
      guard
        let suite = try? renderSuite(
          files, RenderLocations(specsDirectory: directory, generatedRoot: generatedURL))
      else {
        failed = true
        continue
      }
      let result = try GeneratedDirectory.write(suite.files, to: generatedURL, scope: [suite.name])
      print(
        "\(suite.name): \(result.written.count) files written, \(result.unchanged.count) "
          + "unchanged, \(result.removed.count) removed in \(generated)/\(suite.name)")
    }
    if failed { throw ExitCode.failure }
  }

  /// `directory` itself when it holds `document.yaml`, else its subdirectories that do.
  private func documentDirectories(_ directory: URL) -> [URL] {
    let fm = FileManager.default
    if fm.fileExists(atPath: directory.appendingPathComponent(SpecYAML.documentFileName).path) {
      return [directory]
    }
    let names = (try? fm.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().map { directory.appendingPathComponent($0) }.filter {
      fm.fileExists(atPath: $0.appendingPathComponent(SpecYAML.documentFileName).path)
    }
  }
}
