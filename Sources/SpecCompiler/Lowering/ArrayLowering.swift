import Shell
import SpecModel

/// Arrays and word lists in lowering: `${a[i]}` and friends in templates, `a=(…)`, `a+=(…)`,
/// `a[i]=v`, `declare -a`, and the check that commands lowered to typed steps never receive a
/// word that expands to several words.
extension LoweringContext {
  enum ArrayReference {
    /// Lowering failed (reported).
    case failed
    /// The expansion is this part.
    case part(TemplatePart)
    /// The expansion with the subscript moved into its name (`a[i]`), to be lowered as usual.
    case renamed(BashParameterExpansion)
  }

  /// `${a[i]}`, `${a[@]}`, `${#a[@]}`, `${a[@]:1}`, `${!a[@]}`: the subscript joins the name, as
  /// bash reads `a[i]` as one parameter, so that every parameter expansion applies to it.
  mutating func arrayReference(_ e: BashParameterExpansion) -> ArrayReference {
    let index = e.index?.trimmingSpaces
    if e.indirect {
      guard let index, index == "@" || index == "*", e.operation == nil, e.slice == nil,
        e.replacement == nil, !e.length
      else {
        error(LoweringDiagnostic.indirectExpansion(name: e.name), at: e.position)
        return .failed
      }
      return .part(.expansion(ParameterExpansion(name: "\(e.name)[\(index)]", operation: .indices)))
    }
    guard let raw = index else { return .renamed(e) }
    guard let index = subscriptText(raw, of: e.name, at: e.position) else { return .failed }
    var renamed = e
    renamed.name = "\(e.name)[\(index)]"
    renamed.index = nil
    return .renamed(renamed)
  }

  /// The subscript of `name[raw]` as the runtime reads it: a key template for an associative
  /// array, an index expression otherwise; nil after an error.
  mutating func subscriptText(_ raw: String, of name: String, at position: BashPosition)
    -> String?
  {
    guard associativeArrays.contains(name), raw != "@", raw != "*" else {
      return validIndex(raw, at: position)
    }
    guard let word = BashParser.parseSubscript(raw) else {
      error(LoweringDiagnostic.unsupportedAssociativeKey(raw), at: position)
      return nil
    }
    // The key's parts carry positions within the subscript: its errors are reported at the
    // reference instead.
    let saved = (diagnostics, problems)
    guard let key = template(word) else {
      let message = problems.last?.message ?? "unsupported"
      (diagnostics, problems) = saved
      error(LoweringDiagnostic.invalidAssociativeKey(raw, reason: message), at: position)
      return nil
    }
    return TemplateSyntax.render(key)
  }

  /// An index the runtime evaluates as arithmetic, `$NAME` written `${NAME}` as templates
  /// write variables; nil after an error.
  mutating func validIndex(_ index: String, at position: BashPosition) -> String? {
    if index == "@" || index == "*" { return index }
    do {
      _ = try ArithmeticParser.parse(index)
      return index.replacing(/\$([A-Za-z_][A-Za-z0-9_]*)/) { "${\($0.output.1)}" }
    } catch {
      self.error(
        LoweringDiagnostic.unsupportedArrayIndex(index, reason: error.bashMessage(for: index)),
        at: position)
      return nil
    }
  }

  /// `NAME=(…)`, `NAME+=(…)`, `NAME[INDEX]=value`, `NAME+=value`.
  mutating func arrayAssignment(_ assignment: BashAssignment, local: Bool, line: Int) -> [Step] {
    var hoisted: [Step] = []
    if let elements = assignment.array {
      if assignment.index != nil {
        error(LoweringDiagnostic.listAssignedToElement, at: assignment.position)
        return []
      }
      for word in elements where Self.isKeyedAppend(word) {
        error(LoweringDiagnostic.appendToElementInList, at: word.position)
        return []
      }
      if associativeArrays.contains(assignment.name) {
        return associativeAssignment(assignment, elements: elements, local: local, line: line)
      }
      if elements.contains(where: { Self.keyedElement($0) != nil || Self.isSplit($0) }) {
        return indexedEntries(assignment, elements: elements, local: local, line: line)
      }
      guard let templates = elementTemplates(elements, hoisting: &hoisted, line: line) else {
        return []
      }
      return hoisted + [
        Step(
          line: line,
          .assignArray(
            ArrayAssignment(
              name: assignment.name, elements: templates, append: assignment.append, local: local)))
      ]
    }
    let valueWord = assignment.value ?? BashWord(position: assignment.position, parts: [])
    guard let words = hoist([valueWord], into: &hoisted, ignoreStatus: false, line: line),
      let value = template(words[0])
    else { return [] }
    if let raw = assignment.index?.trimmingSpaces {
      guard let index = subscriptText(raw, of: assignment.name, at: assignment.position) else {
        return []
      }
      if local {
        error(LoweringDiagnostic.localArrayElement, at: assignment.position)
        return []
      }
      return hoisted + [
        Step(
          line: line,
          .assignElement(
            ElementAssignment(
              element: ArrayElement(name: assignment.name, index: index), value: value,
              append: assignment.append)))
      ]
    }
    // `NAME+=value`: appended to the value (to element 0 of an array).
    let previous = TemplatePart.expansion(
      ParameterExpansion(
        name: assignment.name, operation: .useDefault(Template([]), nullIsUnset: false)))
    return hoisted + [
      Step(
        line: line,
        .assign(
          Assignment(
            name: assignment.name, value: Template([previous] + value.parts).normalized,
            local: local)))
    ]
  }

