import NIOCore
import NIOHTTP1

/// What curl 7.88 does after a `101 Switching Protocols` answer it did not ask for: the header
/// block ends there, and everything the server sends afterwards is the body, read until the
/// server closes the connection (exit 0) or `--max-time` runs out (exit 28, "Operation timed out
/// after N milliseconds with M bytes received"). Without `--max-time` curl waits for as long
/// as the connection stays open.
///
/// AsyncHTTPClient cannot do that: it ends the response at the `101` head, drops the bytes that
/// follow and closes the connection. This handler, placed in each HTTP/1 connection's pipeline
/// just before the response decoder, sees the raw response bytes. It passes a response on once
/// its final head is known; at a `101` head it passes on the head only, keeps the connection
/// open (it holds AsyncHTTPClient's `close`), and hands every later byte, and the server's
/// close, to the transfer that attaches to it (`Handle`, kept by `CurlConnections`).
final class CurlUpgradeTap: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = ByteBuffer
  typealias InboundOut = ByteBuffer
  typealias OutboundIn = HTTPClientRequestPart
  typealias OutboundOut = HTTPClientRequestPart

  /// A head longer than this is not looked into: the response is passed on as it is.
  static let headLimit = 64 * 1024

  private enum State {
    /// Between a request and its final response head: response bytes are held until then.
    case scanning
    /// The final head was not a `101`: bytes go to the decoder.
    case passing
    /// After a `101`: bytes go to the attached transfer.
    case raw
  }

  private var state = State.passing
  private var held: [UInt8] = []
  private var context: ChannelHandlerContext?
  private let didUpgrade: @Sendable (Handle) -> Void

  // After a `101`.
  private var unclaimed: [ByteBuffer] = []
  private var ended = false
  private var released = false
  private var sink: AsyncStream<CurlExchangeEvent>.Continuation?
  private var heldClose: (mode: CloseMode, promise: EventLoopPromise<Void>?)?

  init(didUpgrade: @escaping @Sendable (Handle) -> Void) {
    self.didUpgrade = didUpgrade
  }

  /// Adds a tap to a new HTTP/1 connection (from `http1_1ConnectionDebugInitializer`, once
  /// AsyncHTTPClient's handlers are in place).
  /// `didUpgrade` learns of a `101` before the head goes on to AsyncHTTPClient.
  static func install(
    on channel: any Channel, didUpgrade: @escaping @Sendable (Handle) -> Void
  ) -> EventLoopFuture<Void> {
    channel.eventLoop.submit {
      let pipeline = channel.pipeline.syncOperations
      let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPResponseDecoder>.self)
      try pipeline.addHandler(CurlUpgradeTap(didUpgrade: didUpgrade), position: .before(decoder))
    }
  }

  func handlerAdded(context: ChannelHandlerContext) {
    self.context = context
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    self.context = nil
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    if case .head = unwrapOutboundIn(data), state != .raw {
      state = .scanning
      held = []
    }
    context.write(data, promise: promise)
  }

  func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
    guard state == .raw, !ended, !released else {
      context.close(mode: mode, promise: promise)
      return
    }
    // AsyncHTTPClient closes every connection that answered `101`; curl keeps reading it.
    if let earlier = heldClose?.promise, let promise { earlier.futureResult.cascade(to: promise) }
    heldClose = (mode, heldClose?.promise ?? promise)
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch state {
    case .passing:
      context.fireChannelRead(data)
    case .raw:
      deliver(unwrapInboundIn(data))
    case .scanning:
      let buffer = unwrapInboundIn(data)
      if held.isEmpty, let final = Self.isFinal(buffer), final {
        // The common case: a final head begins the answer; nothing to hold or copy.
        state = .passing
        context.fireChannelRead(data)
        return
      }
      held += buffer.readableBytesView
      scan(context: context)
    }
  }

  func channelInactive(context: ChannelHandlerContext) {
    switch state {
    case .scanning:
      pass(held.count, context: context)
    case .raw:
      ended = true
      sink?.yield(.upgradeEnded)
      releaseClose(context: context)
    case .passing:
      break
    }
    context.fireChannelInactive()
  }

  /// Looks for the final head among the held bytes (after any other `1xx`).
  private func scan(context: ChannelHandlerContext) {
    var position = 0
    while true {
      guard let end = Self.headEnd(held, from: position) else {
        if held.count > Self.headLimit { pass(held.count, context: context) }
        return
      }
      guard let status = Self.status(held[position..<end]) else {
        pass(held.count, context: context)
        return
      }
      if status == 101 {
        let rest = held[end...]
        state = .raw
        didUpgrade(Handle(tap: self, eventLoop: context.eventLoop))
        context.fireChannelRead(wrapInboundOut(ByteBuffer(bytes: held[..<end])))
        held = []
        if !rest.isEmpty { deliver(ByteBuffer(bytes: rest)) }
        return
      }
      guard (100...199).contains(status) else {
        pass(held.count, context: context)
        return
      }
      position = end
    }
  }

  private func pass(_ count: Int, context: ChannelHandlerContext) {
    state = .passing
    if count > 0 { context.fireChannelRead(wrapInboundOut(ByteBuffer(bytes: held.prefix(count)))) }
    held = []
  }

  private func deliver(_ buffer: ByteBuffer) {
    guard !released else { return }
    if let sink {
      sink.yield(.upgradedBody(buffer))
    } else {
      unclaimed.append(buffer)
    }
  }

  private func attach(_ continuation: AsyncStream<CurlExchangeEvent>.Continuation) {
    sink = continuation
    for buffer in unclaimed { continuation.yield(.upgradedBody(buffer)) }
    unclaimed = []
    if ended { continuation.yield(.upgradeEnded) }
  }

  /// The transfer is over: the connection closes, as the curl process that exits closes it.
  private func release() {
    guard !released else { return }
    released = true
    sink = nil
    unclaimed = []
    guard let context else { return }
    releaseClose(context: context)
    context.close(promise: nil)
  }

  private func releaseClose(context: ChannelHandlerContext) {
    guard let (mode, promise) = heldClose else { return }
    heldClose = nil
    context.close(mode: mode, promise: promise)
  }

  /// Whether the head `buffer` starts with is a final one (not `1xx`); nil when its status
  /// line is not all there.
  static func isFinal(_ buffer: ByteBuffer) -> Bool? {
    let bytes = buffer.readableBytesView
    guard bytes.starts(with: "HTTP/".utf8),
      let space = bytes.firstIndex(of: UInt8(ascii: " ")),
      space + 1 < bytes.endIndex
    else { return nil }
    return bytes[space + 1] != UInt8(ascii: "1")
  }

  /// The index after the empty line that ends the head starting at `position` (curl accepts
  /// bare `\n` line ends too).
  static func headEnd(_ bytes: [UInt8], from position: Int) -> Int? {
    var index = position
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\n") {
        if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") { return index + 2 }
        if index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "\r")
          && bytes[index + 2] == UInt8(ascii: "\n")
        {
          return index + 3
        }
      }
      index += 1
    }
    return nil
  }

  /// The status code of an `HTTP/x.y NNN …` head; nil for anything else.
  static func status(_ head: ArraySlice<UInt8>) -> Int? {
    guard head.starts(with: "HTTP/".utf8) else { return nil }
    let line = head.prefix { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }
    let words = line.split(separator: UInt8(ascii: " "), maxSplits: 2)
    guard words.count >= 2, words[1].count == 3, words[1].allSatisfy({ (48...57).contains($0) })
    else { return nil }
    return Int(String(decoding: words[1], as: UTF8.self))
  }

  /// The tap of a connection that answered `101`, for the transfer waiting on it.
  struct Handle: Sendable {
    private let tap: NIOLoopBound<CurlUpgradeTap>
    private let eventLoop: any EventLoop

    fileprivate init(tap: CurlUpgradeTap, eventLoop: any EventLoop) {
      self.tap = NIOLoopBound(tap, eventLoop: eventLoop)
      self.eventLoop = eventLoop
    }

    /// Sends the bytes after the head (`upgradedBody`) and the server's close (`upgradeEnded`)
    /// to `continuation`, those that came already first.
    func attach(_ continuation: AsyncStream<CurlExchangeEvent>.Continuation) {
      let tap = tap
      eventLoop.execute { tap.value.attach(continuation) }
    }

    /// Closes the connection.
    func release() {
      let tap = tap
      eventLoop.execute { tap.value.release() }
    }
  }
}
