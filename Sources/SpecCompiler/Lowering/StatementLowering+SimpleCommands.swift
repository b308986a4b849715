import Shell
import SpecModel

/// Simple commands: the command table, with their assignments and redirections.
extension LoweringContext {
  mutating func simpleCommand(_ statement: BashStatement, arguments: [BashWord], line: Int)
    -> [Step]
  {
    guard let name = staticText(arguments[0]) else {
      return lateCommand(statement, arguments: arguments, line: line)
    }
    // A function of the name wins over the command (`command NAME` bypasses it).
    let isFunction = functions.contains(name)
    if CommandTable.pipelineByName[name] != nil, !isFunction {
      return pipeline([statement], capture: nil, line: line) ?? []
    }
    if name == "timeout", !isFunction {
      // `+ timeout 5 cmd`: the command runs in timeout's process, which bash does not trace.
      let trace = traceWords(name, Array(arguments.dropFirst()), at: statement.position)
      if tracing && trace == nil { return [] }
      let saved = tracing
      tracing = false
      defer { tracing = saved }
      return timeout(statement, arguments: arguments, line: line).map { traced($0, trace) }
    }
    if name == "env", !isFunction {
      return env(statement, arguments: arguments, line: line)
    }
    var hoisted: [Step] = []
    guard
      let words = hoist(
        Array(arguments.dropFirst()), into: &hoisted, ignoreStatus: true, line: line)
    else {
      return []
    }
    let call = CommandCall(name: name, arguments: words, position: statement.position)
    let trace = traceWords(name, words, at: statement.position)
    if tracing && trace == nil { return [] }
    if isFunction {
      if tracing && !tracedFunctions.contains(name) {
        error(LoweringDiagnostic.untracedFunction(name), at: arguments[0].position)
        return []
      }
      guard rejectGlobs(words, command: name) else { return [] }
      var templates: [Template] = []
      for word in words {
        guard let t = template(word) else { return [] }
        templates.append(t)
      }
      guard let (sink, errors) = outputRedirects(statement.redirects) else { return [] }
      if errors != nil,
        let redirect = statement.redirects.first(where: {
          $0.descriptor == "2" || $0.op == .outputAll
        })
      {
        error(LoweringDiagnostic.functionErrorRedirection(function: name), at: redirect.position)
        return []
      }
      return hoisted + [
        Step(
          line: line,
          .call(FunctionCall(name: name, arguments: templates, sink: sink == .stdout ? nil : sink)),
          trace: trace)
      ]
    }
    if [":", "true"].contains(name), words.isEmpty, !statement.redirects.isEmpty {
      // `: > FILE` creates or empties the file.
      guard let (sink, errors) = outputRedirects(statement.redirects) else { return [] }
      return hoisted + [
        Step(
          line: line, .pipeline(Pipeline(source: .text(Template([])), sink: sink, errors: errors)),
          trace: trace)
      ]
    }
    if let command = CommandTable.stepByName[name] {
      guard requireSingleWords(call) else { return [] }
      if !Self.onlyDiscardsErrors(statement), let redirect = statement.redirects.first {
        error(LoweringDiagnostic.onlyDevNullRedirection(command: name), at: redirect.position)
        return []
      }
      guard let action = command.lower(call, context: &self) else { return [] }
      return hoisted + [Step(line: line, action, trace: trace)]
    }
    error(LoweringDiagnostic.unsupportedCommand(name: name), at: arguments[0].position)
    return []
  }

  /// `rm -f x 2>/dev/null` and similar: error output of a step command is not part of the outcome.
  static func onlyDiscardsErrors(_ statement: BashStatement) -> Bool {
    statement.redirects.allSatisfy { r in
      r.descriptor == "2" && r.op == .output
        && r.word.parts == [.literal("/dev/null")]
    }
  }
}
