import Shell
import SpecModel

/// What `ArithmeticEvaluator` reads and writes: the shell's variables, and array elements by
/// their subscripted names (`a[i]`, `m[$key]`: `value(of:)` reads them).
extension ShellState: ArithmeticVariables {
  func isSetArray(_ name: String) -> Bool {
    !(elements(of: name) ?? []).isEmpty
  }

  mutating func setVariable(_ name: String, _ value: String) {
    let parameter = ParameterName(name)
    guard let index = parameter.index, parameter.isElement else { return assign(name, value) }
    let base = parameter.base
    if var associative = variables[base]?.associative {
      guard let key = try? associativeKey(index), !key.isEmpty else { return }
      associative[key] = value
      setAssociative(base, associative)
      return
    }
    // A subscript that does not evaluate, or reaches before the first element, assigns
    // nothing (bash reports `bad array subscript` and the expression goes on).
    guard let position = (try? self.index(index)).flatMap({ resolved($0, in: base) }) else {
      return
    }
    var array: [Int: String] = [:]
    for (i, v) in elements(of: base) ?? [] { array[i] = v }
    array[position] = value
    setElements(base, array)
  }
}
