import SpecModel

/// `wc -c`, `wc -l`, `wc -w` reading standard input: the number alone on a line (GNU pads
/// nothing when it prints a single count for standard input).
enum CountFilter {
  static func run(_ unit: CountUnit, input: [UInt8]) -> FilterResult {
    let count: Int
    switch unit {
    case .bytes: count = input.count
    case .lines: count = input.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    case .words: count = words(in: input)
    }
    return FilterResult(output: Array("\(count)\n".utf8))
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
