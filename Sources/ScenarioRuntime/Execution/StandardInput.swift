/// The bytes a shell (or a pipeline stage) reads on its standard input, and how far it has
/// read. A reference: a subshell reading from the same input advances it for its parent too,
/// as processes sharing a file descriptor do.
final class StandardInput: @unchecked Sendable {
  private let bytes: [UInt8]
  private var offset = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  var atEnd: Bool { offset >= bytes.count }

  /// Everything not read yet (a command reading its input to the end).
  func readAll() -> [UInt8] {
    defer { offset = bytes.count }
    return Array(bytes[min(offset, bytes.count)...])
  }

  /// The bytes up to `delimiter` (not included) and whether the delimiter was found; at the end
  /// of input, what was left.
  func read(upTo delimiter: UInt8) -> (bytes: [UInt8], foundDelimiter: Bool) {
    let start = offset
    while offset < bytes.count {
      if bytes[offset] == delimiter {
        offset += 1
        return (Array(bytes[start..<(offset - 1)]), true)
      }
      offset += 1
    }
    return (Array(bytes[start..<offset]), false)
  }
}
