import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOHTTP2

/// Puts `Content-Length` on the wire exactly where and when curl 7.88 sends it.
///
/// AsyncHTTPClient frames every request itself (`setTransportFraming`, not configurable): it
/// drops any `Content-Length` it is given, appends its own after the other headers, and sends
/// `Content-Length: 0` for a bodiless request of any method but GET, HEAD, DELETE, CONNECT and
/// TRACE, while it leaves the header out for an empty body of those five. curl sends one for
/// every body (`-d ''` included, whatever the method), before its own `Content-Type`, and none
/// without a body (`-X POST` alone).
///
/// So the transport hands AsyncHTTPClient the planned header under another name
/// (`plannedLengthHeader`, in curl's position), and this handler, placed in each connection's
/// pipeline between AsyncHTTPClient's request handler and the HTTP/1 encoder (or the HTTP/2
/// translation), renames it back and removes AsyncHTTPClient's own. A request without a
/// planned length loses only an AsyncHTTPClient `Content-Length: 0`, so the body framing never
/// changes: the planned length is always the body's.
final class CurlFramingHandler: ChannelOutboundHandler, RemovableChannelHandler, Sendable {
  typealias OutboundIn = HTTPClientRequestPart
  typealias OutboundOut = HTTPClientRequestPart

  /// Carries curl's `Content-Length` through AsyncHTTPClient; never sent.
  static let plannedLengthHeader = "X-Curl-Planned-Content-Length"

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    guard case .head(var head) = Self.unwrapOutboundIn(data) else {
      context.write(data, promise: promise)
      return
    }
    head.headers = Self.curlFraming(head.headers)
    context.write(Self.wrapOutboundOut(.head(head)), promise: promise)
  }

  /// `headers` as AsyncHTTPClient framed them, with curl's `Content-Length` instead.
  static func curlFraming(_ headers: HTTPHeaders) -> HTTPHeaders {
    let planned = headers.contains(name: plannedLengthHeader)
    var framed = HTTPHeaders()
    for (name, value) in headers {
      if name.caseInsensitiveCompare(plannedLengthHeader) == .orderedSame {
        framed.add(name: "Content-Length", value: value)
      } else if name.caseInsensitiveCompare("Content-Length") == .orderedSame {
        // AsyncHTTPClient's: the same length as the planned one, or 0 for no body.
        if !planned && value != "0" { framed.add(name: name, value: value) }
      } else {
        framed.add(name: name, value: value)
      }
    }
    return framed
  }

  /// For `HTTPClient.Configuration.http1_1ConnectionDebugInitializer`, called once a new
  /// HTTP/1.1 connection has AsyncHTTPClient's handlers and before it carries a request. Its
  /// encoder would frame a POST without `Content-Length` as chunked; the one put in its place
  /// leaves framing to AsyncHTTPClient, which always sets it.
  static func installHTTP1(on channel: any Channel) -> EventLoopFuture<Void> {
    channel.eventLoop.submit {
      let pipeline = channel.pipeline.syncOperations
      let automatic = try pipeline.handler(type: HTTPRequestEncoder.self)
      var configuration = HTTPRequestEncoder.Configuration()
      configuration.automaticallySetFramingHeaders = false
      let encoder = HTTPRequestEncoder(configuration: configuration)
      try pipeline.addHandler(encoder, position: .after(automatic))
      try pipeline.addHandler(CurlFramingHandler(), position: .after(encoder))
      pipeline.removeHandler(automatic, promise: nil)
    }
  }

  /// For `HTTPClient.Configuration.http2StreamChannelDebugInitializer`, called for each stream
  /// before its request is written.
  static func installHTTP2(on channel: any Channel) -> EventLoopFuture<Void> {
    channel.eventLoop.submit {
      let pipeline = channel.pipeline.syncOperations
      let translation = try pipeline.handler(type: HTTP2FramePayloadToHTTP1ClientCodec.self)
      try pipeline.addHandler(CurlFramingHandler(), position: .after(translation))
    }
  }
}
