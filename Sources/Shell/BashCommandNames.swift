import Foundation

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
    "paste", "rev", "tac", "comm", "cmp", "nl", "fold", "expr", "diff", "bc",
  ]

  /// Directories of `PATH` where `externalCommands` are found on a merged-`/usr` Debian system,
  /// when the machine running the scenario does not have the program itself (the runtime still
  /// runs it in-process).
  public static let commandDirectories: Set<String> = ["/usr/bin", "/bin"]

  /// Where `PATH` finds an external command the runtime implements: the first of its
  /// directories that holds them, nil when none does or the name is not one of them.
  public static func path(of name: String, searchPath: String, in workingDirectory: String)
    -> String?
  {
    paths(of: name, searchPath: searchPath, in: workingDirectory).first
  }

  /// Every path `PATH` finds an external command the runtime implements at, in `PATH` order
  /// (`type -a`): where this machine has an executable of that name, as bash finds it; where it
  /// has none anywhere on `PATH`, the `commandDirectories` on `PATH`. Relative entries are
  /// looked up from `workingDirectory` (the shell's, not the process's).
  public static func paths(
    of name: String, searchPath: String, in workingDirectory: String
  ) -> [String] {
    guard externalCommands.contains(name) else { return [] }
    var onDisk: [String] = []
    var modelled: [String] = []
    for entry in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
      // An empty entry is the current directory; bash adds a slash only where none ends it.
      let directory = entry.isEmpty ? "." : String(entry)
      let candidate = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      let absolute = candidate.hasPrefix("/") ? candidate : workingDirectory + "/" + candidate
      if isExecutableFile(absolute) { onDisk.append(candidate) }
      var bare = directory
      while bare.count > 1 && bare.hasSuffix("/") { bare.removeLast() }
      if commandDirectories.contains(bare) { modelled.append(candidate) }
    }
    return onDisk.isEmpty ? modelled : onDisk
  }

  /// What bash runs from `PATH`: an executable that is not a directory.
  static func isExecutableFile(_ path: String) -> Bool {
    var info = stat()
    return access(path, X_OK) == 0 && stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR
  }
}
