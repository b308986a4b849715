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
    // `[KEY]=VALUE` gives one value at KEY; a word without a key its fields, at no key.
    var entries: [(key: String?, values: [String])]?
    if let keyed = assignment.entries {
      entries = []
      for entry in keyed {
        if let key = entry.key {
          entries?.append((try expand(key), [try expand(entry.value)]))
        } else {
          let fields = try expandWords([entry.value])
          entries?.append((nil, entry.split ? fields.flatMap(splitFields) : fields))
        }
      }
    }
    if assignment.local {
      guard state.declareLocal(name) else {
        shellError("local: can only be used in a function")
        return 1
      }
    }
    if assignment.associative || state.variables[name]?.associative != nil {
      if let list = entries, list.allSatisfy({ $0.key == nil }) {
        // Words only (`m=($v)`): key, value, key, value…
        return try assignAssociative(assignment, words: list.flatMap(\.values), entries: nil)
      }
      return try assignAssociative(assignment, words: words, entries: entries)
    }
    if let entries {
      // `[KEY]=VALUE` on a name that is not associative at run time: the key is an index; the
      // fields of a word without one take the indices after the previous element's.
      var array: [Int: String] = [:]
      var next = 0
      if assignment.append, let existing = state.elements(of: name) {
        for (i, v) in existing { array[i] = v }
        next = (existing.last?.index ?? -1) + 1
      }
      for (key, values) in entries {
        if let key {
          var index: Int
          do {
            index = try state.index(key)
          } catch {
            throw fatal(error)
          }
          if index < 0 {
            // Negative keys count back from the end of the list built so far; bash skips an
            // element before the first one, and goes on.
            index += (array.keys.max() ?? -1) + 1
            guard index >= 0 else {
              shellError("[\(key)]=\(values[0]): bad array subscript")
              // Under `set -e` bash then ends the shell, even where `set -e` is ignored.
              if state.errexit {
                recordFailure(line: currentLine, status: 1)
                throw .exit(1, failure: lastFailure)
              }
              continue
            }
          }
          next = index
        }
        for value in values {
          array[next] = value
          next += 1
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
    _ assignment: ArrayAssignment, words: [String]?, entries: [(key: String?, values: [String])]?
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
    var pairs: [(key: String, value: String)] = []
    for (key, values) in entries ?? [] {
      guard let key else {
        // A word without `[KEY]=`: bash says so and assigns the other entries.
        for value in values {
          shellError("\(name): \(value): must use subscript when assigning associative array")
        }
        continue
      }
      pairs.append((key, values[0]))
    }
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
      // An assignment error: bash drops the rest of the top-level command, and under `set -e`
      // (even where it is ignored) ends the shell.
      throw fatal(
        ExpansionError(
          message: "\(name)[\(assignment.element.index)]: bad array subscript",
          isFatal: state.errexit))
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
  func shift(_ word: Template) throws(ShellSignal) -> Int32 {
    let text = try expand(word)
    // bash's `legal_number`: a decimal integer (strtoimax: any white space before it, a sign),
    // then only blanks.
    let leading: Set<Character> = [" ", "\t", "\n", "\u{0B}", "\u{0C}", "\r"]
    let trimmed = text.drop { leading.contains($0) }.reversed().drop { $0 == " " || $0 == "\t" }
    guard let count = Int(String(trimmed.reversed())) else {
      shellError("shift: \(text): numeric argument required")
      return 1
    }
    guard count >= 0 else {
      shellError("shift: \(text): shift count out of range")
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
