import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One TCP connection to 127.0.0.1 written and read byte for byte, for what an HTTP client
/// library hides: upgrades and several requests on one connection. Reads block, so they run on
/// a dispatch queue, never on the concurrency pool the simulator needs.
final class RawConnection: @unchecked Sendable {
  private let socket: Int32

  init(port: Int) throws {
    socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    var timeout = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  }

  deinit { close(socket) }

  func write(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
  }

  /// Bytes until `done` says the reply is complete, the peer closes, or 5 s pass.
  func read(until done: @escaping @Sendable ([UInt8]) -> Bool) async -> [UInt8] {
    await withCheckedContinuation { continuation in
      DispatchQueue.global().async { continuation.resume(returning: self.blockingRead(done)) }
    }
  }

  private func blockingRead(_ done: ([UInt8]) -> Bool) -> [UInt8] {
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while !done(received) {
      let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
      if count <= 0 { break }
      received += buffer[0..<count]
    }
    return received
  }

  /// One HTTP/1.1 response with a `Content-Length` (or none when the head has no body).
  func readResponse() async -> String {
    let bytes = await read { bytes in
      let text = String(decoding: bytes, as: UTF8.self)
      guard let end = text.range(of: "\r\n\r\n") else { return false }
      let head = text[..<end.lowerBound].lowercased()
      guard
        let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") })
      else { return true }
      let length =
        Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
      return text.utf8.count - text[..<end.upperBound].utf8.count >= length
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
