/// What a command name is to bash 5.2 (`type -t`): its reserved words and builtins, and the
/// external commands this project's runtime implements, which a Debian machine has in
/// `/usr/bin` (`/bin` is the same directory there).
public enum BashCommandNames {
  /// `compgen -k` of bash 5.2.
  public static let keywords: Set<String> = [
    "if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do",
    "done", "in", "function", "time", "{", "}", "!", "[[", "]]", "coproc",
  ]

  /// `compgen -b` of bash 5.2.
  public static let builtins: Set<String> = [
    ".", ":", "[", "alias", "bg", "bind", "break", "builtin", "caller", "cd", "command", "compgen",
    "complete", "compopt", "continue", "declare", "dirs", "disown", "echo", "enable", "eval",
    "exec", "exit", "export", "false", "fc", "fg", "getopts", "hash", "help", "history", "jobs",
    "kill", "let", "local", "logout", "mapfile", "popd", "printf", "pushd", "pwd", "read",
    "readarray", "readonly", "return", "set", "shift", "shopt", "source", "suspend", "test",
    "times", "trap", "true", "type", "typeset", "ulimit", "umask", "unalias", "unset", "wait",
  ]

  /// The external commands the runtime runs itself (the compiler's command table, builtins
  /// aside).
  public static let externalCommands: Set<String> = [
    "awk", "base64", "basename", "cat", "chmod", "curl", "cut", "date", "dd", "dirname", "egrep",
    "fgrep", "grep", "mawk",
    "head", "jq", "md5sum", "mkdir", "mktemp", "openssl", "printenv", "realpath", "rm", "sed",
    "seq", "sha1sum", "sha256sum", "sleep", "sort", "tail", "tee", "timeout", "touch", "tr",
    "uniq", "uuidgen", "wc", "od", "xxd", "xargs",
  ]

  /// Directories of `PATH` where `externalCommands` are found on a merged-`/usr` Debian system.
  public static let commandDirectories: Set<String> = ["/usr/bin", "/bin"]

  /// Where `PATH` finds an external command the runtime implements: the first of its
  /// directories that holds them, nil when none does or the name is not one of them.
  public static func path(of name: String, searchPath: String) -> String? {
    paths(of: name, searchPath: searchPath).first
  }

  /// Every path `PATH` finds an external command the runtime implements at, in `PATH` order
  /// (`type -a`).
  public static func paths(of name: String, searchPath: String) -> [String] {
    guard externalCommands.contains(name) else { return [] }
    var found: [String] = []
    for directory in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
      var directory = String(directory)
      while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
      if commandDirectories.contains(directory) { found.append(directory + "/" + name) }
    }
    return found
  }
}
