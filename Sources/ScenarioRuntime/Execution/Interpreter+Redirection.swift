import SpecModel

/// Commands with redirections (`while …; done < FILE`, `{ …; } > FILE`, `read X <<< WORD`):
/// unlike pipeline stages they run in the current shell.
extension Interpreter {
  func runRedirected(_ redirected: Redirected) async throws(ShellSignal) -> Int32 {
    var input: StandardInput?
    switch redirected.input {
    case nil: break
    case .file(let template)?:
      let path = try expand(template)
      switch FileSystem.readFile(path.isEmpty ? "" : state.absolutePath(path)) {
      case .success(let bytes): input = StandardInput(bytes)
      case .failure(let error):
        shellError("\(path): \(error.description)")
        return try redirectionFailed()
      }
    case .text(let template)?:
      input = StandardInput(Array(try expand(template).utf8))
    case .shell(let steps)?:
      // `< <(COMMANDS)`: what the subshell prints is the input; its status is not the
      // command's, and its errors go where the shell's go.
      let buffer = OutputBuffer()
      _ = try await runStage(steps, input: nil, output: .buffer(buffer), errors: stderrTarget)
      input = StandardInput(buffer.contents)
    case let other?:
      // Only files and texts are redirected into a command; other sources are pipelines.
      shellError("unsupported input redirection \(other)")
      return try redirectionFailed()
    }
    let savedOutput = stdoutTarget
    let savedErrors = stderrTarget
    let savedInput = stdin
    var opened: [FileOutput] = []
    defer {
      stdoutTarget = savedOutput
      stderrTarget = savedErrors
      stdin = savedInput
      for file in opened { file.close() }
    }
    switch redirected.output {
    case nil, .stdout?, .capture?: break
    case .stderr?: stdoutTarget = stderrTarget
    case .discard?: stdoutTarget = .discard
    case .file(let template, let append, let mode)?:
      let path = try expand(template)
      switch openRedirection(path, append: append, mode: mode) {
      case .success(let (target, file)):
        stdoutTarget = target
        if let file { opened.append(file) }
      case .failure(let error):
        shellError("\(path): \(error.description)")
        return try redirectionFailed()
      }
    }
    switch redirected.errors {
    case nil: break
    case .discard?: stderrTarget = .discard
    case .stdout?: stderrTarget = stdoutTarget
    case .file(let template, let append)?:
      let path = try expand(template)
      switch openRedirection(path, append: append, mode: nil) {
      case .success(let (target, file)):
        stderrTarget = target
        if let file { opened.append(file) }
      case .failure(let error):
        shellError("\(path): \(error.description)")
        return try redirectionFailed()
      }
    }
    if let input { stdin = input }
    return try await run(redirected.body)
  }

  /// A redirection that cannot be opened: the command does not run and fails with status 1,
  /// which `set -e` applies to.
  private func redirectionFailed() throws(ShellSignal) -> Int32 {
    recordFailure(line: currentLine, status: 1)
    if state.errexit && !errexitIgnored { throw .exit(1, failure: lastFailure) }
    return 1
  }
}
