import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory compile-scenarios`: runs
/// `spec-compiler compile` in the package's directory, so a package that depends on
/// spec-compiler regenerates `specs/<doc>/*.yaml` and `generated/<Suite>/*.swift` from its
/// `specs/*.md` without installing the CLI. Extra arguments go to `spec-compiler compile`.
@main struct CompileScenarios: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    let tool = try context.tool(named: "spec-compiler")
    let process = Process()
    process.executableURL = tool.url
    process.arguments = ["compile"] + arguments
    process.currentDirectoryURL = context.package.directoryURL
    try process.run()
    process.waitUntilExit()
    if process.terminationStatus != 0 {
      Diagnostics.error("spec-compiler compile exited with \(process.terminationStatus)")
      throw PluginFailure.compileFailed
    }
  }

  enum PluginFailure: Error { case compileFailed }
}
