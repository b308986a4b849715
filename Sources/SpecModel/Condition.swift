/// The expression of a `[ … ]`, `[[ … ]]` or `test` command.
public indirect enum Condition: Equatable, Hashable, Sendable {
  /// `-e -f -d -r -w -x -s FILE`, `-z -n STRING`.
  case unary(UnaryTest, Template)
  /// `= == != < >` on strings, `-eq -ne -lt -le -gt -ge` on integers, `=~` regex, `==` glob in `[[`.
  case binary(BinaryTest, Template, Template)
  /// `[ STRING ]`: true when non-empty.
  case nonEmpty(Template)
  /// `! x`. A chain of `!` is folded by parity when lowered.
  case not(Condition)
  /// `a -a b -a c`, `a && b && c`: true when every operand is (evaluated left to right, stopping
  /// at the first that is not). Flat, so a chain of any length needs no recursion.
  case and([Condition])
  /// `a -o b -o c`, `a || b || c`: true when any operand is, stopping at the first that is.
  case or([Condition])
  /// A `[[ … ]]` test whose words hold command substitutions: `steps` capture their output
  /// into the variables the test reads. They run only when the test is evaluated (bash expands
  /// a term when `&&`/`||` reach it), just before it; their statuses are not the test's.
  case substituted([Step], Condition)
}

extension Condition {
  /// `operands` joined by `and`; a single operand is itself.
  public static func all(_ operands: [Condition]) -> Condition {
    operands.count == 1 ? operands[0] : .and(operands)
  }

  /// `operands` joined by `or`; a single operand is itself.
  public static func any(_ operands: [Condition]) -> Condition {
    operands.count == 1 ? operands[0] : .or(operands)
  }

  /// `condition` under `count` negations: bash inverts once per `!`, so only the parity counts.
  public static func negated(_ condition: Condition, count: Int) -> Condition {
    count.isMultiple(of: 2) ? condition : .not(condition)
  }
}

public enum UnaryTest: String, Codable, Equatable, Hashable, Sendable {
  case exists = "-e"
  case regularFile = "-f"
  case directory = "-d"
  case readable = "-r"
  case writable = "-w"
  case
    executable = "-x"
  case nonEmptyFile = "-s"
  case emptyString = "-z"
  case nonEmptyString = "-n"
  case
    symbolicLink = "-L"
}

public enum BinaryTest: String, Codable, Equatable, Hashable, Sendable {
  case stringEqual = "="
  case stringNotEqual = "!="
  case stringLess = "<"
  case stringGreater = ">"
  /// `==`, `=`, `!=` in `[[ … ]]` with an unquoted right side: a glob pattern.
  case globMatch = "=="
  case regexMatch = "=~"
  case equal = "-eq"
  case notEqual = "-ne"
  case less = "-lt"
  case lessOrEqual = "-le"
  case greater = "-gt"
  case
    greaterOrEqual = "-ge"
  case newerThan = "-nt"
  case olderThan = "-ot"
}
