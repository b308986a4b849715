/// What the command that failed a scenario found, in values a report words: the status alone
/// says little (`EXIT1` is a false `jq -e`, a `grep -q` miss or a `[ ]` that did not hold).
public enum FailureVerdict: Sendable, Equatable, Codable {
  /// curl failed: its exit status, its message (`curl: (22) …`), the HTTP status if one came.
  case curl(exitCode: Int32, message: String, httpStatus: Int?)
  /// `jq -e` whose last output was `false` or `null` (status 1), or that printed nothing (4).
  case jqFalse(program: String, status: Int32, lastOutput: String?, input: Excerpt)
  /// `grep` found no line matching (or, with `-v`, none not matching) the pattern.
  case grepNoMatch(pattern: String, invert: Bool, input: Excerpt)
  /// `test`, `[ ]` or `[[ ]]` that did not hold: the comparisons with their expanded operands.
  case test([Comparison])
  /// Any other command: its name, status and the last line it wrote to standard error.
  case command(name: String, status: Int32, message: String)

  /// One operand test of a condition, with the values it compared.
  public struct Comparison: Sendable, Equatable, Codable {
    public var left: String
    /// `-eq`, `=`, `-z`, `-f`, …; `non-empty` for `[ STRING ]`.
    public var operation: String
    /// nil for a unary test.
    public var right: String?
    /// Under an odd number of `!`.
    public var negated: Bool

    public init(left: String, operation: String, right: String?, negated: Bool = false) {
      self.left = left
      self.operation = operation
      self.right = right
      self.negated = negated
    }
  }

  func mapText(_ transform: (String) -> String) -> FailureVerdict {
    func excerpt(_ value: Excerpt) -> Excerpt {
      Excerpt(text: transform(value.text), size: value.size)
    }
    switch self {
    case .curl(let code, let message, let status):
      return .curl(exitCode: code, message: transform(message), httpStatus: status)
    case .jqFalse(let program, let status, let output, let input):
      return .jqFalse(
        program: transform(program), status: status, lastOutput: output.map(transform),
        input: excerpt(input))
    case .grepNoMatch(let pattern, let invert, let input):
      return .grepNoMatch(pattern: transform(pattern), invert: invert, input: excerpt(input))
    case .test(let comparisons):
      return .test(
        comparisons.map {
          Comparison(
            left: transform($0.left), operation: $0.operation, right: $0.right.map(transform),
            negated: $0.negated)
        })
    case .command(let name, let status, let message):
      return .command(name: name, status: status, message: transform(message))
    }
  }
}
