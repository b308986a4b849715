/// What a command of a pipeline read or wrote, kept for the failure report without keeping it
/// all: its start (an `Excerpt`), its last bytes (the last line) and its size.
struct ByteRecord: Sendable {
  private(set) var head: [UInt8] = []
  private(set) var tail: [UInt8] = []
  private(set) var size = 0

  /// How much of the end is kept.
  static let tailLimit = 4096

  init() {}

  init(_ bytes: [UInt8]) {
    append(bytes[...])
  }

  mutating func append(_ bytes: ArraySlice<UInt8>) {
    size += bytes.count
    if head.count < Excerpt.limit { head += bytes.prefix(Excerpt.limit - head.count) }
    tail += bytes.suffix(Self.tailLimit)
    if tail.count > Self.tailLimit { tail.removeFirst(tail.count - Self.tailLimit) }
  }

  var excerpt: Excerpt {
    Excerpt(text: String(decoding: head, as: UTF8.self), size: size)
  }
}
