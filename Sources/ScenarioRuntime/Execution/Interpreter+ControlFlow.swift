import Shell
import SpecModel

/// Lists, conditionals, loops, subshells and loop/function control.
extension Interpreter {
  /// `A && B && …`: stops at the first failure; only the last operand can trip `set -e`.
  func andList(_ steps: [Step]) async throws(ShellSignal) -> Int32 {
    for (index, step) in steps.enumerated() {
      let isLast = index == steps.count - 1
      let status = isLast ? try await execute(step) : try await executeIgnoringErrexit(step)
      if status != 0 || isLast { return status }
    }
    return 0
  }

  /// `A || B || …`: stops at the first success; only the last operand can trip `set -e`.
  func orList(_ steps: [Step]) async throws(ShellSignal) -> Int32 {
    for (index, step) in steps.enumerated() {
      let isLast = index == steps.count - 1
      let status = isLast ? try await execute(step) : try await executeIgnoringErrexit(step)
      if status == 0 || isLast { return status }
    }
    return 0
  }

  /// `A && B || C`: left to right with equal precedence; a step runs when the status so far
  /// matches its operator (`&&` after a success, `||` after a failure) and is skipped otherwise.
  /// Only the step after the last operator can trip `set -e`.
  func andOrList(_ list: AndOrList) async throws(ShellSignal) -> Int32 {
    var status = try await executeIgnoringErrexit(list.first)
    for (index, link) in list.rest.enumerated() {
      guard (link.op == .and) == (status == 0) else { continue }
      let isLast = index == list.rest.count - 1
      status = isLast ? try await execute(link.step) : try await executeIgnoringErrexit(link.step)
    }
    return status
  }

  func ifElse(_ step: IfStep) async throws(ShellSignal) -> Int32 {
    for branch in step.branches {
      if try await runIgnoringErrexit(branch.condition) == 0 {
        return try await run(branch.then)
      }
    }
    if let otherwise = step.otherwise { return try await run(otherwise) }
    return 0
  }

  func caseOf(_ step: CaseStep) async throws(ShellSignal) -> Int32 {
    let subject = try expand(step.subject)
    for arm in step.arms {
      for patternWord in arm.patterns {
        let pattern: BashPattern
        do {
          pattern = try state.pattern(patternWord)
        } catch {
          throw fatal(error)
        }
        if pattern.matches(subject) { return try await run(arm.body) }
      }
    }
    return 0
  }

  // MARK: Loops

  enum LoopExit {
    case next
    case leave
  }

  /// Runs a loop body once; `break`/`continue` aimed at this loop end here, those aimed further
  /// out propagate (bash stops at the outermost loop when N is larger than the nesting).
  func loopBody(_ body: [Step], status: inout Int32) async throws(ShellSignal) -> LoopExit {
    do {
      status = try await run(body)
      return .next
    } catch .breakLoop(let levels) where levels > 1 && loopDepth > 1 {
      throw .breakLoop(levels - 1)
    } catch .breakLoop {
      status = 0
      return .leave
    } catch .continueLoop(let levels) where levels > 1 && loopDepth > 1 {
      throw .continueLoop(levels - 1)
    } catch .continueLoop {
      status = 0
      return .next
    }
  }

  func forEach(_ step: ForStep) async throws(ShellSignal) -> Int32 {
    var words: [String] = []
    for item in step.items {
      switch item {
      case .word(let template): words += try expandWords([template])
      case .split(let template): words += try expandWords([template]).flatMap(splitFields)
      case .sequence(let first, let last):
        if first <= last { words += (first...last).map { String($0) } }
      case .glob(let pattern):
        words += FilenameGlob.expand(pattern, in: state.workingDirectory)
      }
    }
    loopDepth += 1
    defer { loopDepth -= 1 }
    var status: Int32 = 0
    for word in words {
      try checkCancellation()
      if state.xtrace, let header = step.trace {
        // `set -x` prints the header, as written, before each iteration.
        stderrTarget.write(ShellQuoting.prefix(level: substitutionLevel + 1) + header + "\n")
      }
      setVariable(step.variable, word)
      if try await loopBody(step.body, status: &status) == .leave { break }
    }
    return status
  }

  func whileLoop(_ step: WhileStep) async throws(ShellSignal) -> Int32 {
    loopDepth += 1
    defer { loopDepth -= 1 }
    var status: Int32 = 0
    while true {
      try checkCancellation()
      let condition = try await runIgnoringErrexit(step.condition)
      if (condition == 0) == step.until { break }
      if try await loopBody(step.body, status: &status) == .leave { break }
    }
    return status
  }

  /// Word splitting of an unquoted expansion on `$IFS` (whitespace runs collapse), scalar by
  /// scalar as bash does (`\r\n` splits after the `\r`).
  func splitFields(_ text: String) -> [String] {
    let separators = Set((state.value(of: "IFS") ?? " \t\n").unicodeScalars)
    let whitespace = separators.filter { $0 == " " || $0 == "\t" || $0 == "\n" }
    var fields: [String] = []
    var current = ""
    var pendingEmpty = false
    for c in text.unicodeScalars {
      if separators.contains(c) {
        if !current.isEmpty || (pendingEmpty && !whitespace.contains(c)) {
          fields.append(current)
        }
        pendingEmpty = !whitespace.contains(c)
        current = ""
      } else {
        current.unicodeScalars.append(c)
        pendingEmpty = false
      }
    }
    if !current.isEmpty { fields.append(current) }
    return fields
  }

