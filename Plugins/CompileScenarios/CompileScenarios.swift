import PackagePlugin

/// `swift package --allow-writing-to-package-directory compile-scenarios`: runs
/// `spec-compiler compile` in the package's directory, so a package that depends on
/// spec-compiler regenerates `specs/<doc>/*.yaml` and `generated/<Suite>/*.swift` from its
/// `specs/*.md` without installing the CLI. Extra arguments go to `spec-compiler compile`.
@main struct CompileScenarios: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    try SpecCompilerTool.run("compile", arguments, context: context)
  }
}
