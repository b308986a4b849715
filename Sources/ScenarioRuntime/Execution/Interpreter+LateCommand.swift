import Shell
import SpecCompiler
import SpecModel

/// A command whose name is only known at run time (`"$@"`, `"${cmd[@]}"`): its words are
/// expanded, then the function they name is called, or the command they spell is lowered as
/// the compiler lowers the same words written literally (`LateLowering`) and run here.
extension Interpreter {
  func runLateCommand(_ words: [Template]) async throws(ShellSignal) -> Int32 {
    let fields = try expandWords(words)
    // `"$@"` with no arguments runs nothing, successfully.
    guard let name = fields.first else { return 0 }
    let arguments = Array(fields.dropFirst())
    if let function = state.functions[name] {
      return try await invoke(function, name: name, arguments: arguments)
    }
    let functions = state.functions
    let lowered = run.lateLowering(
      fields, functions: { Set(functions.keys) }, line: currentLine)
    switch lowered {
    case .success(let steps):
      return try await self.run(
        steps.map { step in
          var step = step
          step.line = currentLine
          return step
        })
    case .failure(let failure):
      let searchPath = state.value(of: "PATH") ?? ""
      if !BashCommandNames.builtins.contains(name),
        BashCommandNames.path(of: name, searchPath: searchPath, in: state.workingDirectory) == nil
      {
        shellError("\(name): command not found")
        return 127
      }
      // A command the runtime does not model: bash would have run it.
      shellError(
        "\(name): not supported by spec-compiler when named at run time: \(failure.message)")
      return 126
    }
  }
}
