import PackagePlugin

/// `swift package check-scenarios`: runs `spec-compiler check` in the package's directory,
/// which fails when `specs/<doc>/` or `generated/<Suite>/` is stale against `specs/*.md`
/// (for CI). Writes nothing. Extra arguments go to `spec-compiler check`.
@main struct CheckScenarios: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    try SpecCompilerTool.run("check", arguments, context: context)
  }
}
