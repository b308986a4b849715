import Shell
import SpecModel

extension LoweringContext {
  /// The process id operands of `kill` and `wait` (`"$!"`, `"$pid"`). A job specification
  /// (`%1`) is an error: the runtime knows jobs by process id only.
  mutating func processIDs(_ words: ArraySlice<BashWord>) -> [Template]? {
    var pids: [Template] = []
    for word in words {
      if let text = staticText(word), text.hasPrefix("%") {
        error(CommandDiagnostic.jobSpecification(text), at: word.position)
        return nil
      }
      guard let pid = template(word) else { return nil }
      pids.append(pid)
    }
    return pids
  }
}
