import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization

/// An HTTP server on 127.0.0.1 for transport tests. NIOHTTP1 parses the requests; responses are
/// written as raw bytes, so that header case and order, and the faults, are exactly as written.
///
/// Routes: `/json`, `/echo` (the request as JSON), `/received` (the request head as received,
/// in order, `Content-Length` included, and the body's length), `/status/N`, `/sse`, `/gated?id=ID`
/// (see `open(gate:)`), `/slow?ms=N`, `/barrier?n=N&ms=T` (answers `200` once N requests
/// wait at the barrier together, `504` to a request that waited T ms in vain),
/// `/slowbody`, `/close`, `/switch?body=TEXT&length=N&then=close` (`101`, then TEXT on the
/// connection), `/truncated`, `/chunktrunc`, `/reset`, `/multipart`,
/// `/redirect?code=N&to=URL`, `/loop` (redirects to itself), `/big?bytes=N`, `/gzip`, `/http10` (an HTTP/1.0
/// body that ends with the connection), `/retry` (503 with `Retry-After: 1`).
final class TestHTTPServer: Sendable {
  let port: Int
  private let channel: any Channel
  private let accepted: Counter
  private let gates: Gates

  private init(channel: any Channel, accepted: Counter, gates: Gates) {
    self.channel = channel
    self.accepted = accepted
    self.gates = gates
    port = channel.localAddress?.port ?? 0
  }

  /// Lets `/gated?id=ID` send its second event.
  func open(gate id: String) {
    gates.open.withLock { _ = $0.insert(id) }
  }

  /// Connections accepted so far.
  var connections: Int { accepted.value.load(ordering: .relaxed) }

  /// Listens on a free port; with `tls`, every connection is HTTPS.
  static func start(tls: NIOSSLContext? = nil) async throws -> TestHTTPServer {
    let accepted = Counter()
    let gates = Gates()
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        accepted.value.wrappingAdd(1, ordering: .relaxed)
        return channel.eventLoop.makeCompletedFuture {
          if let tls {
            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls))
          }
          try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .dropBytes)))
          try channel.pipeline.syncOperations.addHandler(RouteHandler(gates: gates))
        }
      }
      .bind(host: "127.0.0.1", port: 0).get()
    return TestHTTPServer(channel: channel, accepted: accepted, gates: gates)
  }

  var baseURL: String { "http://127.0.0.1:\(port)" }
  var secureBaseURL: String { "https://127.0.0.1:\(port)" }

  /// `/big`'s body: byte `i` is a newline when `line` > 0 and `i % line == line - 1`, else
  /// `a` + `i % 26`. The pattern repeats every `lcm(26, line)` bytes: one period is built byte
  /// by byte, then copied (a byte-by-byte map of a 5 MB body took most of a second of the
  /// event loop in a debug build, per request).
  static func bigBody(size: Int, line: Int) -> [UInt8] {
    func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
    let period = line > 0 ? 26 / gcd(26, line) * line : 26
    let pattern = (0..<min(period, size)).map {
      line > 0 && $0 % line == line - 1 ? UInt8(ascii: "\n") : UInt8(ascii: "a") + UInt8($0 % 26)
    }
    var body: [UInt8] = []
    body.reserveCapacity(size)
    while body.count < size {
      body.append(contentsOf: pattern.prefix(size - body.count))
    }
    return body
  }

  func stop() async {
    try? await channel.close()
  }

  static let json = #"{"ok":true,"items":[1,2,3]}"#

  /// `{"compressed":true,"text":"hello hello hello hello"}` gzipped.
  static let gzipped: [UInt8] = [
    31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 171, 86, 74, 206, 207, 45, 40, 74, 45, 46, 78, 77, 81, 178,
    42, 41, 42, 77, 213, 81, 42, 73, 173, 40, 81, 178, 82, 202, 72, 205, 201, 201, 87, 192, 32,
    149, 106, 1, 212, 182, 251, 96, 52, 0, 0, 0,
  ]
}

private final class Counter: Sendable {
  let value = Atomic(0)
}

private final class Gates: Sendable {
  let open = Mutex<Set<String>>([])
  /// The channels waiting at `/barrier`, by the request's number.
  let barrier = Mutex<(arrived: Int, waiting: [Int: any Channel])>((0, [:]))
}

