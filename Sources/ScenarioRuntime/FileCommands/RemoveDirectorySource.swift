import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `rmdir [-pv] [--ignore-fail-on-non-empty] DIR…` as coreutils 9.1: each empty directory
/// removed; `-p` then removes each parent named in the operand, stopping at the first that
/// fails.
enum RemoveDirectorySource {
  static func run(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport
  ) {
    let parents = parsed.has("parents")
    let ignoreNonEmpty = parsed.has("ignore-fail-on-non-empty")
    let verbose = parsed.has("verbose")
    guard !parsed.operands.isEmpty else {
      report.usage("missing operand")
      return
    }
    let q = Quoting.always
    func remove(_ name: String, parent: Bool) -> Bool {
      if verbose { report.print("rmdir: removing directory, \(q(name))") }
      guard rmdir(context.absolute(name)) == 0 else {
        let code = errno
        if ignoreNonEmpty && (code == ENOTEMPTY || code == EEXIST) { return false }
        let what = parent ? "directory " : ""
        report.fail("failed to remove \(what)\(q(name)): \(SystemError(code: code).description)")
        return false
      }
      return true
    }
    for operand in parsed.operands {
      guard remove(operand, parent: false), parents else { continue }
      var path = Substring(operand)
      while true {
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { break }
        path = path[..<slash]
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        if path.isEmpty || path == "/" { break }
        guard remove(String(path), parent: true) else { break }
      }
    }
  }
}
