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
    var entries: [(key: String, value: String)]?
    if let keyed = assignment.entries {
      entries = []
      for entry in keyed {
        entries?.append((try expand(entry.key), try expand(entry.value)))
      }
    }
    if assignment.local {
      guard state.declareLocal(name) else {
        shellError("local: can only be used in a function")
        return 1
      }
    }
    if assignment.associative || state.variables[name]?.associative != nil {
      return try assignAssociative(assignment, words: words, entries: entries)
    }
    if let entries {
      // `[KEY]=VALUE` on a name that is not associative at run time: the key is an index.
      var array: [Int: String] = [:]
      if assignment.append {
        for (i, v) in state.elements(of: name) ?? [] { array[i] = v }
      }
      for (key, value) in entries {
        do {
          array[try state.index(key)] = value
        } catch {
          throw fatal(error)
        }
      }
      state.setElements(name, array)
      return 0
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

  /// `declare -A NAME[=(…)]`, `NAME=([KEY]=VALUE …)`, `NAME+=(…)` on an associative array
  /// (a plain word list is read as key, value, key, value…, as bash 5.2 does).
  private func assignAssociative(
    _ assignment: ArrayAssignment, words: [String]?, entries: [(key: String, value: String)]?
  ) throws(ShellSignal) -> Int32 {
    let name = assignment.name
    if assignment.associative, state.variables[name]?.array != nil {
      shellError("declare: \(name): cannot convert indexed to associative array")
      return 1
    }
    var associative =
      state.variables[name]?.associative
      ?? AssociativeArray(declaredOnly: words == nil && entries == nil)
    if state.variables[name]?.associative == nil, let value = state.variables[name]?.value {
      associative["0"] = value  // `declare -A` keeps a scalar's value as key `0`
    }
    var pairs = entries ?? []
    if let words {
      for i in stride(from: 0, to: words.count, by: 2) {
        pairs.append((words[i], i + 1 < words.count ? words[i + 1] : ""))
      }
    }
    if entries != nil || words != nil {
      if !assignment.append { associative = AssociativeArray() }
      for (key, value) in pairs {
        guard !key.isEmpty else {
          shellError("\(name)[]: bad array subscript")
          continue
        }
        associative[key] = assignment.append ? (associative[key] ?? "") + value : value
      }
    }
    state.setAssociative(name, associative)
    return 0
  }

  func assignElement(_ assignment: ElementAssignment) throws(ShellSignal) -> Int32 {
    let name = assignment.element.name
    if var associative = state.variables[name]?.associative {
      let key: String
      let value: String
      do {
        key = try state.associativeKey(assignment.element.index)
        value = try state.expand(assignment.value)
      } catch {
        throw fatal(error)
      }
      guard !key.isEmpty else {
        shellError("\(name)[\(assignment.element.index)]: bad array subscript")
        return 1
      }
      associative[key] = assignment.append ? (associative[key] ?? "") + value : value
      state.setAssociative(name, associative)
      return 0
    }
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
    if var associative = state.variables[element.name]?.associative {
      do {
        associative[try state.associativeKey(element.index)] = nil
      } catch {
        throw fatal(error)
      }
      state.setAssociative(element.name, associative)
      return 0
    }
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
