import SpecModel

/// `wc -c`, `-l`, `-w`, `-m`, `-L` reading standard input: the number alone on a line (GNU pads
/// nothing when it prints a single count for standard input).
enum CountFilter {
  static func run(_ unit: CountUnit, input: [UInt8]) -> FilterResult {
    FilterResult(output: Array("\(count(unit, in: input))\n".utf8))
  }

  static func count(_ unit: CountUnit, in input: [UInt8]) -> Int {
    switch unit {
    case .bytes: return input.count
    case .lines: return input.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    case .words: return words(in: input)
    case .characters: return characters(in: input)
    case .maxLineLength: return maxLineLength(in: input)
    }
  }

  /// `wc -m` in a UTF-8 locale: valid characters; an invalid byte is not one.
  static func characters(in input: [UInt8]) -> Int {
    var count = 0
    input.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let (scalar, length) = UTF8Decoding.scalar(in: buffer, at: index)
        index += length
        if scalar != nil { count += 1 }
      }
    }
    return count
  }

  /// `wc -L`: the widest line's display width. Tabs go to the next multiple of 8; `\n`, `\r`
  /// and `\f` end a line; printable characters count their width (2 for East Asian wide ones,
  /// 0 for combining marks), others nothing.
  static func maxLineLength(in input: [UInt8]) -> Int {
    var widest = 0
    var position = 0
    input.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let (scalar, length) = UTF8Decoding.scalar(in: buffer, at: index)
        index += length
        guard let scalar else { continue }
        switch scalar.value {
        case 0x0A, 0x0D, 0x0C:
          widest = max(widest, position)
          position = 0
        case 0x09:
          position += 8 - position % 8
        case 0x20:
          position += 1
        default:
          position += displayWidth(scalar)
        }
      }
    }
    return max(widest, position)
  }

  private static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
    guard isPrintable(scalar) else { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  /// GNU wc 9's word count in a UTF-8 locale: a word starts at a printable character that is
  /// neither a space (`iswspace`) nor a non-breaking space; other characters (controls,
  /// invalid bytes) neither start nor end a word.
  static func words(in input: [UInt8]) -> Int {
    var words = 0
    var inWord = false
    input.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let (scalar, length) = UTF8Decoding.scalar(in: buffer, at: index)
        index += length
        guard let scalar else { continue }
        if isSpace(scalar) {
          inWord = false
        } else if isPrintable(scalar), !inWord {
          words += 1
          inWord = true
        }
      }
    }
    return words
  }

  /// glibc's `iswspace` in a UTF-8 locale, plus the non-breaking spaces wc also separates at.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x2028, 0x2029, 0x205F,
      0x3000:
      return true
    case 0xA0, 0x2007, 0x202F, 0x2060:
      return true
    default:
      return false
    }
  }

  /// An approximation of glibc's `iswprint`: everything but controls, surrogates and
  /// unassigned code points.
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .surrogate, .unassigned: return false
    default: return true
    }
  }
}
