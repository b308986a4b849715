import SpecModel

/// What arithmetic expressions read and write: names read (an error under `set -u` when
/// unset), names assigned by `=`, `OP=`, `++` and `--`, and their `$NAME` expansions.
extension StepFacts {
  /// The names an array index (an arithmetic expression) reads; none when it does not parse.
  static func indexNames(_ index: String) -> [String] {
    (try? ArithmeticParser.parse(index))?.variableNames ?? []
  }

  mutating func read(_ expression: ArithmeticExpression?) {
    guard let expression else { return }
    for expansion in expression.expansions { read(Template([expansion.part])) }
    expression.forEachName { element, use in
      // An element (`a[i]`) uses its array as a variable, and reads its subscript's names.
      let parameter = ParameterName(element)
      let name = parameter.base
      for indexName in parameter.variables.dropFirst() {
        referenced.insert(indexName)
        required.insert(indexName)
      }
      referenced.insert(name)
      switch use {
      case .read, .increment, .assign(compound: true): required.insert(name)
      case .assign(compound: false): break
      }
      if use != .read { assigned.insert(name) }
    }
  }
}
