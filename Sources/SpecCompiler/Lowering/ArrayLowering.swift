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
        error("indirect expansion ${!\(e.name)…} is not supported", at: e.position)
        return .failed
      }
      return .part(.expansion(ParameterExpansion(name: "\(e.name)[\(index)]", operation: .indices)))
    }
    guard let raw = index else { return .renamed(e) }
    guard let index = validIndex(raw, at: e.position) else { return .failed }
    var renamed = e
    renamed.name = "\(e.name)[\(index)]"
    renamed.index = nil
    return .renamed(renamed)
  }

  /// An index the runtime evaluates (`IndexExpression`), `$NAME` written `${NAME}` as templates
  /// write variables; nil after an error.
  mutating func validIndex(_ index: String, at position: BashPosition) -> String? {
    if index == "@" || index == "*" { return index }
    do {
      _ = try IndexExpression.parse(index)
      return index.replacing(/\$([A-Za-z_][A-Za-z0-9_]*)/) { "${\($0.output.1)}" }
    } catch {
      self.error("array index '\(index)' is not supported: \(error.message)", at: position)
      return nil
    }
  }

  /// `NAME=(…)`, `NAME+=(…)`, `NAME[INDEX]=value`, `NAME+=value`.
  mutating func arrayAssignment(_ assignment: BashAssignment, local: Bool, line: Int) -> [Step] {
    var hoisted: [Step] = []
    if let elements = assignment.array {
      if assignment.index != nil {
        error("an array element cannot be assigned a list", at: assignment.position)
        return []
      }
      for word in elements where Self.isKeyedElement(word) {
        error("keyed array elements '[INDEX]=value' are not supported", at: word.position)
        return []
      }
      guard let words = hoist(elements, into: &hoisted, ignoreStatus: false, line: line) else {
        return []
      }
      var templates: [Template] = []
      for word in words {
        guard let t = template(word) else { return [] }
        templates.append(t)
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
      guard let index = validIndex(raw, at: assignment.position) else { return [] }
      if local {
        error("'local' cannot declare an array element", at: assignment.position)
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

  /// `[INDEX]=value` inside `(…)`.
  private static func isKeyedElement(_ word: BashWord) -> Bool {
    guard case .literal(let text)? = word.parts.first else { return false }
    return text.hasPrefix("[") && text.contains("]=")
  }

  /// `declare -a NAME` / `local -a NAME` without a value.
  func arrayDeclaration(_ assignment: BashAssignment, local: Bool) -> Step {
    Step(
      line: stepLine(assignment.position),
      .assignArray(ArrayAssignment(name: assignment.name, elements: nil, local: local)))
  }

  /// Commands that take a word list at run time (`echo`, `printf`, `set`, `curl`, function calls).
  static let wordListCommands: Set<String> = ["echo", "printf", "set", "curl"]

  /// Reports each argument of `call` that expands to several words (`"$@"`, `"${a[@]}"`), which
  /// the command's typed step cannot take; true when there is none.
  mutating func requireSingleWords(_ call: CommandCall) -> Bool {
    guard !Self.wordListCommands.contains(call.name) else { return true }
    var ok = true
    for word in call.arguments {
      if let list = Self.wordList(in: word.parts, quoted: false) {
        error(
          "'\(list)' expands to several words, which '\(call.name)' cannot take as arguments yet; "
            + "pass each value as its own word",
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
