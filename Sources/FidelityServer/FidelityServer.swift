import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A loopback HTTP/1.1 server answering every request with `FidelityResponder`: the stand-in
/// gateway that fidelity tests and the benchmark point documents at.
public final class FidelityServer: Sendable {
  public let port: Int
  private let group: MultiThreadedEventLoopGroup
  private let channel: any Channel

  /// The `http://127.0.0.1:PORT` base URL.
  public var baseURL: String { "http://127.0.0.1:\(port)" }

  private init(port: Int, group: MultiThreadedEventLoopGroup, channel: any Channel) {
    self.port = port
    self.group = group
    self.channel = channel
  }

  /// Starts listening on 127.0.0.1 (a free port unless one is given).
  public static func start(port: Int = 0) async throws -> FidelityServer {
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    do {
      let channel = try await ServerBootstrap(group: group)
        .serverChannelOption(ChannelOptions.backlog, value: 256)
        .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
        .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
        .childChannelInitializer { channel in
          channel.pipeline.configureHTTPServerPipeline(withErrorHandling: true).flatMap {
            channel.pipeline.addHandler(FidelityHandler())
          }
        }
        .bind(host: "127.0.0.1", port: port).get()
      guard let bound = channel.localAddress?.port else {
        try? await channel.close()
        throw ChannelError.unknownLocalAddress
      }
      return FidelityServer(port: bound, group: group, channel: channel)
    } catch {
      try? await group.shutdownGracefully()
      throw error
    }
  }

  /// Stops listening and ends every connection.
  public func shutdown() async {
    try? await channel.close()
    try? await group.shutdownGracefully()
  }
}

/// Collects a request, answers it, and closes the connection when asked or when the response
/// says so.
final class FidelityHandler: ChannelInboundHandler, @unchecked Sendable {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private var head: HTTPRequestHead?
  private var body: [UInt8] = []

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head):
      self.head = head
      body = []
    case .body(var buffer):
      body += buffer.readBytes(length: buffer.readableBytes) ?? []
    case .end:
      guard let head else { return }
      self.head = nil
      let request = FidelityRequest(
        method: head.method.rawValue, target: head.uri,
        headers: head.headers.map { (name: $0.name, value: $0.value) }, body: body)
      let response = FidelityResponder.respond(to: request)
      write(response, for: head, context: context)
    }
  }

  /// Bodies longer than this go out chunked, as Go's net/http sends a handler's output once it
  /// outgrows its buffer without a declared length.
  static let chunkingThreshold = 2048

  private func write(
    _ response: FidelityResponse, for request: HTTPRequestHead, context: ChannelHandlerContext
  ) {
    var response = response
    if case .bytes(let bytes) = response.body, bytes.count > Self.chunkingThreshold {
      response.body = .chunks([
        Array(bytes.prefix(Self.chunkingThreshold)), Array(bytes.dropFirst(Self.chunkingThreshold)),
      ])
    }
    var headers = HTTPHeaders()
    for (name, value) in response.headers { headers.add(name: name, value: value) }
    headers.add(name: "Date", value: Self.httpDate(Date()))
    let close = response.closeAfter || !request.isKeepAlive
    let noBody = response.status == 101 || response.status == 204 || response.status == 304
    switch response.body {
    case .bytes(let bytes):
      if !noBody { headers.add(name: "Content-Length", value: String(bytes.count)) }
    case .chunks:
      // NIO's encoder writes it as `transfer-encoding: chunked` (lower case), whatever we add.
      break
    }
    if close, response.status != 101 { headers.add(name: "Connection", value: "close") }
    var head = HTTPResponseHead(
      version: request.version, status: HTTPResponseStatus(statusCode: response.status),
      headers: headers)
    head.headers = headers
    context.write(wrapOutboundOut(.head(head)), promise: nil)
    let isHead = request.method == .HEAD
    switch response.body {
    case .bytes(let bytes):
      if !noBody, !isHead, !bytes.isEmpty {
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: bytes)))), promise: nil)
      }
    case .chunks(let chunks):
      for chunk in chunks where !isHead {
        context.writeAndFlush(
          wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: chunk)))), promise: nil)
      }
    }
    let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
    if close {
      let channel = context.channel
      done.whenComplete { _ in channel.close(promise: nil) }
    }
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    context.close(promise: nil)
  }

  /// `Sun, 06 Nov 1994 08:49:37 GMT`.
  static func httpDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: date)
  }
}
