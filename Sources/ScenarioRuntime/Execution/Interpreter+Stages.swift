import SpecModel

/// Shell code inside pipelines and command substitutions: function calls, compound commands
/// and builtins as stages, and `NAME=$(…)` whose status is not the statement's.
///
/// Every stage of a pipeline runs in a subshell (bash without `lastpipe`): what it changes does
/// not leak out. It keeps `set -e` and the context that ignores it (an `if` condition, an `&&`
/// operand), as bash's pipeline subshells and, with `inherit_errexit`, command substitutions do.
extension Interpreter {
  /// Runs `steps` in a subshell reading `input` (the previous stage's bytes; the shell's own
  /// standard input when nil), writing standard output to `output` and standard error to
  /// `errors` (`nil`: merged into the output, `2>&1`).
  func runStage(
    _ steps: [Step], input: [UInt8]?, output: OutputTarget, errors: OutputTarget?
  ) async throws(ShellSignal) -> Int32 {
    let savedOutput = stdoutTarget
    let savedErrors = stderrTarget
    let savedInput = stdin
    stdoutTarget = output
    stderrTarget = errors ?? output
    if let input { stdin = StandardInput(input) }
    defer {
      stdoutTarget = savedOutput
      stderrTarget = savedErrors
      stdin = savedInput
    }
    return try await subshell { () async throws(ShellSignal) -> Int32 in
      try await self.run(steps)
    }
  }

  /// A shell stage after `|`: its output is the next stage's input.
  func runShellFilter(_ steps: [Step], input: [UInt8], errors: OutputTarget?)
    async throws(ShellSignal) -> PartResult
  {
    let buffer = OutputBuffer()
    let status = try await runStage(
      steps, input: input, output: .buffer(buffer), errors: errors)
    return PartResult(output: buffer.contents, status: status)
  }

  /// `NAME=$(COMMAND)` in a declaration or a command's arguments: the command runs as a
  /// command substitution and its output becomes the value; the status is the declaration's.
  func assignSubstitution(_ assignment: Assignment, _ command: Step) async throws(ShellSignal)
    -> Int32
  {
    if case .makeTemporary(var temporary) = command.action {
      // `local D=$(mktemp -d)`: the file is made here; only its name is the value.
      if assignment.local {
        guard state.declareLocal(assignment.name) else {
          shellError("local: can only be used in a function")
          return 1
        }
      }
      temporary.variable = assignment.name
      // Already one substitution level down (`isCommandSubstitution` of the assignment).
      substitutionLevel -= 1
      defer { substitutionLevel += 1 }
      _ = try await executeIgnoringErrexit(
        Step(line: command.line, .makeTemporary(temporary), trace: command.trace))
      if assignment.exported { state.export(assignment.name) }
      return 0
    }
    if state.errexit, case .pipeline(let pipeline) = command.action, pipeline.filters.isEmpty,
      case .file(let template) = pipeline.source
    {
      // `$(< FILE)` that cannot be opened ends the shell under `set -e`, even as a condition or
      // before `||` (bash 5.2), here as when it is captured (`runPipeline`); a directory reads
      // as empty.
      let path = try expand(template)
      if case .failure(let error) = FileSystem.readFile(
        path.isEmpty ? "" : state.absolutePath(path)), error != .isDirectory
      {
        stderrTarget.write(Array("\(shellMessagePrefix)\(path): \(error.description)\n".utf8))
        recordFailure(line: currentLine, status: 1)
        throw .exit(1, failure: lastFailure)
      }
    }
    let buffer = OutputBuffer()
    let savedOutput = stdoutTarget
    stdoutTarget = .buffer(buffer)
    defer { stdoutTarget = savedOutput }
    _ = try await subshell { () async throws(ShellSignal) -> Int32 in
      try await self.execute(command)
    }
    stdoutTarget = savedOutput
    let value = captureValue(buffer.contents)
    if case .pipeline(let pipeline) = command.action,
      CredentialOrigin.capturesCredential(pipeline)
    {
      run.addSecrets(value.split(whereSeparator: \.isNewline).map(String.init) + [value])
    }
    if assignment.local {
      guard state.declareLocal(assignment.name) else {
        shellError("local: can only be used in a function")
        return 1
      }
    }
    setVariable(assignment.name, value, exported: assignment.exported)
    return 0
  }
}
