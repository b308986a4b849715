import Shell
import SpecModel

/// `declare -f [NAME…]`, `typeset -f [NAME…]`, `declare -F [NAME…]`: the document's functions
/// as bash prints them (`BashFunctionPrinter`, at compile time) or their names.
extension LoweringContext {
  /// Nil when the declaration does not list functions (no `-f`/`-F`); `.some(nil)` after an
  /// error.
  mutating func functionListing(
    _ variant: String, options: [BashWord], assignments: [BashAssignment],
    at position: BashPosition
  ) -> Action?? {
    let flags = options.map { staticText($0) }
    guard ["declare", "typeset"].contains(variant),
      flags.contains(where: { $0 == "-f" || $0 == "-F" })
    else { return nil }
    guard flags.count == 1, let flag = flags[0] else {
      error(CommandDiagnostic.functionListingOptions(command: variant), at: position)
      return .some(nil)
    }
    var names: [Template] = []
    for assignment in assignments {
      guard assignment.value == nil, assignment.array == nil, assignment.index == nil else {
        error(
          CommandDiagnostic.functionListingTakesNames(command: variant, flag: flag),
          at: assignment.position)
        return .some(nil)
      }
      names.append(Template(literal: assignment.name))
    }
    let style: CommandLookup.Style = flag == "-f" ? .definitions : .functionNames
    return .some(CommandLookupCommand.lookup(style, names: names, at: position, context: &self))
  }
}
