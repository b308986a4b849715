import Foundation
import PackagePlugin

/// Runs `spec-compiler SUBCOMMAND ARGUMENTS…` in the package's directory, where
/// `spec-compiler compile` and `check` find `specs/*.md`. One file shared by the plugins
/// (each plugin directory holds a symbolic link to it, as plugins cannot share a module).
enum SpecCompilerTool {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func run(_ subcommand: String, _ arguments: [String], context: PluginContext) throws {
    let tool = try context.tool(named: "spec-compiler")
    let process = Process()
    process.executableURL = tool.url
    process.arguments = [subcommand] + arguments
    process.currentDirectoryURL = context.package.directoryURL
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(
        description: "spec-compiler \(subcommand) exited with \(process.terminationStatus)")
    }
  }
}
