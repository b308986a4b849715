import SpecModel

/// `xargs` as a pipeline stage: it reads its input into command lines (`XargsFilter`) and runs
/// its command once per line, as a program would run: with the items as its arguments, no
/// standard input, and GNU xargs's statuses (123 when a run exits 1–254, 124 and no more runs
/// on 255, 127 when the command is not a program).
extension Interpreter {
  func runXargs(_ xargs: XargsInvocation, input: [UInt8], errors: OutputTarget?)
    async throws(ShellSignal) -> PartResult
  {
    let buffer = OutputBuffer()
    let messages = errors ?? .buffer(buffer)
    let plan = XargsFilter.plan(xargs, input: input)
    var status: Int32 = 0
    for batch in plan.batches {
      try checkCancellation()
      var name = ""
      let savedOutput = stdoutTarget
      let savedErrors = stderrTarget
      let savedInput = stdin
      stdoutTarget = .buffer(buffer)
      stderrTarget = messages
      stdin = StandardInput([])
      let code = try await subshell { () async throws(ShellSignal) -> Int32 in
        self.state.positional = batch
        let words = try self.expandWords(xargs.command)
        name = words.first ?? ""
        if xargs.trace { messages.write(XargsFilter.trace(words)) }
        guard let steps = xargs.run else { return -1 }
        return try await self.run(steps)
      }
      stdoutTarget = savedOutput
      stderrTarget = savedErrors
      stdin = savedInput
      switch code {
      case 0: continue
      case -1:
        messages.write("xargs: \(name): No such file or directory\n")
        return PartResult(output: buffer.contents, status: 127)
      case 255:
        messages.write("xargs: \(name): exited with status 255; aborting\n")
        return PartResult(output: buffer.contents, status: 124)
      default: status = 123
      }
    }
    if let error = plan.error {
      messages.write(error)
      status = 1
    }
    return PartResult(output: buffer.contents, status: status)
  }
}
