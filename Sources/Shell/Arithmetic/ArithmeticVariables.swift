import SpecModel

/// The shell state arithmetic reads and writes (`ArithmeticEvaluator`): variables, `set -u`, and
/// the expansions inside an expression (`$(( ${X:-1} + 1 ))`).
package protocol ArithmeticVariables {
  associatedtype ExpansionFailure: Error
  /// The value of a variable, `nil` when unset.
  func value(of name: String) -> String?
  /// Whether `name` is an array with at least one element (its element 0 may be unset).
  func isSetArray(_ name: String) -> Bool
  /// Sets a variable (`x=1`, `x++`).
  mutating func setVariable(_ name: String, _ value: String)
  /// Whether `set -u` is on: an unset name is an error.
  var nounset: Bool { get }
  /// The text of an expansion.
  mutating func expand(_ template: Template) throws(ExpansionFailure) -> String
}