  /// `NAME=([I]=VALUE WORD …)` of an indexed array, and `NAME=($v $(cmd))`: each `[I]=VALUE`
  /// stores VALUE (one word, neither split nor globbed) at index I, each other word's fields go
  /// to the indices after the previous element's (split on `IFS` when the word is unquoted
  /// expansions).
  private mutating func indexedEntries(
    _ assignment: BashAssignment, elements: [BashWord], local: Bool, line: Int
  ) -> [Step] {
    var hoisted: [Step] = []
    var entries: [KeyedElement] = []
    for word in elements {
      guard let (keyWord, valueWord) = Self.keyedElement(word) else {
        let split = Self.isSplit(word)
        if split, word.parts.contains(where: Self.isQuoted) {
          error(LoweringDiagnostic.mixedQuotingInElement, at: word.position)
          return []
        }
        guard let values = elementTemplates([word], hoisting: &hoisted, line: line) else {
          return []
        }
        entries.append(KeyedElement(key: nil, value: values[0], split: split))
        continue
      }
      if let text = staticText(keyWord) {
        guard validIndex(text, at: word.position) != nil else { return [] }
      }
      guard let key = template(keyWord),
        let value = hoist([valueWord], into: &hoisted, ignoreStatus: false, line: line)
          .flatMap({ template($0[0]) })
      else { return [] }
      entries.append(KeyedElement(key: key, value: value))
    }
    return hoisted + [
      Step(
        line: line,
        .assignArray(
          ArrayAssignment(
            name: assignment.name, elements: nil, append: assignment.append, local: local,
            entries: entries)))
    ]
  }

  /// `declare -a NAME` / `local -a NAME` (`-A`: `associative`) without a value.
  func arrayDeclaration(_ assignment: BashAssignment, local: Bool, associative: Bool = false)
    -> Step
  {
    Step(
      line: stepLine(assignment.position),
      .assignArray(
        ArrayAssignment(
          name: assignment.name, elements: nil, local: local, associative: associative)))
  }

  /// The templates of an array's element words, their `$(…)` hoisted into `hoisted` first;
  /// nil after an error.
  private mutating func elementTemplates(
    _ elements: [BashWord], hoisting hoisted: inout [Step], line: Int
  ) -> [Template]? {
    guard let words = hoist(elements, into: &hoisted, ignoreStatus: false, line: line) else {
      return nil
    }
    var templates: [Template] = []
    for word in words {
      guard let t = template(word) else { return nil }
      templates.append(t)
    }
    return templates
  }

  /// `NAME=([KEY]=VALUE …)`, `NAME+=(…)`, `declare -A NAME=(…)` for an associative array.
  mutating func associativeAssignment(
    _ assignment: BashAssignment, elements: [BashWord], local: Bool, line: Int,
    declaration: Bool = false
  ) -> [Step] {
    if !elements.contains(where: { Self.keyedElement($0) != nil }) {
      // `NAME=(KEY VALUE KEY VALUE …)`: words taken in pairs at run time (bash 5.1+).
      var hoisted: [Step] = []
      guard let templates = elementTemplates(elements, hoisting: &hoisted, line: line) else {
        return []
      }
      return hoisted + [
        Step(
          line: line,
          .assignArray(
            ArrayAssignment(
              name: assignment.name, elements: templates, append: assignment.append, local: local,
              associative: declaration)))
      ]
    }
    var entries: [KeyedElement] = []
    for word in elements {
      guard let (keyWord, valueWord) = Self.keyedElement(word) else {
        error(LoweringDiagnostic.notKeyValueElement(staticText(word) ?? "…"), at: word.position)
        return []
      }
      guard let key = template(keyWord), let value = template(valueWord) else { return [] }
      entries.append(KeyedElement(key: key, value: value))
    }
    return [
      Step(
        line: line,
        .assignArray(
          ArrayAssignment(
            name: assignment.name, elements: nil, append: assignment.append, local: local,
            associative: declaration, entries: entries)))
    ]
  }

