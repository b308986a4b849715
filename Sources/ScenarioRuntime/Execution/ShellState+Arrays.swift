import SpecModel

/// Indexed arrays and word lists: `${a[i]}`, `"${a[@]}"`, `"$@"`, `${#a[@]}`, `${!a[@]}`,
/// `"${a[@]:1:2}"`, and the fields a word expands to when it holds such a list.
extension ShellState {
  /// The elements of `name` in index order: an array's, a scalar's as element 0, `nil` when unset.
  func elements(of name: String) -> [(index: Int, value: String)]? {
    guard let variable = variables[name] else { return nil }
    if let associative = variable.associative {
      if associative.isDeclaredOnly { return nil }
      // Positions in listing order: counts and slices see them as bash does.
      return associative.entries.enumerated().map { ($0.offset, $0.element.value) }
    }
    if let array = variable.array {
      return array.keys.sorted().map { ($0, array[$0]!) }
    }
    return variable.value.map { [(0, $0)] }
  }

  /// Replaces the elements of the associative array `name` (keeping its export flag).
  mutating func setAssociative(_ name: String, _ associative: AssociativeArray) {
    let exported = variables[name]?.exported ?? false
    variables[name] = ShellVariable(
      value: associative["0"], exported: exported, associative: associative)
  }

  /// The key an associative array's subscript names: its text is a template (`${k}`, `a b`).
  mutating func associativeKey(_ text: String) throws(ExpansionError) -> String {
    let key: Template
    do {
      // Arithmetic keeps `$k` as written (`$(( ${m[$k]} + 1 ))`): read it as `${k}`.
      key = try TemplateSyntax.parse(Self.bracingNames(text))
    } catch {
      throw ExpansionError(message: "\(text): bad array subscript")
    }
    return try expand(key)
  }

  /// Replaces the elements of `name` (keeping its export flag).
  mutating func setElements(_ name: String, _ array: [Int: String]) {
    let exported = variables[name]?.exported ?? false
    variables[name] = ShellVariable(value: array[0], exported: exported, array: array)
  }

