import ArgumentParser
import Foundation
import SpecCompiler
import SpecYAML

/// The package convention: every `specs/<stem>.md` compiles to `specs/<stem>/` (YAML) and
/// `generated/<Suite>/` (Swift), relative to the package root (the nearest directory upwards
/// holding `Package.swift`).
struct PackageLayout {
  var root: URL
  var documents: [URL]

  var specs: URL { root.appendingPathComponent("specs") }
  var generated: URL { root.appendingPathComponent("generated") }

  /// From the current directory; a usage error (64) outside a package or without documents.
  static func discover(command: String, requireDocuments: Bool = true) throws -> PackageLayout {
    var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .standardizedFileURL
    while !FileManager.default.fileExists(
      atPath: directory.appendingPathComponent("Package.swift").path)
    {
      guard directory.pathComponents.count > 1 else {
        throw ValidationError(
          "\(command) without a document works inside a Swift package (no Package.swift in "
            + "\(FileManager.default.currentDirectoryPath) or above)")
      }
      directory.deleteLastPathComponent()
    }
    let specs = directory.appendingPathComponent("specs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: specs.path)) ?? []
    let documents = names.filter { $0.hasSuffix(".md") }.sorted().map {
      specs.appendingPathComponent($0)
    }
    guard !documents.isEmpty || !requireDocuments else {
      throw ValidationError(
        "no document given and no specs/*.md in \(directory.path): give a document and --specs")
    }
    return PackageLayout(root: directory, documents: documents)
  }

  /// What `compile` writes for one document, or its diagnostics.
  struct Plan {
    var stem: String
    var suite: String
    var specsDirectory: URL
    var specFiles: [SpecFile]
    var swift: SwiftSuiteGenerator.Suite
    /// False when some scenarios could not be lowered (they are written as unsupported).
    var complete: Bool
  }

  func plan(_ document: URL, sections: SetupSectionOptions) throws -> Plan? {
    let stem = document.deletingPathExtension().lastPathComponent
    let specsDirectory = specs.appendingPathComponent(stem)
    let path = displayPath(document)
    let loaded = try MarkdownFile(path: document.path)
    var options = sections.compilerOptions
    options.sourceReference = relativePath(from: specsDirectory, to: document)
    let output = DocumentCompiler.compile(markdown: loaded.text, file: path, options: options)
    printDiagnostics(output.diagnostics)
    guard let compiled = output.compiled else { return nil }
    let specFiles = try SpecYAML.files(for: compiled)
    let swift = try renderSuite(
      specFiles,
      RenderLocations(specsDirectory: specsDirectory, generatedRoot: generated, displayBase: root))
    return Plan(
      stem: stem, suite: swift.name, specsDirectory: specsDirectory, specFiles: specFiles,
      swift: swift, complete: !output.hasErrors)
  }

  /// Plans of every document; false when one has errors, or when two documents would generate
  /// the same suite (`a-b.md` and `a_b.md`: neither is generated).
  func plans(sections: SetupSectionOptions) throws -> (plans: [Plan], allCompiled: Bool) {
    var plans: [Plan] = []
    var allCompiled = true
    for document in documents {
      guard let plan = try plan(document, sections: sections) else {
        allCompiled = false
        continue
      }
      plans.append(plan)
    }
    let bySuite = Dictionary(grouping: plans, by: \.suite)
    for (suite, same) in bySuite.sorted(by: { $0.key < $1.key }) where same.count > 1 {
      let names = same.map { "specs/\($0.stem).md" }.joined(separator: ", ")
      printError("\(names): error: all would generate the suite \(suite); rename all but one")
      allCompiled = false
    }
    return (plans.filter { bySuite[$0.suite]?.count == 1 }, allCompiled)
  }

  /// The generated directories `compile` may clean: all of `generated/` when every document
  /// compiled, else only the suites of those that did (a broken document keeps its old Swift).
  func generatedScope(_ plans: [Plan], allCompiled: Bool) -> [String]? {
    allCompiled ? nil : plans.map(\.suite)
  }

  /// `url` relative to the current directory when inside it, else absolute.
  func displayPath(_ url: URL) -> String {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
    let relative = relativePath(from: cwd, to: url)
    return relative.hasPrefix("..") ? url.standardizedFileURL.path : relative
  }
}
