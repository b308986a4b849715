import SpecModel

/// How a command leaves the normal flow of its list: the unwinding bash does for `exit`,
/// `errexit`, `break`, `continue` and `return`, plus cancellation of the surrounding task.
enum ShellSignal: Error, Sendable {
  /// The shell (or the subshell running the command) ends with this status. `failure` is the
  /// step that ended it with a non-zero status.
  case exit(Int32, failure: FailurePoint?)
  /// `break N`: the innermost N loops end.
  case breakLoop(Int)
  /// `continue N`: the Nth enclosing loop goes on with its next iteration.
  case continueLoop(Int)
  /// `return [N]` from a function.
  case returnFromFunction(Int32)
  /// The task running the scenario (or a `timeout`, or a killed background job) was cancelled.
  case cancelled
  /// An expansion error bash does not treat as fatal (`${V:1:-5}`): the rest of the top-level
  /// command is dropped, `$?` is 1 and the script goes on with the next one.
  case commandAborted
}

/// An expansion bash refuses: `set -u` and an unset variable, `${NAME:?message}`, a negative
/// substring length. A fatal error in bash: the (sub)shell prints the message and exits with 1.
struct ExpansionError: Error, Sendable, Equatable {
  /// The text after bash's `bash: line N: ` prefix, without the newline.
  var message: String
  /// False for errors that only abort the current top-level command (`${V:1:-5}`).
  var isFatal = true
}
