import Foundation

/// One line handed to `NSRegularExpression`: its text, and the byte each UTF-16 offset of that
/// text starts at, so that matches map back to the line's exact bytes.
///
/// A byte that is not valid UTF-8 becomes a stand-in the translated patterns match nowhere
/// (see `POSIXRegex`).
struct RegexSubject {
  let text: String
  /// The text's length in UTF-16 code units.
  let length: Int
  /// Whether the line has bytes that are not valid UTF-8.
  let hasEncodingErrors: Bool
  /// `byteOffsets[u]`: where UTF-16 offset `u` starts in the line (`nil`: the same, ASCII).
  private let byteOffsets: [Int]?

  init(_ bytes: ArraySlice<UInt8>) {
    if bytes.allSatisfy({ $0 < 0x80 }) {
      text = String(decoding: bytes, as: UTF8.self)
      length = bytes.count
      hasEncodingErrors = false
      byteOffsets = nil
      return
    }
    var scalars = String.UnicodeScalarView()
    var offsets: [Int] = []
    offsets.reserveCapacity(bytes.count + 1)
    var errors = false
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let (decoded, size) = UTF8Decoding.scalar(in: buffer, at: index)
        let scalar: Unicode.Scalar
        if let decoded {
          scalar = decoded
        } else {
          scalar = Self.standIn(forInvalid: buffer[index])
          errors = true
        }
        scalars.append(scalar)
        offsets.append(index)
        if scalar.value > 0xFFFF { offsets.append(index) }
        index += size
      }
      offsets.append(buffer.count)
    }
    text = String(scalars)
    length = offsets.count - 1
    hasEncodingErrors = errors
    byteOffsets = offsets
  }

  /// glibc reads an invalid byte as the Latin-1 character of the same value when it decides
  /// whether a word starts or ends next to it.
  static func standIn(forInvalid byte: UInt8) -> Unicode.Scalar {
    switch byte {
    case 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF:
      return POSIXRegex.wordLikeInvalidByte
    default:
      return "\n"
    }
  }

  var fullRange: NSRange { NSRange(location: 0, length: length) }

  /// The bytes (relative to the line's start) of a UTF-16 range of the text.
  func bytes(of range: NSRange) -> Range<Int> {
    guard let byteOffsets else { return range.location..<(range.location + range.length) }
    return byteOffsets[range.location]..<byteOffsets[range.location + range.length]
  }

  /// The UTF-16 range of the character at `location` (< `length`): two units for a
  /// surrogate pair.
  func characterRange(at location: Int) -> NSRange {
    guard let byteOffsets, location + 1 < length else {
      return NSRange(location: location, length: 1)
    }
    let pair = byteOffsets[location + 1] == byteOffsets[location]
    return NSRange(location: location, length: pair ? 2 : 1)
  }

  /// The UTF-16 offset of the last character boundary at or before byte `offset` (0 when
  /// `offset` is negative).
  func location(atOrBeforeByte offset: Int) -> Int {
    guard offset > 0 else { return 0 }
    guard let byteOffsets else { return min(offset, length) }
    var low = 0
    var high = byteOffsets.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if byteOffsets[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    // Not inside a surrogate pair.
    while low > 0 && byteOffsets[low - 1] == byteOffsets[low] { low -= 1 }
    return low
  }

}
