import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `mv [-fnvT] [-t DIR] SRC… DEST` as coreutils 9.1 moves: `rename(2)`, into a directory
/// operand under the source's last name, refusing to move a directory into itself or to put a
/// directory over a file (and the reverse); across file systems the tree is copied (mode and
/// times kept) and the source removed. What the run had created keeps being the run's at its
/// new name (`FileLedger.recordMoved`).
enum MoveSource {
  static func run(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport
  ) {
    let noClobber =
      parsed.options.last { $0.key == "force" || $0.key == "no-clobber" }?.key
      == "no-clobber"
    let verbose = parsed.has("verbose")
    guard
      let targets = FileTargets(
        parsed, context, &report,
        intoDirectory: { FileStatus(context.absolute($0), followLinks: true)?.isDirectory == true }
      )
    else { return }
    let q = Quoting.always
    for (source, destination) in targets.pairs {
      let sourcePath = context.absolute(source)
      let destinationPath = context.absolute(destination)
      guard let info = FileStatus(sourcePath, followLinks: false) else {
        report.fail("cannot stat \(q(source)): \(SystemError.current.description)")
        continue
      }
      let existing = FileStatus(destinationPath, followLinks: false)
      if let existing {
        if existing.sameFile(as: info) {
          report.fail("\(q(source)) and \(q(destination)) are the same file")
          continue
        }
        if noClobber { continue }
        if info.isDirectory && !existing.isDirectory {
          report.fail(
            "cannot overwrite non-directory \(q(destination)) with directory \(q(source))")
          continue
        }
        if !info.isDirectory && existing.isDirectory {
          report.fail("cannot overwrite directory \(q(destination)) with non-directory")
          continue
        }
      }
      if info.isDirectory {
        let sourceReal = FilePath.resolved(source, context)
        let destinationReal = FilePath.resolved(destination, context)
        if destinationReal.hasPrefix(sourceReal + "/") {
          report.fail(
            "cannot move \(q(source)) to a subdirectory of itself, \(q(destination))")
          continue
        }
      }
      if rename(sourcePath, destinationPath) == 0 {
        FileLedger.recordMoved(from: sourcePath, to: destinationPath)
      } else if errno == EXDEV {
        var options = CopySource.Options()
        options.recursive = true
        options.preserve = true
        options.dereference = false
        if existing != nil { _ = FileSystem.removeTree(destinationPath) }
        guard CopySource.copy(source, to: destination, options, context, &report, topLevel: true)
        else { continue }
        if let error = FileSystem.removeTree(sourcePath) {
          report.fail("cannot remove \(q(source)): \(error.description)")
          continue
        }
      } else {
        report.fail(
          "cannot move \(q(source)) to \(q(destination)): \(SystemError.current.description)")
        continue
      }
      if verbose { report.print("renamed \(q(source)) -> \(q(destination))") }
    }
  }
}
