/// The start of some bytes (a body, a command's input) and their full size: what a failure
/// report shows of data that can be large.
public struct Excerpt: Sendable, Equatable, Codable {
  /// The first `limit` bytes, decoded as UTF-8 (invalid bytes replaced).
  public var text: String
  /// The size of the whole data, in bytes.
  public var size: Int

  /// What an excerpt keeps.
  public static let limit = 4096

  public init(text: String, size: Int) {
    self.text = text
    self.size = size
  }

  public init(_ bytes: some Collection<UInt8>, limit: Int = Excerpt.limit) {
    text = String(decoding: bytes.prefix(limit), as: UTF8.self)
    size = bytes.count
  }

  /// Whether `text` is only the start.
  public var isTruncated: Bool { text.utf8.count < size }
}