  func loopControl(_ levels: Int, isBreak: Bool) throws(ShellSignal) -> Int32 {
    guard loopDepth > 0 else {
      let name = isBreak ? "break" : "continue"
      shellError("\(name): only meaningful in a `for', `while', or `until' loop")
      return 0
    }
    throw isBreak ? .breakLoop(levels) : .continueLoop(levels)
  }

  // MARK: Functions

  func returnFromFunction(_ status: Int?) throws(ShellSignal) -> Int32 {
    guard !state.frames.isEmpty else {
      shellError("return: can only `return' from a function or sourced script")
      return 1
    }
    let value = status.map { Int32(truncatingIfNeeded: $0 & 0xFF) } ?? state.lastStatus
    if value != 0 { recordFailure(line: currentLine, status: value) }
    throw .returnFromFunction(value)
  }

  func callFunction(_ call: FunctionCall) async throws(ShellSignal) -> Int32 {
    guard let function = state.functions[call.name] else {
      shellError("\(call.name): command not found")
      return 127
    }
    if case .capture(let name)? = call.sink {
      // `$(helper …)`: a subshell that keeps `set -e` (`shopt -s inherit_errexit`).
      let buffer = OutputBuffer()
      let savedOutput = stdoutTarget
      stdoutTarget = .buffer(buffer)
      defer { stdoutTarget = savedOutput }
      let status = try await subshell {
        () async throws(ShellSignal) -> Int32 in
        guard let arguments = self.isolatedWords(call.arguments) else { return 1 }
        return try await self.invoke(function, name: call.name, arguments: arguments)
      }
      stdoutTarget = savedOutput
      setVariable(name, captureValue(buffer.contents))
      return status
    }
    let arguments = try expandWords(call.arguments)
    guard let sink = call.sink else {
      return try await invoke(function, name: call.name, arguments: arguments)
    }
    let savedOutput = stdoutTarget
    defer { stdoutTarget = savedOutput }
    var opened: FileOutput?
    switch sink {
    case .stdout, .capture: break
    case .stderr: stdoutTarget = stderrTarget
    case .discard: stdoutTarget = .discard
    case .file(let pathTemplate, let append, let mode):
      let path = try expand(pathTemplate)
      switch openRedirection(path, append: append, mode: mode) {
      case .success(let (target, file)):
        stdoutTarget = target
        opened = file
      case .failure(let error):
        shellError("\(path): \(error.description)")
        return 1
      }
    }
    defer { opened?.close() }
    return try await invoke(function, name: call.name, arguments: arguments)
  }

  /// Arguments expanded in a subshell: an error prints bash's message and gives nil.
  private func isolatedWords(_ templates: [Template]) -> [String]? {
    do {
      return try state.expandWords(templates)
    } catch {
      shellError(error.message)
      return nil
    }
  }

  /// Runs a function body with its positional parameters and `local` scope.
  func invoke(_ function: ShellFunction, name: String, arguments: [String])
    async throws(ShellSignal) -> Int32
  {
    state.pushFrame(name: name, arguments: arguments)
    let savedOwner = owner
    let savedLoopDepth = loopDepth
    owner = function.owner
    loopDepth = 0
    defer {
      state.popFrame()
      owner = savedOwner
      loopDepth = savedLoopDepth
    }
    do {
      return try await run(function.body)
    } catch .returnFromFunction(let status) {
      return status
    }
  }

  // MARK: Subshells

  /// Runs `body` on a copy of the state: nothing it changes leaks out, `exit` ends only it, and
  /// an exit trap it sets runs when it ends.
  func subshell(_ body: () async throws(ShellSignal) -> Int32) async throws(ShellSignal) -> Int32 {
    let saved = state
    let savedOwner = owner
    let savedLoopDepth = loopDepth
    defer {
      state = saved
      owner = savedOwner
      loopDepth = savedLoopDepth
    }
    state.exitTrap = nil
    state.errorTrap = nil
    state.signalTraps = state.signalTraps.filter { $0.value.text.isEmpty }
    subshellDepth += 1
    defer { subshellDepth -= 1 }
    state.subshellPID = run.nextPID()
    var status: Int32
    do {
      status = try await body()
    } catch .exit(let code, _) {
      status = code
    } catch .returnFromFunction(let code) {
      status = code
    } catch .breakLoop, .continueLoop {
      status = 0
    } catch .commandAborted {
      status = 1
    }
    if let trap = state.exitTrap {
      state.exitTrap = nil
      status = await runExitTrap(trap, status: status).status
    }
    return status
  }

  /// Runs an exit trap with `$?` set to the shell's status. The status stays unless the trap
  /// exits (explicitly or through `set -e`).
  func runExitTrap(_ trap: ExitTrap, status: Int32) async -> (
    status: Int32, failure: FailurePoint?, exited: Bool
  ) {
    state.lastStatus = fatalSignal?.lastStatus ?? status
    let savedOwner = owner
    owner = trap.owner
    defer { owner = savedOwner }
    do {
      _ = try await run(trap.steps)
    } catch .exit(let code, let failure) {
      return (code, failure, true)
    } catch {
      return (status, nil, false)
    }
    return (status, nil, false)
  }

  /// The value of a command substitution: NUL bytes dropped (with bash's warning), trailing
  /// newlines removed.
  func captureValue(_ bytes: [UInt8]) -> String {
    var bytes = bytes
    if bytes.contains(0) {
      shellError("warning: command substitution: ignored null byte in input")
      bytes.removeAll { $0 == 0 }
    }
    while bytes.last == 0x0A { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
  }
}
