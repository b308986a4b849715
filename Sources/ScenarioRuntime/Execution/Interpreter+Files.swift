import Shell
import SpecModel

/// `mkdir -p`, `rm`, `chmod`, `touch`, `mktemp`, `cd` and `source .env`, with the messages of
/// coreutils and bash.
extension Interpreter {
  private func message(_ text: String) {
    stderrTarget.write(text + "\n")
  }

  private var utf8Locale: Bool { state.usesUTF8Locale }

  func makeDirectories(_ paths: [Template]) throws(ShellSignal) -> Int32 {
    var status: Int32 = 0
    let mode = 0o777 & ~state.umask
    for template in paths {
      let path = try expand(template)
      let components = path.split(separator: "/", omittingEmptySubsequences: true)
      var prefix = path.hasPrefix("/") ? "/" : ""
      for (index, component) in components.enumerated() {
        prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
        let absolute = state.absolutePath(prefix)
        let isLast = index == components.count - 1
        if let info = FileSystem.info(absolute) {
          if info.kind == .directory { continue }
          let error: SystemError = isLast ? .exists : .notDirectory
          message(
            "mkdir: cannot create directory \(Quoting.locale(prefix, utf8: utf8Locale)): "
              + error.description)
          status = 1
          break
        }
        if let error = FileSystem.makeDirectory(absolute, mode: mode) {
          message(
            "mkdir: cannot create directory \(Quoting.locale(prefix, utf8: utf8Locale)): "
              + error.description)
          status = 1
          break
        }
      }
      if components.isEmpty && !path.hasPrefix("/") {
        message(
          "mkdir: cannot create directory \(Quoting.locale(path, utf8: utf8Locale)): "
            + SystemError.notFound.description)
        status = 1
      }
    }
    return status
  }

  func remove(_ removal: Removal) throws(ShellSignal) -> Int32 {
    var status: Int32 = 0
    for template in removal.paths {
      let path = try expand(template)
      let absolute = path.isEmpty ? "" : state.absolutePath(path)
      let lastComponent = path.split(separator: "/").last.map(String.init) ?? path
      if removal.recursive && Self.normalize(absolute) == "/" {
        message("rm: it is dangerous to operate recursively on '/'")
        message("rm: use --no-preserve-root to override this failsafe")
        status = 1
        continue
      }
      if lastComponent == "." || lastComponent == ".." {
        message("rm: refusing to remove '.' or '..' directory: skipping \(Quoting.always(path))")
        status = 1
        continue
      }
      guard let info = FileSystem.info(absolute, followLinks: false) else {
        if !removal.force {
          message(
            "rm: cannot remove \(Quoting.always(path)): \(SystemError.notFound.description)")
          status = 1
        }
        continue
      }
      let error: SystemError?
      if info.kind == .directory {
        guard removal.recursive else {
          message(
            "rm: cannot remove \(Quoting.always(path)): \(SystemError.isDirectory.description)")
          status = 1
          continue
        }
        error = FileSystem.removeTree(absolute)
      } else {
        error = FileSystem.removeFile(absolute)
      }
      if let error {
        message("rm: cannot remove \(Quoting.always(path)): \(error.description)")
        status = 1
      }
    }
    return status
  }

  func changeMode(_ change: FileModeChange, _ paths: [Template]) throws(ShellSignal) -> Int32 {
    var status: Int32 = 0
    for template in paths {
      let path = try expand(template)
      let absolute = path.isEmpty ? "" : state.absolutePath(path)
      let mode: Int
      // What the mode would be without the umask: GNU chmod says so when the umask kept a bit
      // the symbolic mode asked to clear (`chmod -w` with umask 022 on a 0666 file).
      var naive: Int?
      switch change {
      case .octal(let octal): mode = octal
      case .symbolic(let symbolic):
        guard let info = FileSystem.info(absolute) else {
          let error = SystemError.current
          message("chmod: cannot access \(Quoting.always(path)): \(error.description)")
          status = 1
          continue
        }
        let directory = info.kind == .directory
        mode = symbolic.applied(to: info.mode, isDirectory: directory, umask: state.umask)
        naive = symbolic.applied(to: info.mode, isDirectory: directory, umask: 0)
      }
      if let error = FileSystem.changeMode(absolute, mode: mode) {
        if error == .notFound {
          message("chmod: cannot access \(Quoting.always(path)): \(error.description)")
        } else {
          message("chmod: changing permissions of \(Quoting.always(path)): \(error.description)")
        }
        status = 1
        continue
      }
      if let naive, mode & ~naive != 0 {
        message(
          "chmod: \(Quoting.ifNeeded(path)): new permissions are \(Self.permissionText(mode)), "
            + "not \(Self.permissionText(naive))")
        status = 1
      }
      if mode & 0o044 == 0 { registerPrivateContent(of: absolute) }
    }
    return status
  }

