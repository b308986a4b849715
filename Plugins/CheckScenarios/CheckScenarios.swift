import Foundation
import PackagePlugin

/// `swift package check-scenarios`: runs `spec-compiler check` in the package's directory,
/// which fails when `specs/<doc>/` or `generated/<Suite>/` is stale against `specs/*.md`
/// (for CI). Writes nothing. Extra arguments go to `spec-compiler check`.
@main struct CheckScenarios: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    let tool = try context.tool(named: "spec-compiler")
    let process = Process()
    process.executableURL = tool.url
    process.arguments = ["check"] + arguments
    process.currentDirectoryURL = context.package.directoryURL
    try process.run()
    process.waitUntilExit()
    if process.terminationStatus != 0 {
      Diagnostics.error("spec-compiler check exited with \(process.terminationStatus)")
      throw PluginFailure.stale
    }
  }

  enum PluginFailure: Error { case stale }
}