  /// A word bash splits into fields: one with an unquoted `$NAME`, `${…}` or `$(…)`.
  private static func isSplit(_ word: BashWord) -> Bool {
    word.parts.contains {
      switch $0 {
      case .parameter, .commandSubstitution: return true
      default: return false
      }
    }
  }

  private static func isQuoted(_ part: BashWordPart) -> Bool {
    switch part {
    case .singleQuoted, .doubleQuoted: return true
    default: return false
    }
  }

  /// `[KEY]+=VALUE` inside `(…)`.
  private static func isKeyedAppend(_ word: BashWord) -> Bool {
    guard case .literal(let first)? = word.parts.first, first.hasPrefix("[") else { return false }
    for part in word.parts {
      guard case .literal(let text) = part else { continue }
      if text.contains("]=") { return false }
      if text.contains("]+=") { return true }
    }
    return false
  }

  /// `[KEY]=VALUE`: the key's and the value's words (the key may hold quotes and expansions).
  private static func keyedElement(_ word: BashWord) -> (BashWord, BashWord)? {
    guard case .literal(let first)? = word.parts.first, first.hasPrefix("[") else { return nil }
    var parts = word.parts
    parts[0] = .literal(String(first.dropFirst()))
    for (i, part) in parts.enumerated() {
      guard case .literal(let text) = part, let close = text.range(of: "]=") else { continue }
      let before = String(text[..<close.lowerBound])
      let after = String(text[close.upperBound...])
      let key = Array(parts[..<i]) + (before.isEmpty ? [] : [.literal(before)])
      let value = (after.isEmpty ? [] : [BashWordPart.literal(after)]) + parts[(i + 1)...]
      return (
        BashWord(position: word.position, parts: key),
        BashWord(position: word.position, parts: value)
      )
    }
    return nil
  }

  /// Commands that take a word list at run time (`echo`, `printf`, `set`, `curl`, function calls).
  static let wordListCommands: Set<String> = Set(
    ["echo", "printf", "set", "curl", "getopts"] + FileCommandCall.Command.allCases.map(\.rawValue))

  /// Reports each argument of `call` that expands to several words (`"$@"`, `"${a[@]}"`), which
  /// the command's typed step cannot take; true when there is none.
  mutating func requireSingleWords(_ call: CommandCall) -> Bool {
    guard rejectGlobs(call.arguments, command: call.name) else { return false }
    guard !Self.wordListCommands.contains(call.name) else { return true }
    var ok = true
    for word in call.arguments {
      if let list = Self.wordList(in: word.parts, quoted: false) {
        error(
          LoweringDiagnostic.arrayExpandsToSeveralWords(list: list, command: call.name),
          at: word.position)
        ok = false
      }
    }
    return ok
  }

  /// The first expansion of `parts` that stands for several words, as written.
  private static func wordList(in parts: [BashWordPart], quoted: Bool) -> String? {
    for part in parts {
      switch part {
      case .doubleQuoted(let inner):
        if let found = wordList(in: inner, quoted: true) { return found }
      case .parameter(let e):
        let list = quoted ? ["@"] : ["@", "*"]
        if e.length { continue }
        if e.index == nil, list.contains(e.name) {
          return quoted ? "\"$\(e.name)\"" : "$\(e.name)"
        }
        if let index = e.index?.trimmingSpaces, list.contains(index) {
          let text = "${\(e.indirect ? "!" : "")\(e.name)[\(index)]…}"
          return quoted ? "\"\(text)\"" : text
        }
      default:
        continue
      }
    }
    return nil
  }
}

extension LoweringContext {
  /// `[[ -v NAME ]]`, `[[ -v a[i] ]]`, `[[ -v m[$k] ]]`: whether the variable or element is set,
  /// which `${NAME+x}` is not empty for.
  mutating func isSetCondition(_ word: BashWord, at position: BashPosition) -> Condition? {
    guard let text = staticText(word) ?? UnsetCommand.elementText(word) else {
      error(LoweringDiagnostic.testVariableNeedsLiteralName, at: position)
      return nil
    }
    var reference = ParameterName(text)
    guard ReadCommand.isName(reference.base) || Int(reference.base) != nil else {
      error(LoweringDiagnostic.testVariableInvalidName(text), at: position)
      return nil
    }
    if let index = reference.index {
      guard !reference.isWhole,
        let key = subscriptText(index, of: reference.base, at: word.position)
      else {
        if reference.isWhole {
          error(LoweringDiagnostic.testVariableUnsupported(text), at: position)
        }
        return nil
      }
      reference.index = key
    }
    let name = reference.index.map { "\(reference.base)[\($0)]" } ?? reference.base
    return .nonEmpty(
      Template([
        .expansion(
          ParameterExpansion(name: name, operation: .useAlternative("x", nullIsUnset: false)))
      ]))
  }
}
