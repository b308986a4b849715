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

  /// `bytes`, with the bytes in `invalid` (relative to its start) taken for encoding errors.
  init(_ bytes: ArraySlice<UInt8>, invalid: Range<Int>? = nil) {
    if invalid == nil, bytes.allSatisfy({ $0 < 0x80 }) {
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
        var (decoded, size) = UTF8Decoding.scalar(in: buffer, at: index)
        if let invalid, invalid.contains(index) || invalid.overlaps(index..<(index + size)) {
          (decoded, size) = (nil, 1)
        }
        let scalar = decoded ?? Self.standIn(forInvalid: buffer[index])
        if decoded == nil { errors = true }
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

  /// The bytes of the character at UTF-16 offset `location` (< `length`).
  func characterBytes(at location: Int) -> Range<Int> {
    guard let byteOffsets else { return location..<(location + 1) }
    var end = location + 1
    while end < length && byteOffsets[end] == byteOffsets[location] { end += 1 }
    return byteOffsets[location]..<byteOffsets[end]
  }
}
