import SpecModel

/// Array assignments, `unset 'a[i]'`, `shift`, `set --`, and word lists where a command takes
/// several words (`echo "$@"`, `printf FORMAT "${a[@]}"`).
extension Interpreter {
  /// The words of `templates` (`ShellState.expandFields`), bash's message on an error.
  func expandWords(_ templates: [Template]) throws(ShellSignal) -> [String] {
    do {
      return try state.expandWords(templates)
    } catch {
      throw fatal(error)
    }
  }

  /// The words of `templates` in a pipeline part (on `scratch` when the part is isolated);
  /// `nil` after printing bash's message.
  func expandWordsInPart(_ templates: [Template], isolated: Bool, scratch: inout ShellState)
    throws(ShellSignal) -> [String]?
  {
    guard isolated else { return try expandWords(templates) }
    do {
      return try scratch.expandWords(templates)
    } catch {
      shellError(error.message)
      return nil
    }
  }

  /// `echo WORD…`: the words joined by spaces.
  func echoText(_ call: EchoCall, isolated: Bool, scratch: inout ShellState)
    throws(ShellSignal) -> String?
  {
    guard let words = try expandWordsInPart(call.arguments, isolated: isolated, scratch: &scratch)
    else { return nil }
    return words.joined(separator: " ") + (call.newline ? "\n" : "")
  }

  func assignArray(_ assignment: ArrayAssignment) throws(ShellSignal) -> Int32 {
    let name = assignment.name
    let words = try assignment.elements.map { elements throws(ShellSignal) in
      try expandWords(elements)
    }
    if assignment.local {
      guard state.declareLocal(name) else {
        shellError("local: can only be used in a function")
        return 1
      }
    }
    guard let words else {
      // `declare -a NAME` keeps a value it has; `local -a NAME` is an empty local.
      if let existing = state.elements(of: name) {
        state.setElements(
          name, Dictionary(uniqueKeysWithValues: existing.map { ($0.index, $0.value) }))
      }
      return 0
    }
    var array: [Int: String] = [:]
    var next = 0
    if assignment.append, let existing = state.elements(of: name) {
      for (index, value) in existing { array[index] = value }
      next = (existing.last?.index ?? -1) + 1
    }
    for word in words {
      array[next] = word
      next += 1
    }
    state.setElements(name, array)
    return 0
  }

  func assignElement(_ assignment: ElementAssignment) throws(ShellSignal) -> Int32 {
    let name = assignment.element.name
    let index: Int
    let value: String
    do {
      index = try state.index(assignment.element.index)
      value = try state.expand(assignment.value)
    } catch {
      throw fatal(error)
    }
    guard let position = state.resolved(index, in: name) else {
      shellError("\(name)[\(assignment.element.index)]: bad array subscript")
      return 1
    }
    var array: [Int: String] = [:]
    for (i, v) in state.elements(of: name) ?? [] { array[i] = v }
    array[position] = assignment.append ? (array[position] ?? "") + value : value
    state.setElements(name, array)
    return 0
  }

  func unsetElement(_ element: ArrayElement) throws(ShellSignal) -> Int32 {
    let index: Int
    do {
      index = try state.index(element.index)
    } catch {
      throw fatal(error)
    }
    guard let existing = state.elements(of: element.name) else { return 0 }
    guard let position = state.resolved(index, in: element.name) else {
      shellError("unset: [\(index)]: bad array subscript")
      return 1
    }
    var array: [Int: String] = [:]
    for (i, v) in existing where i != position { array[i] = v }
    if array.isEmpty && state.variables[element.name]?.array == nil {
      state.unset(element.name)
    } else {
      state.setElements(element.name, array)
    }
    return 0
  }

  /// `shift N`: status 1, without a message, when there are fewer than N parameters.
  func shift(_ count: Int) -> Int32 {
    guard count >= 0 else {
      shellError("shift: \(count): shift count out of range")
      return 1
    }
    guard count <= state.positional.count else { return 1 }
    state.positional.removeFirst(count)
    return 0
  }

  func setPositional(_ words: [Template]) throws(ShellSignal) -> Int32 {
    state.positional = try expandWords(words)
    return 0
  }
}
