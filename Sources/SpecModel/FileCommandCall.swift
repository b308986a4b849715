/// A file command (`cp`, `mv`, `ln`, `rmdir`, `readlink`, `mktemp`, `ls`, `stat`, `du`,
/// `truncate`) with its argument vector: the runtime expands the words and reads them with the
/// command's option table (`FileCommandOptions`), as GNU getopt does, then runs the command as
/// coreutils 9.1 does. The compiler checks the options it can see with the same table.
public struct FileCommandCall: Codable, Equatable, Hashable, Sendable {
  public enum Command: String, Codable, CaseIterable, Equatable, Hashable, Sendable {
    case cp, mv, ln, rmdir, readlink, mktemp, ls, stat, du, truncate, find

    /// Whether the command only looks at files (it reads them and changes nothing).
    public var onlyReads: Bool {
      switch self {
      case .readlink, .ls, .stat, .du, .find: true
      case .cp, .mv, .ln, .rmdir, .mktemp, .truncate: false
      }
    }
  }

  public var command: Command
  /// The arguments after the command name, one template per word as written (`"$@"` is one
  /// template that expands to one word per positional parameter).
  public var arguments: [Template]

  public init(command: Command, arguments: [Template]) {
    self.command = command
    self.arguments = arguments
  }
}
