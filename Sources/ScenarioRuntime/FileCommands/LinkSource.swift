import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `ln [-sfnvT] [-t DIR] TARGET… [LINK]` as coreutils 9.1 links: a hard link, or with `-s` a
/// symbolic link holding the target's text as written; into a directory operand under the
/// target's last name (with `-n` a link to a directory is not followed there); one operand
/// links in the working directory; `-f` replaces what is there. New links are recorded in the
/// run's `FileLedger`.
enum LinkSource {
  static func run(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport
  ) {
    let symbolic = parsed.has("symbolic")
    let force = parsed.has("force")
    let noDereference = parsed.has("no-dereference")
    let verbose = parsed.has("verbose")
    guard
      let targets = FileTargets(
        parsed, context, &report,
        intoDirectory: { name in
          let path = context.absolute(name)
          if noDereference, FileStatus(path, followLinks: false)?.isSymbolicLink == true {
            return false
          }
          return FileStatus(path, followLinks: true)?.isDirectory == true
        }, singleOperandLinksHere: true)
    else { return }
    let q = Quoting.always
    for (target, name) in targets.pairs {
      let targetPath = context.absolute(target)
      let linkPath = context.absolute(name)
      var targetInfo: FileStatus?
      if !symbolic {
        guard let info = FileStatus(targetPath, followLinks: false) else {
          report.fail("failed to access \(q(target)): \(SystemError.current.description)")
          continue
        }
        if info.isDirectory {
          report.fail("\(Quoting.ifNeeded(target)): hard link not allowed for directory")
          continue
        }
        targetInfo = info
      }
      if force, let existing = FileStatus(linkPath, followLinks: false) {
        if existing.isDirectory {
          report.fail("cannot overwrite directory \(q(name))")
          continue
        }
        if let targetInfo, existing.sameFile(as: targetInfo) {
          report.fail("\(q(target)) and \(q(name)) are the same file")
          continue
        }
        _ = unlink(linkPath)
      }
      let made = symbolic ? symlink(target, linkPath) : link(targetPath, linkPath)
      guard made == 0 else {
        let code = errno
        let reason = SystemError(code: code).description
        if symbolic {
          report.fail("failed to create symbolic link \(q(name)): \(reason)")
        } else if [EEXIST, EDQUOT, ENOSPC, EROFS].contains(code) {
          report.fail("failed to create hard link \(q(name)): \(reason)")
        } else {
          report.fail("failed to create hard link \(q(name)) => \(q(target)): \(reason)")
        }
        continue
      }
      // A hard link is one more name of an existing file: only a symbolic link is new.
      if symbolic { FileLedger.recordCreated(linkPath) }
      if verbose { report.print("\(q(name)) \(symbolic ? "->" : "=>") \(q(target))") }
    }
  }
}
