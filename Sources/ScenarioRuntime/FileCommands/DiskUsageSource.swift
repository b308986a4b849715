import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `du [-abcksh] [--apparent-size] [-d N] [FILE…]` as coreutils 9.1: each directory's total
/// after its entries (directory order, as `fts` reads them), files too with `-a`, only the
/// operands with `-s`; disk usage from the allocated blocks (`-b`, `--apparent-size`: sizes);
/// 1024-byte units rounded up, bytes with `-b`, `-h` as `4.0K`/`12M`; a file with several
/// names counted once.
enum DiskUsageSource {
  struct Options {
    var apparent = false
    var unit: Unit = .kilobytes
    var all = false
    var maxDepth: Int?
  }

  enum Unit { case bytes, kilobytes, human }

  static func run(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport
  ) {
    var options = Options()
    for found in parsed.options {
      switch found.key {
      case "bytes":
        options.apparent = true
        options.unit = .bytes
      case "apparent-size": options.apparent = true
      case "kilobytes": options.unit = .kilobytes
      case "human-readable": options.unit = .human
      case "all": options.all = true
      case "summarize": options.maxDepth = 0
      case "max-depth":
        guard let depth = Int(found.value ?? ""), depth >= 0 else {
          report.fail("invalid maximum depth \(context.quote(found.value ?? ""))")
          return
        }
        options.maxDepth = depth
      default: break
      }
    }
    if parsed.has("summarize") && parsed.has("all") {
      report.usage("cannot both summarize and show all entries")
      return
    }
    var seen = Set<[UInt64]>()
    var total = 0
    for operand in parsed.operands.isEmpty ? ["."] : parsed.operands {
      total += walk(operand, depth: 0, options, context, &seen, &report)
    }
    if parsed.has("total") { report.print(format(total, options.unit) + "\ttotal") }
  }

  /// The usage of `name` and below, printing the lines its depth allows.
  private static func walk(
    _ name: String, depth: Int, _ options: Options, _ context: FileCommandContext,
    _ seen: inout Set<[UInt64]>, _ report: inout FileCommandReport
  ) -> Int {
    let path = context.absolute(name)
    guard let status = FileStatus(path, followLinks: false) else {
      report.fail("cannot access \(Quoting.always(name)): \(SystemError.current.description)")
      return 0
    }
    let key = [UInt64(status.raw.st_dev), UInt64(status.raw.st_ino)]
    if status.raw.st_nlink > 1 || status.isDirectory {
      guard seen.insert(key).inserted else { return 0 }
    }
    var size = options.apparent ? status.size : Int(status.raw.st_blocks) * 512
    if status.isDirectory {
      switch FileSystem.directoryEntries(path) {
      case .success(let names):
        for entry in names {
          size += walk(
            FilePath.join(name, entry), depth: depth + 1, options, context, &seen, &report)
        }
      case .failure(let error):
        report.fail("cannot read directory \(Quoting.always(name)): \(error.description)")
      }
    }
    let shown = depth <= (options.maxDepth ?? Int.max)
    if shown && (status.isDirectory || options.all || depth == 0) {
      report.print(format(size, options.unit) + "\t" + name)
    }
    return size
  }

  static func format(_ bytes: Int, _ unit: Unit) -> String {
    switch unit {
    case .bytes: return String(bytes)
    case .kilobytes: return String((bytes + 1023) / 1024)
    case .human: return human(bytes)
    }
  }

  /// gnulib's `human_readable` with `-h`'s options: powers of 1024, rounded up, one decimal
  /// below 10.
  static func human(_ bytes: Int) -> String {
    guard bytes >= 1024 else { return String(bytes) }
    let prefixes = ["K", "M", "G", "T", "P", "E"]
    var value = Double(bytes)
    var index = -1
    while value >= 1024 && index < prefixes.count - 1 {
      value /= 1024
      index += 1
    }
    // Rounded up to tenths below 10, else to units; rounding may reach the next power.
    if value < 10 {
      let tenths = (value * 10).rounded(.up) / 10
      if tenths < 10 { return tenthsText(tenths) + prefixes[index] }
      value = 10
    }
    var whole = value.rounded(.up)
    if whole >= 1024 && index < prefixes.count - 1 {
      whole = 1
      index += 1
      return "1.0" + prefixes[index]
    }
    return String(Int(whole)) + prefixes[index]
  }

  private static func tenthsText(_ tenths: Double) -> String {
    let scaled = Int((tenths * 10).rounded())
    return "\(scaled / 10).\(scaled % 10)"
  }
}