private final class RouteHandler: ChannelInboundHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = ByteBuffer

  private let gates: Gates
  private var head: HTTPRequestHead?
  private var body: [UInt8] = []

  init(gates: Gates) {
    self.gates = gates
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head):
      self.head = head
      body = []
    case .body(let buffer):
      body += buffer.readableBytesView
    case .end:
      if let head { respond(context: context, head: head) }
      head = nil
    }
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    context.close(promise: nil)
  }

  /// Holds the request until `count` requests wait together (all get `200`), or answers `504`
  /// after `timeout` ms.
  private func barrier(_ context: ChannelHandlerContext, count: Int, timeout: Int64) {
    let ok = ByteBuffer(bytes: Array("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".utf8))
    let late = ByteBuffer(
      bytes: Array("HTTP/1.1 504 Gateway Timeout\r\nContent-Length: 0\r\n\r\n".utf8))
    let gates = self.gates
    let (number, released) = gates.barrier.withLock { state in
      state.arrived += 1
      state.waiting[state.arrived] = context.channel
      guard state.waiting.count >= count else { return (state.arrived, [any Channel]()) }
      defer { state.waiting = [:] }
      return (state.arrived, Array(state.waiting.values))
    }
    for channel in released { channel.writeAndFlush(ok, promise: nil) }
    context.eventLoop.scheduleTask(in: .milliseconds(timeout)) {
      if let channel = gates.barrier.withLock({ $0.waiting.removeValue(forKey: number) }) {
        channel.writeAndFlush(late, promise: nil)
      }
    }
  }

  private func respond(context: ChannelHandlerContext, head: HTTPRequestHead) {
    let components = URLComponents(string: head.uri)
    let path = components?.path ?? head.uri
    var query: [String: String] = [:]
    for item in components?.queryItems ?? [] { query[item.name] = item.value ?? "" }
    let isHead = head.method == .HEAD

    switch path {
    case "/json":
      send(
        context, status: "200 OK",
        headers: [
          ("Content-Type", "application/json"), ("X-Multi", "a"), ("x-multi", "b"),
        ], body: Array(TestHTTPServer.json.utf8), isHead: isHead)
    case "/echo":
      send(
        context, status: "200 OK", headers: [("Content-Type", "application/json")],
        body: echo(head), isHead: isHead)
    case "/received":
      send(
        context, status: "200 OK", headers: [("Content-Type", "text/plain")],
        body: received(head), isHead: isHead)
    case let status where status.hasPrefix("/status/"):
      let code = Int(status.dropFirst("/status/".count)) ?? 500
      let reason = HTTPResponseStatus(statusCode: code).reasonPhrase
      let headers: [(String, String)] =
        code == 401
        ? [("Content-Type", "application/json"), ("WWW-Authenticate", "Basic realm=\"t\"")]
        : [("Content-Type", "application/json")]
      send(
        context, status: "\(code) \(reason)", headers: headers,
        body: Array(#"{"error":"status \#(code)"}"#.utf8), isHead: isHead)
    case "/redirect":
      let code = Int(query["code"] ?? "302") ?? 302
      let reason = HTTPResponseStatus(statusCode: code).reasonPhrase
      send(
        context, status: "\(code) \(reason)",
        headers: [("Location", query["to"] ?? "/json"), ("Content-Type", "text/plain")],
        body: Array("redirecting".utf8), isHead: isHead)
    case "/big":
      // `line=N`: every Nth byte is a newline.
      let size = Int(query["bytes"] ?? "") ?? 1 << 22
      let line = Int(query["line"] ?? "") ?? 0
      send(
        context, status: "200 OK", headers: [("Content-Type", "application/octet-stream")],
        body: TestHTTPServer.bigBody(size: size, line: line), isHead: isHead)
    case "/loop":
      send(
        context, status: "302 Found", headers: [("Location", "/loop")], body: [], isHead: isHead)
    case "/http10":
      write(context, "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end\n")
      context.close(promise: nil)
    case "/gzip":
      send(
        context, status: "200 OK",
        headers: [("Content-Type", "application/json"), ("Content-Encoding", "gzip")],
        body: TestHTTPServer.gzipped, isHead: isHead)
    case "/multipart":
      send(
        context, status: "200 OK", headers: [("Content-Type", "text/plain")],
        body: multipartEcho(head), isHead: isHead)
    case "/retry":
      send(
        context, status: "503 Service Unavailable",
        headers: [("Retry-After", "1"), ("Content-Type", "text/plain")],
        body: Array("busy\n".utf8), isHead: isHead)
    case "/sse":
      sse(context)
    case "/gated":
      gated(context, id: query["id"] ?? "")
    case "/slow":
      let delay = Int64(query["ms"] ?? "3000") ?? 3000
      let channel = context.channel
      context.eventLoop.scheduleTask(in: .milliseconds(delay)) {
        let body = Array("slow\n".utf8)
        let text = "HTTP/1.1 200 OK\r\nContent-Length: \(body.count)\r\n\r\n"
        channel.writeAndFlush(ByteBuffer(bytes: Array(text.utf8) + body), promise: nil)
      }
    case "/barrier":
      barrier(
        context, count: Int(query["n"] ?? "2") ?? 2, timeout: Int64(query["ms"] ?? "30000") ?? 0)
    case "/slowbody":
      write(context, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc")
      let channel = context.channel
      context.eventLoop.scheduleTask(in: .seconds(5)) { channel.close(promise: nil) }
    case "/close":
      context.close(promise: nil)
    case "/switch":
      // `101`, then `body`; the connection stays open unless `then=close`.
      var text = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      if let length = query["length"] { text += "Content-Length: \(length)\r\n" }
      write(context, text + "\r\n" + (query["body"] ?? ""))
      if query["then"] == "close" { context.close(promise: nil) }
    case "/truncated":
      write(
        context, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nhello")
      context.close(promise: nil)
    case "/chunktrunc":
      write(context, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
      context.close(promise: nil)
    case "/reset":
      // SO_LINGER 0: closing sends a reset.
      let channel = context.channel
      if let provider = channel as? any SocketOptionProvider {
        provider.setSoLinger(linger(l_onoff: 1, l_linger: 0))
          .whenComplete { _ in channel.close(promise: nil) }
      } else {
        channel.close(promise: nil)
      }
    default:
      send(
        context, status: "404 Not Found", headers: [("Content-Type", "text/plain")],
        body: Array("no route\n".utf8), isHead: isHead)
    }
  }

  private func write(_ context: ChannelHandlerContext, _ text: String) {
    context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text)), promise: nil)
  }

  private func send(
    _ context: ChannelHandlerContext, status: String, headers: [(String, String)], body: [UInt8],
    isHead: Bool
  ) {
    var text = "HTTP/1.1 \(status)\r\nDate: \(Self.httpDate())\r\n"
    for (name, value) in headers { text += "\(name): \(value)\r\n" }
    text += "Content-Length: \(body.count)\r\n\r\n"
    var buffer = ByteBuffer(string: text)
    if !isHead { buffer.writeBytes(body) }
    context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
  }

  /// Four events 50 ms apart, chunked.
  private func sse(_ context: ChannelHandlerContext) {
    write(
      context,
      "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n")
    let channel = context.channel
    for index in 1...4 {
      context.eventLoop.scheduleTask(in: .milliseconds(Int64(50 * index))) {
        let event = "data: {\"n\":\(index)}\n\n"
        var chunk = String(event.utf8.count, radix: 16) + "\r\n" + event + "\r\n"
        if index == 4 { chunk += "0\r\n\r\n" }
        channel.writeAndFlush(ByteBuffer(string: chunk), promise: nil)
      }
    }
  }

  /// One event, then a second only once the test opened the gate: the client must have
  /// passed the first one on before the response can end.
  private func gated(_ context: ChannelHandlerContext, id: String) {
    write(
      context,
      "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "d\r\ndata: first\n\n\r\n")
    let channel = context.channel
    let gates = gates
    @Sendable func poll() {
      channel.eventLoop.scheduleTask(in: .milliseconds(10)) {
        if gates.open.withLock({ $0.contains(id) }) {
          channel.writeAndFlush(
            ByteBuffer(string: "e\r\ndata: second\n\n\r\n0\r\n\r\n"), promise: nil)
        } else if channel.isActive {
          poll()
        }
      }
    }
    poll()
  }

  /// The request as the server saw it. `Content-Length` stands apart: AsyncHTTPClient writes it
  /// last, curl before its own `Content-Type`.
  private func echo(_ head: HTTPRequestHead) -> [UInt8] {
    var headers: [[String]] = []
    var contentLength: String?
    for (name, value) in head.headers {
      if name.lowercased() == "content-length" {
        contentLength = value
      } else {
        headers.append([name, value])
      }
    }
    let object: [String: Any] = [
      "method": head.method.rawValue,
      "target": head.uri,
      "headers": headers,
      "contentLength": contentLength ?? NSNull(),
      "body": String(decoding: body, as: UTF8.self),
    ]
    let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return Array(data ?? Data()) + [UInt8(ascii: "\n")]
  }

  /// The request line and every header line as NIO parsed them, in order.
  private func received(_ head: HTTPRequestHead) -> [UInt8] {
    var lines = [
      "\(head.method.rawValue) \(head.uri) HTTP/\(head.version.major).\(head.version.minor)"
    ]
    for (name, value) in head.headers { lines.append("\(name): \(value)") }
    lines.append("(\(body.count) body bytes)")
    return Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  /// The multipart body with its random boundary replaced by `BOUNDARY`.
  private func multipartEcho(_ head: HTTPRequestHead) -> [UInt8] {
    let type = head.headers["Content-Type"].first ?? ""
    guard let range = type.range(of: "boundary=") else { return body }
    let boundary = String(type[range.upperBound...])
    let text = "Content-Type: \(type)\n" + String(decoding: body, as: UTF8.self)
    return Array(text.replacingOccurrences(of: boundary, with: "BOUNDARY").utf8)
  }

  private static func httpDate() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: Date())
  }
}

/// A listener on 127.0.0.1 whose accept queue is full, so that new connections hang in the
/// handshake: the place to meet a connect timeout without leaving the machine.
final class FullBacklogListener: Sendable {
  let port: Int
  private let descriptors: [Int32]

  init() throws {
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(listener, 0) == 0 else { throw POSIXError(.EADDRINUSE) }
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
    }
    var descriptors = [listener]
    // Fill the accept queue: later handshakes are dropped until the queue drains.
    for _ in 0..<4 {
      let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
      _ = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
      }
      descriptors.append(client)
    }
    usleep(100_000)
    port = Int(UInt16(bigEndian: address.sin_port))
    self.descriptors = descriptors
  }

  deinit {
    for descriptor in descriptors { close(descriptor) }
  }
}
