import GatewaySimulator
import Testing

@Suite struct RealtimeRoutesTests {
  static func upgrade(_ path: String, extra: String = "") -> String {
    "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
      + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\(extra)\r\n"
  }

  @Test func upgradesARealtimeModelAndSendsSessionCreated() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let connection = try RawConnection(port: client.simulator.port(.main))
      connection.write(Self.upgrade("/v1/realtime?model=gpt-realtime-mini&provider=openai"))
      let bytes = await connection.read {
        String(decoding: $0, as: UTF8.self).contains("session.created")
      }
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(text.hasPrefix("HTTP/1.1 101 Switching Protocols\r\n"))
      // RFC 6455's example key and accept value.
      #expect(text.lowercased().contains("sec-websocket-accept: s3pplmbitxaq9kygzzhzrbk+xoo="))
      #expect(text.lowercased().contains("upgrade: websocket"))
      #expect(text.contains(#""type":"session.created""#))
      #expect(text.contains(#""model":"gpt-realtime-mini""#))
      // The session closes cleanly when idle: a close frame (0x88), then end of stream.
      let rest = await connection.read { _ in false }
      #expect(rest.first == 0x88)
    }
  }

  @Test func providerPassthroughPathUpgrades() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let connection = try RawConnection(port: client.simulator.port(.main))
      connection.write(Self.upgrade("/p/bailian/v1/realtime?model=qwen3-omni-flash-realtime"))
      let text = String(decoding: await connection.read { $0.count > 12 }, as: UTF8.self)
      #expect(text.hasPrefix("HTTP/1.1 101 "))
    }
  }

  @Test func refusedUpgradeClosesTheConnectionSoTheNextRequestIsAnswered() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let connection = try RawConnection(port: client.simulator.port(.main))
      connection.write(Self.upgrade("/v1/no-such-route"))
      let first = await connection.readResponse()
      #expect(first.hasPrefix("HTTP/1.1 400 "))
      #expect(first.lowercased().contains("connection: close"))
      // The server hangs up instead of leaving the client waiting on a dead connection.
      #expect(await connection.read { _ in false }.isEmpty)
      let next = try RawConnection(port: client.simulator.port(.main))
      next.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
      #expect(await next.readResponse().hasPrefix("HTTP/1.1 200 "))
    }
  }

  @Test func unknownModelsAndPlainRequestsAreRefused() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let unknown = try await client.send(.main, .GET, "/v1/realtime?model=nope&provider=openai")
      #expect(unknown.status == 404)
      let chatModel = try await client.send(.main, .GET, "/v1/realtime?model=gpt-4.1-nano")
      #expect(chatModel.status == 400)
      let plain = try await client.send(.main, .GET, "/v1/realtime?model=gpt-realtime-mini")
      #expect(plain.status == 426)
      let connection = try RawConnection(port: client.simulator.port(.auth))
      connection.write(Self.upgrade("/v1/realtime?model=gpt-realtime-mini"))
      #expect(!(await connection.readResponse()).hasPrefix("HTTP/1.1 101 "))
    }
  }
}
