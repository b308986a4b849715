/// One output of a run (standard output or a `w` file). A line written without its
/// separator (the input's last line had none) gets it before anything else is written, as
/// GNU sed's `output_missing_newline`.
struct SedOutput {
  var bytes: [UInt8] = []
  var separator: UInt8 = 0x0A
  private var missingSeparator = false

  init(separator: UInt8) { self.separator = separator }

  /// The pattern space (or part of it), with its separator when `terminated`.
  mutating func writeLine<C: Collection>(_ line: C, terminated: Bool) where C.Element == UInt8 {
    completeLine()
    bytes += line
    if terminated { bytes.append(separator) } else { missingSeparator = true }
  }

  /// Text that carries its own newlines (`a`, `i`, `c`, `=`, `l`, `r`).
  mutating func write(_ text: [UInt8]) {
    completeLine()
    bytes += text
  }

  private mutating func completeLine() {
    if missingSeparator {
      bytes.append(separator)
      missingSeparator = false
    }
  }

  /// `l`: the pattern space unambiguously, folded at `width` (0 or less: not folded), up to
  /// its final `$`.
  static func list(_ space: [UInt8], width: Int) -> [UInt8] {
    var output: [UInt8] = []
    var column = 0
    for byte in space {
      let escape: [UInt8]
      switch byte {
      case 0x5C: escape = Array("\\\\".utf8)
      case 0x07: escape = Array("\\a".utf8)
      case 0x08: escape = Array("\\b".utf8)
      case 0x0C: escape = Array("\\f".utf8)
      case 0x0A: escape = Array("\\n".utf8)
      case 0x0D: escape = Array("\\r".utf8)
      case 0x09: escape = Array("\\t".utf8)
      case 0x0B: escape = Array("\\v".utf8)
      case 0x20...0x7E: escape = [byte]
      default:
        let octal = String(byte, radix: 8)
        escape = Array(("\\" + String(repeating: "0", count: 3 - octal.count) + octal).utf8)
      }
      if width > 0, column + escape.count > width - 1 {
        output += Array("\\\n".utf8)
        column = 0
      }
      output += escape
      column += escape.count
    }
    return output + [UInt8(ascii: "$")]
  }
}
