import Shell
import SpecModel

/// `command -v`, `type -t`, `type`: each name looked up as bash does, in order: keyword,
/// function, builtin, then an external command through `PATH`.
extension Interpreter {
  func lookUpCommands(_ lookup: CommandLookup) throws(ShellSignal) -> Int32 {
    let names = try expandWords(lookup.names)
    var found = 0
    for name in names {
      guard let kind = kind(of: name) else {
        if lookup.style == .describe { shellError("type: \(name): not found") }
        continue
      }
      found += 1
      switch lookup.style {
      case .path:
        if case .file(let path) = kind {
          stdoutTarget.write(path + "\n")
        } else {
          stdoutTarget.write(name + "\n")
        }
      case .kind:
        stdoutTarget.write(kind.word + "\n")
      case .describe:
        switch kind {
        case .keyword: stdoutTarget.write("\(name) is a shell keyword\n")
        case .function: stdoutTarget.write("\(name) is a function\n")
        case .builtin: stdoutTarget.write("\(name) is a shell builtin\n")
        case .file(let path): stdoutTarget.write("\(name) is \(path)\n")
        }
      }
    }
    switch lookup.style {
    case .path: return found > 0 ? 0 : 1
    case .kind, .describe: return found == names.count ? 0 : 1
    }
  }

  enum CommandKind {
    case keyword, function, builtin
    case file(String)

    var word: String {
      switch self {
      case .keyword: "keyword"
      case .function: "function"
      case .builtin: "builtin"
      case .file: "file"
      }
    }
  }

  func kind(of name: String) -> CommandKind? {
    if BashCommandNames.keywords.contains(name) { return .keyword }
    if state.functions[name] != nil { return .function }
    if BashCommandNames.builtins.contains(name) { return .builtin }
    if let path = BashCommandNames.path(of: name, searchPath: state.value(of: "PATH") ?? "") {
      return .file(path)
    }
    return nil
  }
}
