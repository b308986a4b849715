import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `cp [-rRapfnLPdvT] [-t DIR] SRC… DEST` as coreutils 9.1 copies: a directory only with `-r`,
/// into a directory operand under the source's last name, symbolic links inside a copied tree
/// copied as links, a new file with the source's mode less the umask (`-p`, `-a`: the mode and
/// times kept), `-n` leaving an existing destination alone (status 0), `-f` removing a
/// destination it cannot open. Everything it creates is recorded in the run's `FileLedger`.
enum CopySource {
  struct Options {
    var recursive = false
    var preserve = false
    var force = false
    var noClobber = false
    var dereference = true
    var verbose = false
  }

  static func run(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport
  ) {
    var options = Options()
    var explicitDereference: Bool?
    for found in parsed.options {
      switch found.key {
      case "recursive": options.recursive = true
      case "archive":
        options.recursive = true
        options.preserve = true
        explicitDereference = false
      case "preserve": options.preserve = true
      case "force": options.force = true
      case "no-clobber": options.noClobber = true
      case "dereference": explicitDereference = true
      case "no-dereference": explicitDereference = false
      case "verbose": options.verbose = true
      default: break
      }
    }
    // Without -L or -P, a recursive copy copies links as links (command-line ones too).
    options.dereference = explicitDereference ?? !options.recursive
    guard
      let targets = FileTargets(
        parsed, context, &report,
        intoDirectory: { FileStatus(context.absolute($0), followLinks: true)?.isDirectory == true }
      )
    else { return }
    for (source, destination) in targets.pairs {
      copy(source, to: destination, options, context, &report, topLevel: true)
    }
  }

  /// Copies `source` to `destination` (names as written); false after an error (reported).
  @discardableResult
  static func copy(
    _ source: String, to destination: String, _ options: Options, _ context: FileCommandContext,
    _ report: inout FileCommandReport, topLevel: Bool
  ) -> Bool {
    let q = Quoting.always
    let sourcePath = context.absolute(source)
    let destinationPath = context.absolute(destination)
    guard let info = FileStatus(sourcePath, followLinks: options.dereference) else {
      report.fail("cannot stat \(q(source)): \(SystemError.current.description)")
      return false
    }
    if info.isDirectory && !options.recursive {
      report.fail("-r not specified; omitting directory \(q(source))")
      return false
    }
    let existing = FileStatus(destinationPath, followLinks: !info.isSymbolicLink)
    if let existing, existing.sameFile(as: info) {
      report.fail("\(q(source)) and \(q(destination)) are the same file")
      return false
    }
    if info.isDirectory {
      if let existing, !existing.isDirectory {
        report.fail(
          "cannot overwrite non-directory \(q(destination)) with directory \(q(source))")
        return false
      }
      let sourceReal = FilePath.resolved(source, context)
      let destinationReal = FilePath.resolved(destination, context)
      if destinationReal == sourceReal || destinationReal.hasPrefix(sourceReal + "/") {
        // cp makes the destination, then finds it inside what it copies.
        if existing == nil, mkdir(destinationPath, 0o700) == 0 {
          FileLedger.recordCreated(destinationPath)
          _ = chmod(destinationPath, mode_t(info.mode & 0o777 & ~context.umask))
        }
        report.fail(
          "cannot copy a directory, \(q(source)), into itself, \(q(destination))")
        return false
      }
      if existing == nil {
        if mkdir(destinationPath, 0o700) != 0 {
          report.fail(
            "cannot create directory \(q(destination)): \(SystemError.current.description)")
          return false
        }
        FileLedger.recordCreated(destinationPath)
        if options.verbose { report.print("\(q(source)) -> \(q(destination))") }
      }
      var ok = true
      for name in (try? FileSystem.directoryEntries(sourcePath).get()) ?? [] {
        if !copy(
          FilePath.join(source, name), to: FilePath.join(destination, name), options, context,
          &report, topLevel: false)
        {
          ok = false
        }
      }
      if existing == nil || options.preserve {
        let mode = options.preserve ? info.mode : info.mode & 0o777 & ~context.umask
        _ = chmod(destinationPath, mode_t(mode))
      }
      if options.preserve { setTimes(destinationPath, info) }
      return ok
    }
    if let existing, existing.isDirectory {
      report.fail("cannot overwrite directory \(q(destination)) with non-directory")
      return false
    }
    if existing != nil && options.noClobber { return true }
    if info.isSymbolicLink {
      return copyLink(
        source, sourcePath, to: destination, destinationPath, existing, context, &report)
    }
    if existing == nil && destination.hasSuffix("/") {
      report.fail(
        "cannot create regular file \(q(destination)): \(SystemError.notDirectory.description)")
      return false
    }
    let bytes: [UInt8]
    switch FileSystem.readFile(sourcePath) {
    case .success(let content): bytes = content
    case .failure(let error):
      report.fail("cannot open \(q(source)) for reading: \(error.description)")
      return false
    }
    var (fd, created) = FileLedger.open(
      destinationPath, flags: O_WRONLY | O_TRUNC | O_CLOEXEC, mode: 0o600)
    if fd < 0, existing != nil, options.force, unlink(destinationPath) == 0 {
      (fd, created) = FileLedger.open(
        destinationPath, flags: O_WRONLY | O_TRUNC | O_CLOEXEC, mode: 0o600)
    }
    guard fd >= 0 else {
      let verb = existing == nil ? "create regular file" : "open"
      let suffix = existing == nil ? "" : " for writing"
      report.fail("cannot \(verb) \(q(destination))\(suffix): \(SystemError.current.description)")
      return false
    }
    FileSystem.writeAll(fd, bytes)
    if created || options.preserve {
      let mode = options.preserve ? info.mode : info.mode & 0o777 & ~context.umask
      _ = fchmod(fd, mode_t(mode))
    }
    FileSystem.close(fd)
    if options.preserve { setTimes(destinationPath, info) }
    if options.verbose { report.print("\(q(source)) -> \(q(destination))") }
    return true
  }

  /// A symbolic link copied as a link, with the same target text.
  private static func copyLink(
    _ source: String, _ sourcePath: String, to destination: String, _ destinationPath: String,
    _ existing: FileStatus?, _ context: FileCommandContext, _ report: inout FileCommandReport
  ) -> Bool {
    let q = Quoting.always
    guard let target = linkTarget(sourcePath) else {
      report.fail("cannot read symbolic link \(q(source)): \(SystemError.current.description)")
      return false
    }
    if existing != nil { _ = unlink(destinationPath) }
    guard symlink(target, destinationPath) == 0 else {
      report.fail(
        "cannot create symbolic link \(q(destination)): \(SystemError.current.description)")
      return false
    }
    FileLedger.recordCreated(destinationPath)
    return true
  }

  /// The text of a symbolic link.
  static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink(path, &buffer, buffer.count - 1)
    guard length >= 0 else { return nil }
    return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The access and modification times of `info` on `path` (`-p`).
  static func setTimes(_ path: String, _ info: FileStatus) {
    let times = [info.accessTime, info.modificationTime]
    _ = utimensat(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW)
  }
}
