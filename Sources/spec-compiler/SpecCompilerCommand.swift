import ArgumentParser

@main
struct SpecCompilerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "spec-compiler",
    abstract: "Compile a markdown release matrix into typed YAML specs."
  )
}
