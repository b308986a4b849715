import ArgumentParser
import Foundation
import SpecCompiler

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check that specs/ and generated/ are what `compile` would write.",
    discussion: """
      For every specs/<stem>.md of the current package, compiles in memory and compares with \
      specs/<stem>/ and generated/<Suite>/. Prints each stale, missing or extra file as \
      `path: stale|missing|extra` and exits 1 when there is any (or when a document has \
      errors or warnings: check is always --strict; unsupported scenarios' files are still \
      compared); exits 0 when everything is up to date. Writes nothing.
      """
  )

  @OptionGroup var sections: SetupSectionOptions

  func run() throws {
    let layout = try PackageLayout.discover(command: "check", requireDocuments: false)
    guard !layout.documents.isEmpty else {
      printError("check: no specs/*.md in \(layout.root.path): nothing to check")
      return
    }
    var strict = sections
    strict.strict = true
    let (plans, allCompiled) = try layout.plans(sections: strict)
    var problems: [(URL, String)] = []
    for plan in plans {
      let expected = Set(plan.specFiles.map(\.path))
      for path in SpecDirectory.staleFiles(plan.specFiles, in: plan.specsDirectory) {
        problems.append(
          classify(plan.specsDirectory.appendingPathComponent(path), expected: expected, path))
      }
    }
    let swift = plans.flatMap(\.swift.files)
    let expected = Set(swift.map(\.path))
    for path in GeneratedDirectory.staleFiles(
      swift, in: layout.generated, scope: layout.generatedScope(plans, allCompiled: allCompiled))
    {
      problems.append(
        classify(layout.generated.appendingPathComponent(path), expected: expected, path))
    }
    for (url, why) in problems { print("\(layout.displayPath(url)): \(why)") }
    if !problems.isEmpty {
      printError("\(problems.count) files out of date: run `spec-compiler compile`")
    }
    if !allCompiled || plans.contains(where: { !$0.complete }) || !problems.isEmpty {
      throw ExitCode.failure
    }
  }

  private func classify(_ url: URL, expected: Set<String>, _ path: String) -> (URL, String) {
    guard expected.contains(path) else { return (url, "extra") }
    return (url, FileManager.default.fileExists(atPath: url.path) ? "stale" : "missing")
  }
}
