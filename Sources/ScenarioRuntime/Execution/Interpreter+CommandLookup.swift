import Shell
import SpecModel

/// `command -v`/`-V`, `type` (`-t`, `-p`, `-a`), `declare -f`/`-F`: each name looked up as
/// bash does, in order: keyword, function, builtin, then an external command through `PATH`.
extension Interpreter {
  func lookUpCommands(_ lookup: CommandLookup) throws(ShellSignal) -> Int32 {
    let names = try expandWords(lookup.names)
    switch lookup.style {
    case .definitions, .functionNames: return listFunctions(lookup, names: names)
    default: break
    }
    var found = 0
    for name in names {
      if lookup.style == .all {
        let kinds = allKinds(of: name)
        for kind in kinds { describe(name, kind, lookup) }
        if kinds.isEmpty {
          shellError("type: \(name): not found")
        } else {
          found += 1
        }
        continue
      }
      guard let kind = kind(of: name) else {
        switch lookup.style {
        case .describe: shellError("type: \(name): not found")
        case .describeCommand: shellError("command: \(name): not found")
        default: break
        }
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
      case .filePath:
        if case .file(let path) = kind { stdoutTarget.write(path + "\n") }
      default:
        describe(name, kind, lookup)
      }
    }
    switch lookup.style {
    case .path: return found > 0 ? 0 : 1
    default: return found == names.count ? 0 : 1
    }
  }

  /// `NAME is a shell keyword`, `NAME is a function` and its definition, ….
  private func describe(_ name: String, _ kind: CommandKind, _ lookup: CommandLookup) {
    switch kind {
    case .keyword: stdoutTarget.write("\(name) is a shell keyword\n")
    case .function:
      stdoutTarget.write("\(name) is a function\n")
      if let definition = lookup.definitions[name] { stdoutTarget.write(definition + "\n") }
    case .builtin: stdoutTarget.write("\(name) is a shell builtin\n")
    case .file(let path): stdoutTarget.write("\(name) is \(path)\n")
    }
  }

  /// `declare -f` / `declare -F`: the named functions, or every function sorted by name.
  private func listFunctions(_ lookup: CommandLookup, names: [String]) -> Int32 {
    let listed = names.isEmpty ? state.functions.keys.sorted() : names
    var status: Int32 = 0
    for name in listed {
      guard state.functions[name] != nil else {
        status = 1
        continue
      }
      if lookup.style == .functionNames {
        stdoutTarget.write(names.isEmpty ? "declare -f \(name)\n" : name + "\n")
      } else if let definition = lookup.definitions[name] {
        stdoutTarget.write(definition + "\n")
      }
    }
    return status
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
    allKinds(of: name, first: true).first
  }

  /// Every kind `name` has, in bash's lookup order (the first only when `first`).
  func allKinds(of name: String, first: Bool = false) -> [CommandKind] {
    var kinds: [CommandKind] = []
    if BashCommandNames.keywords.contains(name) { kinds.append(.keyword) }
    if state.functions[name] != nil { kinds.append(.function) }
    if BashCommandNames.builtins.contains(name) { kinds.append(.builtin) }
    if first, !kinds.isEmpty { return kinds }
    let searchPath = state.value(of: "PATH") ?? ""
    kinds += BashCommandNames.paths(
      of: name, searchPath: searchPath, in: state.workingDirectory
    ).map { .file($0) }
    return kinds
  }
}
