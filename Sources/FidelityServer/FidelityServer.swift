import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import ServerKit

/// A loopback HTTP/1.1 server answering every request with `FidelityResponder`: the stand-in
/// gateway that fidelity tests and the benchmark point documents at. It is a Hummingbird
/// application whose one responder turns a Hummingbird request into a `FidelityRequest` and a
/// `FidelityResponse` into a Hummingbird response, byte for byte as a client sees it.
public final class FidelityServer: Sendable {
  public let port: Int
  private let server: RunningServer

  /// The `http://127.0.0.1:PORT` base URL.
  public var baseURL: String { "http://127.0.0.1:\(port)" }

  private init(server: RunningServer) {
    self.port = server.port
    self.server = server
  }

  /// Why the server could not start.
  public struct StartError: Error, CustomStringConvertible {
    public var description: String
  }

  /// Starts listening on 127.0.0.1 (a free port unless one is given); returns once it accepts
  /// connections.
  public static func start(port: Int = 0) async throws -> FidelityServer {
    do {
      return FidelityServer(
        server: try await RunningServer.start(port: port) { onServerRunning in
          Application(
            responder: FidelityHTTPResponder(),
            server: .http1(
              configuration: .init(additionalChannelHandlers: [CloseAfterResponseHandler()])),
            configuration: .init(address: .hostname("127.0.0.1", port: port), backlog: 256),
            onServerRunning: onServerRunning,
            logger: RunningServer.quietLogger(label: "fidelity-server"))
        })
    } catch {
      throw StartError(description: "could not listen on 127.0.0.1:\(port): \(error.reason)")
    }
  }

  /// Stops listening and ends every connection.
  public func shutdown() async {
    await server.stop()
  }
}

/// Serves `FidelityResponder`: collects the body, answers, and frames the answer the way the
/// gateways (Go's net/http) do.
struct FidelityHTTPResponder: HTTPResponder {
  typealias Context = BasicRequestContext

  /// Bodies longer than this go out chunked, as Go's net/http sends a handler's output once it
  /// outgrows its buffer without a declared length.
  static let chunkingThreshold = 2048

  func respond(to request: Request, context: Context) async throws -> Response {
    var request = request
    let body = try await request.collectBody(upTo: .max)
    let fidelityRequest = FidelityRequest(
      method: request.method.rawValue, target: request.head.path ?? "/",
      headers: Self.headerLines(of: request.head), body: Array(body.readableBytesView))
    return Self.response(
      FidelityResponder.respond(to: fidelityRequest), method: request.method,
      keepAlive: Self.isKeepAlive(request.headers))
  }

  /// The request's header lines as the client sent them. Hummingbird's request moves the `Host`
  /// line into the authority and splits a `Cookie` line at `; `: both are put back, as
  /// NIOHTTPTypesHTTP1 converts in the other direction.
  static func headerLines(of head: HTTPRequest) -> [(name: String, value: String)] {
    var lines: [(name: String, value: String)] = []
    if let authority = head.authority { lines.append(("Host", authority)) }
    var cookieSeen = false
    for field in head.headerFields {
      if field.name == .cookie {
        guard !cookieSeen else { continue }
        cookieSeen = true
        lines.append((field.name.rawName, head.headerFields[.cookie] ?? field.value))
      } else {
        lines.append((field.name.rawName, field.value))
      }
    }
    return lines
  }

  /// HTTP/1.1 keeps the connection unless the request asks to close it. (HTTP/1.0 requests are
  /// not told apart: Hummingbird's request carries no version.)
  static func isKeepAlive(_ headers: HTTPFields) -> Bool {
    !headers[values: .connection].contains { value in
      value.split(separator: ",").contains { $0.trimmingPrefix(" ").lowercased() == "close" }
    }
  }

  /// The wire form of a response: its headers in order, then `Date`, then `Content-Length` for
  /// a body of known length, then `Connection: close` when the connection ends with it. A body
  /// sent in chunks gets NIO's `transfer-encoding: chunked` (lower case) after those.
  static func response(_ response: FidelityResponse, method: HTTPRequest.Method, keepAlive: Bool)
    -> Response
  {
    var body = response.body
    if case .bytes(let bytes) = body, bytes.count > chunkingThreshold {
      body = .chunks([
        Array(bytes.prefix(chunkingThreshold)), Array(bytes.dropFirst(chunkingThreshold)),
      ])
    }
    let noBody = response.status == 101 || response.status == 204 || response.status == 304
    let isHead = method == .head
    var fields = HTTPFields()
    for (name, value) in response.headers {
      // FidelityResponder only writes valid field names; one that is not cannot be sent.
      guard let name = HTTPField.Name(name) else { continue }
      fields.append(HTTPField(name: name, value: value))
    }
    // A place for the date: Hummingbird's application sets its value in place.
    fields.append(HTTPField(name: .date, value: ""))
    var wireBody = ResponseBody()
    switch body {
    case .bytes(let bytes):
      if !noBody { fields.append(HTTPField(name: .contentLength, value: String(bytes.count))) }
      if !noBody, !isHead, !bytes.isEmpty {
        wireBody = ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
      }
    case .chunks(let chunks):
      // No declared length: NIO's encoder frames it chunked; each chunk is a write of its own.
      let sent = isHead ? [] : chunks
      wireBody = ResponseBody { writer in
        for chunk in sent { try await writer.write(ByteBuffer(bytes: chunk)) }
        try await writer.finish(nil)
      }
    }
    if !keepAlive || response.closeAfter, response.status != 101 {
      fields.append(HTTPField(name: .connection, value: "close"))
    }
    var wire = Response(
      status: HTTPResponse.Status(
        code: response.status,
        reasonPhrase: HTTPResponseStatus(statusCode: response.status).reasonPhrase),
      body: wireBody)
    // Set after the body: `Response.init` would add `Content-Length: 0` to an empty body,
    // which a 204 or a HEAD answer must not get.
    wire.headers = fields
    return wire
  }
}

/// Closes the connection once a response that says `Connection: close` has been written: a
/// finished live feed, or an answer to a request that asked for it. (Hummingbird itself only
/// closes after a request that says so.)
final class CloseAfterResponseHandler: ChannelOutboundHandler, RemovableChannelHandler {
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  private var closing = false

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    switch unwrapOutboundIn(data) {
    case .head(let head) where (100..<200).contains(head.status.code) && head.status.code != 101:
      // An informational answer leaves the final one to come.
      context.write(data, promise: promise)
    case .head(let head):
      closing = head.headerFields[values: .connection].contains { $0.lowercased() == "close" }
      context.write(data, promise: promise)
    case .body:
      context.write(data, promise: promise)
    case .end:
      guard closing else {
        context.write(data, promise: promise)
        return
      }
      closing = false
      let written = promise ?? context.eventLoop.makePromise()
      let channel = context.channel
      written.futureResult.whenComplete { _ in channel.close(promise: nil) }
      context.writeAndFlush(data, promise: written)
    }
  }
}
