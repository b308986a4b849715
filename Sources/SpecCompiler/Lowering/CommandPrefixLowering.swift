import Shell
import SpecModel

/// `command NAME ARG…` and `builtin NAME ARG…`: NAME runs as a builtin or a program the
/// runtime implements, never as the shell function of that name, so a wrapper can call
/// what it wraps (`curl() { command curl --retry 3 "$@"; }`). `command -v`/`-V` are lookups
/// (`CommandLookupCommand`).
extension LoweringContext {
  enum CommandPrefix {
    /// Not `command NAME …`/`builtin NAME …`.
    case absent
    /// An error was reported.
    case failed
    /// The statement without its prefix, and the name it runs.
    case runs(BashStatement, name: String)
  }

  mutating func commandPrefix(_ statement: BashStatement) -> CommandPrefix {
    guard case .call(let assignments, let arguments)? = statement.command,
      let first = arguments.first, let prefix = staticText(first),
      prefix == "command" || prefix == "builtin"
    else { return .absent }
    var rest = arguments.dropFirst()
    if let next = rest.first, staticText(next) == "--" { rest = rest.dropFirst() }
    guard let word = rest.first else { return .absent }
    guard let name = staticText(word) else {
      error(LoweringDiagnostic.nonLiteralCommandName, at: word.position)
      return .failed
    }
    // `command -v NAME`, `command -p …`: options, not a command name.
    if name.hasPrefix("-") && name.count > 1 && rest.count == arguments.count - 1 {
      return .absent
    }
    if prefix == "builtin" && !BashCommandNames.builtins.contains(name) {
      error(
        CommandDiagnostic.toolError(command: "builtin", message: "\(name): not a shell builtin"),
        at: word.position)
      return .failed
    }
    guard requireUntraced("'\(prefix) NAME'", at: first.position) else { return .failed }
    var inner = statement
    inner.command = .call(assignments: assignments, arguments: Array(rest))
    return .runs(inner, name: name)
  }

  /// `body` lowered as if no function were called `name`.
  mutating func bypassingFunction<T>(_ name: String, _ body: (inout LoweringContext) -> T) -> T {
    let had = functions.remove(name) != nil
    defer { if had { functions.insert(name) } }
    return body(&self)
  }
}