  /// `$NAME` written `${NAME}` (escaped `\$` kept), as templates write variables.
  private static func bracingNames(_ text: String) -> String {
    var out = ""
    var chars = text[...]
    while let c = chars.popFirst() {
      out.append(c)
      if c == "\\", let next = chars.popFirst() {
        out.append(next)
      } else if c == "$", let next = chars.first, next == "_" || (next.isASCII && next.isLetter) {
        let name = chars.prefix { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        chars = chars.dropFirst(name.count)
        out += "{\(name)}"
      }
    }
    return out
  }

  /// The value of an index expression: bash arithmetic (`ArithmeticEvaluator`), with its errors
  /// (`i: unbound variable` under `set -u`, `1/n: division by 0 …`).
  mutating func index(_ text: String) throws(ExpansionError) -> Int {
    let expression: ArithmeticExpression
    do {
      expression = try ArithmeticParser.parse(text)
    } catch {
      throw ExpansionError(message: error.bashMessage(for: text))
    }
    do {
      return Int(truncatingIfNeeded: try arithmeticValue(expression, context: nil))
    } catch {
      // Unlike `$(( ))`, an error in a subscript ends the shell (`bash -c`, as the runner runs).
      var fatal = error
      fatal.isFatal = true
      throw fatal
    }
  }

  /// An element's position for reading or writing: negative indices count from the end.
  /// `nil` when a negative index reaches before the first element.
  func resolved(_ index: Int, in name: String) -> Int? {
    guard index < 0 else { return index }
    let last = elements(of: name)?.last?.index ?? -1
    let resolved = last + 1 + index
    return resolved < 0 ? nil : resolved
  }

  /// `${a[i]}` without errors (`nil` for an unset element or a bad index).
  func elementValue(_ reference: ParameterName) -> String? {
    var copy = self
    copy.nounset = false
    return (try? copy.lookupElement(reference)) ?? nil
  }

  /// `${a[i]}`: the element, or bash's errors (`a[5]: unbound variable`, `a: bad array subscript`).
  mutating func requiredElement(_ reference: ParameterName) throws(ExpansionError) -> String {
    if let value = try lookupElement(reference) { return value }
    if !nounset { return "" }
    throw ExpansionError(message: "\(reference.base)[\(reference.index ?? "")]: unbound variable")
  }

  /// `${a[i]}`: the element, `nil` when it is unset.
  private mutating func lookupElement(_ reference: ParameterName) throws(ExpansionError)
    -> String?
  {
    guard let indexText = reference.index else { return value(of: reference.base) }
    if reference.isWhole {
      return try arrayScalar(.variable(reference.base + "[" + indexText + "]"))
    }
    let base = reference.base
    if let associative = variables[base]?.associative {
      return associative[try associativeKey(indexText)]
    }
    guard let position = resolved(try index(indexText), in: base) else {
      throw ExpansionError(message: "\(base): bad array subscript")
    }
    return elements(of: base)?.first(where: { $0.index == position })?.value
  }

  /// The values `$@`/`$*` or `${a[@]}`/`${a[*]}` stand for, with their indices.
  private func wholeValues(_ reference: ParameterName) -> [(index: Int, value: String)] {
    if reference.isPositional {
      return positional.enumerated().map { ($0.offset + 1, $0.element) }
    }
    return elements(of: reference.base) ?? []
  }

  /// The separator of `"$*"` and `"${a[*]}"`: the first character of `IFS`.
  var joinSeparator: String {
    guard let ifs = value(of: "IFS") else { return " " }
    return ifs.first.map(String.init) ?? ""
  }

  /// The fields of a part that stands for a list (`"$@"`, `"${a[@]}"`, `"${!a[@]}"`,
  /// `"${a[@]:1:2}"`, `"${a[@]#x}"`, and their `*` forms, `joined`); `nil` for any other part.
  /// An unset array is an empty list, even under `set -u` (bash 5.2).
  mutating func listFields(_ part: TemplatePart) throws(ExpansionError)
    -> (fields: [String], joined: Bool)?
  {
    let name: String
    var operation: ParameterExpansion.Operation?
    switch part {
    case .variable(let n): name = n
    case .expansion(let e):
      name = e.name
      operation = e.operation
    default: return nil
    }
    let reference = ParameterName(name)
    guard reference.isWhole, operation != .length else { return nil }
    let values = wholeValues(reference)
    var fields: [String]
    switch operation {
    case nil:
      fields = values.map(\.value)
    case .indices?:
      if !reference.isPositional, let associative = variables[reference.base]?.associative {
        fields = associative.entries.map(\.key)
      } else {
        fields = values.map { String($0.index) }
      }
    case .substring(let offset, let length)?:
      fields = try slice(reference, values, offset: offset, length: length)
    case .useDefault(let word, let nullIsUnset)?:
      // `"${a[@]:-word}"`: the word when there is no element (or, with `:`, only empty ones).
      let isSet = nullIsUnset ? !values.allSatisfy(\.value.isEmpty) : !values.isEmpty
      if !isSet { return ([try expand(word)], reference.isJoined) }
      fields = values.map(\.value)
    case .useAlternative(let word, let nullIsUnset)?:
      let isSet = nullIsUnset ? !values.allSatisfy(\.value.isEmpty) : !values.isEmpty
      return (isSet ? [try expand(word)] : [], reference.isJoined)
    case let operation?:
      // `${a[@]#x}`, `${a[@]//x/y}`, `${a[@]^^}`: the operation on each element.
      fields = []
      let scratch = "\u{1}element"
      let saved = variables[scratch]
      for (_, value) in values {
        variables[scratch] = ShellVariable(value: value, exported: false)
        fields.append(
          try expand(
            Template([.expansion(ParameterExpansion(name: scratch, operation: operation))]))
        )
      }
      variables[scratch] = saved
    }
    return (fields, reference.isJoined)
  }

  /// `${@:offset:length}` (offset 0 is `$0`) and `${a[@]:offset:length}` (from the first element
  /// whose index is at least `offset`); negative offsets count from the end.
  private func slice(
    _ reference: ParameterName, _ values: [(index: Int, value: String)], offset: Int, length: Int?
  ) throws(ExpansionError) -> [String] {
    if let length, length < 0 {
      throw ExpansionError(message: "\(length): substring expression < 0", isFatal: false)
    }
    var selected: ArraySlice<(index: Int, value: String)>
    if reference.isPositional {
      let all = [(0, "bash")] + values
      let start = offset < 0 ? all.count + offset : offset
      guard start >= 0 else { return [] }
      selected = all.dropFirst(min(start, all.count))
    } else {
      let end = (values.last?.index ?? -1) + 1
      let start = offset < 0 ? end + offset : offset
      guard start >= 0 else { return [] }
      selected = values.drop { $0.index < start }
    }
    if let length { selected = selected.prefix(length) }
    return selected.map(\.value)
  }

  /// The scalar value of a part that names a list or an array count in a one-word context
  /// (`x="${a[@]}"`, `"$*"`, `${#a[@]}`); `nil` for any other part.
  mutating func arrayScalar(_ part: TemplatePart) throws(ExpansionError) -> String? {
    if case .expansion(let e) = part, e.operation == .length {
      let reference = ParameterName(e.name)
      guard reference.isWhole else { return nil }
      if reference.isPositional { return String(positional.count) }
      guard let values = elements(of: reference.base) else {
        if !nounset { return "0" }
        throw ExpansionError(message: "\(reference.base): unbound variable")
      }
      return String(values.count)
    }
    guard let list = try listFields(part) else { return nil }
    return list.fields.joined(separator: list.joined ? joinSeparator : " ")
  }

  /// The words a template expands to, as a double-quoted word does: one, except that a list
  /// (`"$@"`, `"${a[@]}"`) gives one word per element, the text before it joining the first and
  /// the text after it the last; an empty list with nothing around it gives no word at all.
  mutating func expandFields(_ template: Template) throws(ExpansionError) -> [String] {
    guard template.isWordList else { return [try expand(template)] }
    var fields: [String] = []
    var current = ""
    var started = false
    for part in template.parts {
      if part.isWordList, let list = try listFields(part), !list.joined {
        guard let first = list.fields.first else { continue }
        current += first
        started = true
        for field in list.fields.dropFirst() {
          fields.append(current)
          current = field
        }
      } else {
        current += try expand(Template([part]))
        started = true
      }
    }
    if started { fields.append(current) }
    return fields
  }
}
