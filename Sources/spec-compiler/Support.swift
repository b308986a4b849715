import ArgumentParser
import Foundation
import SpecCompiler

struct SetupSectionOptions: ParsableArguments {
  @Option(
    name: .customLong("setup-section"),
    help: ArgumentHelp(
      "A `##` section whose bash blocks are setup blocks (repeatable).",
      discussion: "Defaults to 'Common environment' and 'Auth-enabled runtime environment'."))
  var setupSections: [String] = []

  @Flag(help: "Treat warnings (such as a heading that looks like a scenario but is not) as errors.")
  var strict = false

  var compilerOptions: CompilerOptions {
    CompilerOptions(setupSections: setupSections.isEmpty ? nil : setupSections, strict: strict)
  }
}

/// A markdown document read from disk, as the commands take it.
struct MarkdownFile {
  var url: URL
  var text: String

  init(path: String) throws {
    url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path) else {
      printError("\(path): error: cannot read the document")
      throw ExitCode.failure
    }
    guard let text = String(data: data, encoding: .utf8) else {
      printError("\(path):1:1: error: the document is not UTF-8")
      throw ExitCode.failure
    }
    self.text = text
  }
}

func printError(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}

func printDiagnostics(_ diagnostics: [Diagnostic]) {
  for diagnostic in diagnostics { printError(diagnostic.description) }
}

/// `to` relative to the directory `from`, for references written into the specs.
func relativePath(from directory: URL, to file: URL) -> String {
  let base = directory.standardizedFileURL.resolvingSymlinksInPath().pathComponents
  let target = file.standardizedFileURL.resolvingSymlinksInPath().pathComponents
  var common = 0
  while common < base.count, common < target.count, base[common] == target[common] { common += 1 }
  let ups = Array(repeating: "..", count: base.count - common)
  return (ups + target[common...]).joined(separator: "/")
}

/// A usage error when `path`, given to `option`, cannot be a directory the command writes into:
/// empty (it would be the current directory), or an existing file that is not a directory.
func checkOutputDirectory(_ path: String, option: String) throws {
  if path.isEmpty { throw ValidationError("\(option) is empty") }
  var isDirectory: ObjCBool = false
  if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
  {
    throw ValidationError("\(option) '\(path)' exists and is not a directory")
  }
}
