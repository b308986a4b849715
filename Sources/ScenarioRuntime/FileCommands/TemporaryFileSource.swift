import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `mktemp [-d] [-u] [-q] [-t] [-p DIR|--tmpdir[=DIR]] [--suffix=SUFF] [TEMPLATE]` as coreutils
/// 9.1: the last run of `X`s (at least three) replaced until a new file (mode 0600) or directory
/// (0700) can be made, its name printed; without a template `tmp.XXXXXXXXXX` in `$TMPDIR` or
/// `/tmp`. What it makes is recorded in the run's `FileLedger` (`FileSystem.createTemporary`).
enum TemporaryFileSource {
  static func run(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport
  ) {
    let directory = parsed.has("directory")
    let dryRun = parsed.has("dry-run")
    let quiet = parsed.has("quiet")
    let legacy = parsed.has("t")
    var useDirectory = parsed.has("tmpdir") || legacy
    let given = parsed.value("tmpdir").flatMap { $0.isEmpty ? nil : $0 }
    guard parsed.operands.count <= 1 else {
      report.usage("too many templates")
      return
    }
    var template: String
    if let operand = parsed.operands.first {
      template = operand
    } else {
      template = "tmp.XXXXXXXXXX"
      useDirectory = true
    }
    var suffix = ""
    if let explicit = parsed.value("suffix") {
      guard template.hasSuffix("X") else {
        report.fail("with --suffix, template \(context.quote(template)) must end in X")
        return
      }
      suffix = explicit
    } else if let lastX = template.lastIndex(of: "X") {
      suffix = String(template[template.index(after: lastX)...])
      template = String(template[...lastX])
    }
    if template.reversed().prefix(while: { $0 == "X" }).count < 3 {
      report.fail("too few X's in template \(context.quote(template + suffix))")
      return
    }
    if useDirectory {
      if legacy && template.contains("/") {
        report.fail(
          "invalid template, \(context.quote(template + suffix)), contains directory separator")
        return
      }
      if template.hasPrefix("/") {
        report.fail(
          "invalid template, \(context.quote(template + suffix)); with --tmpdir, it may not be absolute"
        )
        return
      }
      let base =
        legacy
        ? context.temporaryDirectory ?? given ?? "/tmp"
        : given ?? context.temporaryDirectory ?? "/tmp"
      template = FilePath.join(base, template)
    }
    let randomCount = template.reversed().prefix(while: { $0 == "X" }).count
    let absolute = context.absolute(template)
    let created: Result<String, SystemError>
    if dryRun {
      created = FileSystem.temporaryName(template: absolute, suffix: suffix)
    } else {
      created = FileSystem.createTemporary(
        template: absolute, directory: directory, suffix: suffix)
    }
    switch created {
    case .success(let path):
      let random = path.dropLast(suffix.count).suffix(randomCount)
      report.print(String(template.dropLast(randomCount)) + random + suffix)
    case .failure(let error):
      report.status = 1
      if !quiet {
        let kind = directory ? "directory" : "file"
        report.fail(
          "failed to create \(kind) via template \(context.quote(template + suffix)): "
            + error.description)
      }
    }
  }
}