  /// `rwxr-x---` as `ls -l` and chmod's messages write mode bits (`s`/`S`, `t`/`T` for the
  /// setuid, setgid and sticky bits).
  static func permissionText(_ mode: Int) -> String {
    func triple(_ shift: Int, special: Int, set: Character, unset: Character) -> String {
      let bits = (mode >> shift) & 7
      let execute: Character =
        mode & special != 0 ? (bits & 1 != 0 ? set : unset) : (bits & 1 != 0 ? "x" : "-")
      return (bits & 4 != 0 ? "r" : "-") + (bits & 2 != 0 ? "w" : "-") + String(execute)
    }
    return triple(6, special: 0o4000, set: "s", unset: "S")
      + triple(3, special: 0o2000, set: "s", unset: "S")
      + triple(0, special: 0o1000, set: "t", unset: "T")
  }

  /// A file only its owner may read holds secrets (`CredentialOrigin`): they are masked from
  /// now on. Large or unreadable files and directories are left alone.
  func registerPrivateContent(of absolute: String) {
    guard let info = FileSystem.info(absolute), info.kind == .regular, info.size <= 1 << 20,
      case .success(let bytes) = FileSystem.readFile(absolute)
    else { return }
    run.addSecrets(CredentialOrigin.values(inPrivateContent: bytes))
  }

  func touch(_ paths: [Template]) throws(ShellSignal) -> Int32 {
    var status: Int32 = 0
    for template in paths {
      let path = try expand(template)
      let absolute = path.isEmpty ? "" : state.absolutePath(path)
      if let error = FileSystem.touch(absolute, mode: 0o666 & ~state.umask) {
        message("touch: cannot touch \(Quoting.always(path)): \(error.description)")
        status = 1
      }
    }
    return status
  }

  /// `NAME=$(mktemp [-d] [TEMPLATE])`: the command `mktemp` (`TemporaryFileSource`), its name
  /// stored without the newline; the variable is empty when creation fails.
  func makeTemporary(_ temporary: TemporaryFile) throws(ShellSignal) -> Int32 {
    var arguments = temporary.directory ? ["-d"] : []
    if let given = temporary.template { arguments += ["--", try expand(given)] }
    let result = FileCommandRunner.run(
      .mktemp, arguments: arguments, context: FileCommandContext(state))
    stderrTarget.write(String(decoding: result.stderr, as: UTF8.self))
    setVariable(temporary.variable, String(decoding: result.output.dropLast(), as: UTF8.self))
    return result.status
  }

  func changeDirectory(_ template: Template) throws(ShellSignal) -> Int32 {
    let path = try expand(template)
    if path.isEmpty { return 0 }
    let target = Self.normalize(state.absolutePath(path))
    guard let info = FileSystem.info(target) else {
      shellError("cd: \(path): \(SystemError.notFound.description)")
      return 1
    }
    guard info.kind == .directory else {
      shellError("cd: \(path): \(SystemError.notDirectory.description)")
      return 1
    }
    guard FileSystem.isAccessible(target, FileSystem.executable) else {
      shellError("cd: \(path): \(SystemError(code: 13).description)")
      return 1
    }
    state.assign("OLDPWD", state.workingDirectory)
    state.workingDirectory = target
    state.assign("PWD", target)
    return 0
  }

  /// A path with `.`, `..` and repeated slashes resolved textually, as bash's logical `cd`.
  static func normalize(_ path: String) -> String {
    var components: [Substring] = []
    for component in path.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": _ = components.popLast()
      default: components.append(component)
      }
    }
    return "/" + components.joined(separator: "/")
  }

  /// `set -a; source FILE; set +a`: every assignment is exported and its value is a secret.
  func loadEnvironmentFile(_ template: Template) throws(ShellSignal) -> Int32 {
    let path = try expand(template)
    let bytes: [UInt8]
    switch FileSystem.readFile(path.isEmpty ? "" : state.absolutePath(path)) {
    case .success(let content): bytes = content
    case .failure(let error):
      shellError("\(path): \(error.description)")
      return 1
    }
    var status: Int32 = 0
    for entry in EnvironmentFileParser.parse(String(decoding: bytes, as: UTF8.self)) {
      switch entry {
      case .assign(let name, let value, _):
        let text = try expand(value)
        run.addSecret(text)
        setVariable(name, text, exported: true)
        status = 0
      case .export(let name, _):
        state.export(name)
        status = 0
      case .unsupported(let reason, let line):
        // Not something bash would run the same way here: say so, as a failure.
        message("\(path): line \(line): not supported in an environment file: \(reason)")
        status = 1
        if state.errexit && !errexitIgnored {
          recordFailure(line: currentLine, status: status)
          throw .exit(status, failure: lastFailure)
        }
      case .command(let name, let line):
        message("\(path): line \(line): \(name): command not found")
        status = 127
        if state.errexit && !errexitIgnored {
          recordFailure(line: currentLine, status: status)
          throw .exit(status, failure: lastFailure)
        }
      }
    }
    return status
  }
}
