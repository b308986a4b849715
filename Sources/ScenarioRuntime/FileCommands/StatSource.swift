import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `stat [-L] -c FORMAT|--format=FORMAT|--printf=FORMAT FILE…` as coreutils 9.1: each file's
/// fields by directive (`%n %s %a %A %F %Y %X %Z %U %G %u %g %i %h %b %B`, with `-`, `0` and a
/// width), `-c` adding a newline, `--printf` reading backslash escapes and adding none; links
/// are not followed unless `-L`. A file it cannot stat is status 1.
enum StatSource {
  static func run(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport
  ) {
    guard let format = parsed.options.last(where: { ["format", "printf"].contains($0.key) })
    else {
      report.usage("the default stat layout is not supported; use -c FORMAT")
      return
    }
    guard !parsed.operands.isEmpty else {
      report.usage("missing operand")
      return
    }
    let printf = format.key == "printf"
    let text = format.value ?? ""
    for name in parsed.operands {
      guard
        let status = FileStatus(
          context.absolute(name), followLinks: parsed.has("dereference"))
      else {
        report.fail(
          "cannot statx \(Quoting.always(name)): \(SystemError.current.description)")
        continue
      }
      report.print(
        render(text, name: name, status, escapes: printf), terminator: printf ? "" : "\n")
    }
  }

  static func render(_ format: String, name: String, _ status: FileStatus, escapes: Bool)
    -> String
  {
    var out = ""
    var chars = Array(format)[...]
    while let c = chars.popFirst() {
      if c == "\\" && escapes {
        out += escape(&chars)
        continue
      }
      guard c == "%" else {
        out.append(c)
        continue
      }
      var flags = ""
      while let f = chars.first, "-0+ #'".contains(f) { flags.append(chars.removeFirst()) }
      var width = ""
      while let d = chars.first, d.isASCII, d.isNumber { width.append(chars.removeFirst()) }
      guard let directive = chars.popFirst() else {
        out.append("%")
        break
      }
      if directive == "%" {
        out.append("%")
        continue
      }
      guard let (value, numeric) = field(directive, name: name, status) else {
        out.append("?")
        continue
      }
      out += pad(value, flags: flags, width: Int(width) ?? 0, numeric: numeric)
    }
    return out
  }

  private static func pad(_ value: String, flags: String, width: Int, numeric: Bool) -> String {
    guard value.count < width else { return value }
    let fill = String(repeating: " ", count: width - value.count)
    if flags.contains("-") { return value + fill }
    if flags.contains("0") && numeric {
      let zeros = String(repeating: "0", count: width - value.count)
      return value.hasPrefix("-") ? "-" + zeros + value.dropFirst() : zeros + value
    }
    return fill + value
  }

  /// The directive's value and whether it is a number.
  private static func field(_ directive: Character, name: String, _ s: FileStatus)
    -> (String, Bool)?
  {
    switch directive {
    case "n": return (name, false)
    case "s": return (String(s.size), true)
    case "a": return (String(s.mode, radix: 8), true)
    case "A": return (typeLetter(s) + Interpreter.permissionText(s.mode), false)
    case "F": return (typeName(s), false)
    case "Y": return (String(s.modificationTime.tv_sec), true)
    case "X": return (String(s.accessTime.tv_sec), true)
    case "Z": return (String(s.changeTime.tv_sec), true)
    case "u": return (String(s.raw.st_uid), true)
    case "g": return (String(s.raw.st_gid), true)
    case "U":
      guard let entry = getpwuid(s.raw.st_uid) else { return ("UNKNOWN", false) }
      return (String(cString: entry.pointee.pw_name), false)
    case "G":
      guard let entry = getgrgid(s.raw.st_gid) else { return ("UNKNOWN", false) }
      return (String(cString: entry.pointee.gr_name), false)
    case "i": return (String(s.raw.st_ino), true)
    case "h": return (String(s.raw.st_nlink), true)
    case "b": return (String(s.raw.st_blocks), true)
    case "B": return ("512", true)
    default: return nil
    }
  }

  static func typeLetter(_ s: FileStatus) -> String {
    switch s.type {
    case S_IFDIR: "d"
    case S_IFLNK: "l"
    case S_IFIFO: "p"
    case S_IFSOCK: "s"
    case S_IFCHR: "c"
    case S_IFBLK: "b"
    default: "-"
    }
  }

  static func typeName(_ s: FileStatus) -> String {
    switch s.type {
    case S_IFREG: s.size == 0 ? "regular empty file" : "regular file"
    case S_IFDIR: "directory"
    case S_IFLNK: "symbolic link"
    case S_IFIFO: "fifo"
    case S_IFSOCK: "socket"
    case S_IFCHR: "character special file"
    case S_IFBLK: "block special file"
    default: "weird file"
    }
  }

  /// A backslash escape of `--printf` (the backslash read).
  private static func escape(_ chars: inout ArraySlice<Character>) -> String {
    guard let c = chars.popFirst() else { return "\\" }
    switch c {
    case "a": return "\u{07}"
    case "b": return "\u{08}"
    case "e": return "\u{1B}"
    case "f": return "\u{0C}"
    case "n": return "\n"
    case "r": return "\r"
    case "t": return "\t"
    case "v": return "\u{0B}"
    case "\\": return "\\"
    case "\"": return "\""
    case "0"..."7":
      var value = Int(String(c))!
      var count = 1
      while count < 3, let d = chars.first, ("0"..."7").contains(d) {
        value = value * 8 + Int(String(chars.removeFirst()))!
        count += 1
      }
      return String(UnicodeScalar(UInt8(value & 0xFF)))
    case "x":
      var value = 0
      var count = 0
      while count < 2, let d = chars.first, d.isHexDigit {
        value = value * 16 + d.hexDigitValue!
        chars.removeFirst()
        count += 1
      }
      if count == 0 { return "\\x" }
      return String(UnicodeScalar(UInt8(value)))
    default: return "\\" + String(c)
    }
  }
}
