import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `truncate [-c] -s [+-<>/%]SIZE[K|KB|KiB|M|…]|-r FILE FILE…` as coreutils 9.1: each file set
/// to the size, relative to its own with a prefix, created (mode 0666 less the umask, recorded
/// in the run's `FileLedger`) unless `-c`.
enum TruncateSource {
  static func run(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport
  ) {
    let noCreate = parsed.has("no-create")
    var adjust: Character?
    var size: Int?
    if let text = parsed.value("size") {
      var body = Substring(text)
      if let first = body.first, "+-<>/%".contains(first) {
        adjust = first
        body = body.dropFirst()
      }
      guard let value = parseSize(body) else {
        report.fail("Invalid number: \(context.quote(text))")
        return
      }
      if (adjust == "/" || adjust == "%") && value == 0 {
        report.fail("division by zero")
        return
      }
      size = value
    }
    if let reference = parsed.value("reference") {
      guard let status = FileStatus(context.absolute(reference), followLinks: true) else {
        report.fail("cannot stat \(context.quote(reference)): \(SystemError.current.description)")
        return
      }
      if size == nil {
        size = status.size
      } else if adjust == nil {
        report.usage("you must specify a relative '--size' with '--reference'")
        return
      }
    }
    guard let size else {
      report.usage(
        "you must specify either \(context.quote("--size")) or \(context.quote("--reference"))")
      return
    }
    guard !parsed.operands.isEmpty else {
      report.usage("missing file operand")
      return
    }
    let mode = 0o666 & ~context.umask
    for name in parsed.operands {
      let path = context.absolute(name)
      let fd: Int32
      if noCreate {
        fd = open(path, O_WRONLY | O_CLOEXEC)
        if fd < 0 && errno == ENOENT { continue }
      } else {
        let (opened, created) = FileLedger.open(path, flags: O_WRONLY | O_CLOEXEC, mode: mode)
        if created { _ = fchmod(opened, mode_t(mode)) }
        fd = opened
      }
      guard fd >= 0 else {
        report.fail(
          "cannot open \(Quoting.always(name)) for writing: \(SystemError.current.description)")
        continue
      }
      defer { FileSystem.close(fd) }
      var s = stat()
      _ = fstat(fd, &s)
      let current = Int(s.st_size)
      var target = size
      switch adjust {
      case "+": target = current + size
      case "-": target = max(0, current - size)
      case "<": target = min(current, size)
      case ">": target = max(current, size)
      case "/": target = current / size * size
      case "%": target = (current + size - 1) / size * size
      default: break
      }
      if ftruncate(fd, off_t(target)) != 0 {
        report.fail(
          "failed to truncate \(Quoting.always(name)) at \(target) bytes: "
            + SystemError.current.description)
      }
    }
  }

  /// A size with an optional multiplier suffix: `K` 1024, `KB` 1000, `KiB` 1024, up to `Y`.
  static func parseSize(_ text: Substring) -> Int? {
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, let number = Int(digits) else { return nil }
    let suffix = text.dropFirst(digits.count)
    guard !suffix.isEmpty else { return number }
    let letters = "KMGTPEZY"
    guard let letter = suffix.first, let power = letters.firstIndex(of: letter) else {
      return suffix == "b" ? number.multipliedReportingOverflow(by: 512).partialValue : nil
    }
    let exponent = letters.distance(from: letters.startIndex, to: power) + 1
    let base: Int
    switch suffix.dropFirst() {
    case "", "iB": base = 1024
    case "B": base = 1000
    default: return nil
    }
    var result = number
    for _ in 0..<exponent {
      let (product, overflow) = result.multipliedReportingOverflow(by: base)
      if overflow { return nil }
      result = product
    }
    return result
  }
}
