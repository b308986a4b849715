import NIOCore
import NIOEmbedded
import NIOHTTP1
import NIOHTTPCompression

/// `--compressed`: decodes a `gzip` or `deflate` response body chunk by chunk, with zlib through
/// swift-nio-extras' response decompressor run in an embedded channel (the shared client has
/// decompression off, so that it does not add `Accept-Encoding` to every request).
final class CurlContentDecoder {
  private let channel = EmbeddedChannel()

  /// nil when the response is not encoded in a way the decoder knows.
  init?(head: HTTPResponseHead) {
    let encoding = head.headers["Content-Encoding"].first?.lowercased().trimmedBlanks()
    guard encoding == "gzip" || encoding == "deflate" || encoding == "x-gzip" else { return nil }
    var head = head
    if encoding == "x-gzip" { head.headers.replaceOrAdd(name: "Content-Encoding", value: "gzip") }
    do {
      try channel.pipeline.syncOperations.addHandler(NIOHTTPResponseDecompressor(limit: .none))
      try channel.writeInbound(HTTPClientResponsePart.head(head))
      _ = try channel.readInbound(as: HTTPClientResponsePart.self)
    } catch {
      return nil
    }
  }

  deinit {
    _ = try? channel.finish()
  }

  func decode(_ buffer: ByteBuffer) throws(CurlFailure) -> [UInt8] {
    try feed(.body(buffer))
  }

  /// The end of the body: fails when the compressed stream was cut short.
  func finish() throws(CurlFailure) -> [UInt8] {
    try feed(.end(nil))
  }

  private func feed(_ part: HTTPClientResponsePart) throws(CurlFailure) -> [UInt8] {
    var out: [UInt8] = []
    do {
      try channel.writeInbound(part)
      while let decoded = try channel.readInbound(as: HTTPClientResponsePart.self) {
        if case .body(let bytes) = decoded { out += bytes.readableBytesView }
      }
      try channel.throwIfErrorCaught()
    } catch {
      throw .badContentEncoding(Self.reason(error))
    }
    return out
  }

  private static func reason(_ error: any Error) -> String {
    switch error as? NIOHTTPDecompression.ExtraDecompressionError {
    case .truncatedData?: return "unexpected end of file"
    case .invalidTrailingData?: return "invalid trailing data"
    default: return "incorrect header check"
    }
  }
}

extension String {
  fileprivate func trimmedBlanks() -> String {
    var slice = self[...]
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }
}
