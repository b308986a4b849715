import AsyncHTTPClient
import Foundation
import GatewaySimulator
import NIOCore
import NIOHTTP1

/// A reply read in full.
struct Reply {
  var status: Int
  var headers: HTTPHeaders
  var text: String

  var json: [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
  }

  var array: [[String: Any]] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: Any]] ?? []
  }

  /// `data: {…}` events of an SSE body, parsed.
  var events: [[String: Any]] {
    text.split(separator: "\n").filter { $0.hasPrefix("data: {") }.compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.dropFirst(6).utf8))) as? [String: Any]
    }
  }

  var errorType: String? { (json["error"] as? [String: Any])?["type"] as? String }
}

/// Talks to a simulator started on free ports.
struct SimClient {
  let simulator: GatewaySimulator
  let http: HTTPClient

  func send(
    _ listener: GatewaySimulator.Listener = .main, _ method: HTTPMethod = .GET, _ path: String,
    headers: [(String, String)] = [], json: String? = nil, body: [UInt8]? = nil,
    contentType: String? = nil, timeout: TimeAmount = .seconds(10)
  ) async throws -> Reply {
    var request = HTTPClientRequest(url: simulator.baseURL(listener) + path)
    request.method = method
    for (name, value) in headers { request.headers.add(name: name, value: value) }
    if let json {
      request.headers.add(name: "Content-Type", value: "application/json")
      request.body = .bytes(ByteBuffer(string: json))
    } else if let body {
      request.headers.add(name: "Content-Type", value: contentType ?? "application/octet-stream")
      request.body = .bytes(ByteBuffer(bytes: body))
    }
    let response = try await http.execute(request, timeout: timeout)
    let buffer = try await response.body.collect(upTo: 64 << 20)
    return Reply(
      status: Int(response.status.code), headers: response.headers,
      text: String(buffer: buffer))
  }

  /// The master key header for the auth listener.
  var admin: [(String, String)] { [("Authorization", "Bearer \(simulator.masterKey)")] }

  func chat(
    _ listener: GatewaySimulator.Listener = .main, model: String = "gpt-4.1-nano",
    say text: String, stream: Bool = false, headers: [(String, String)] = [], extra: String = ""
  ) async throws -> Reply {
    try await send(
      listener, .POST, "/v1/chat/completions", headers: headers,
      json:
        #"{"model":"\#(model)","stream":\#(stream),"messages":[{"role":"user","content":"\#(text)"}],"max_tokens":20\#(extra)}"#
    )
  }
}

/// Runs `body` against a fresh simulator on free ports, then stops it.
func withSimulator(
  flushDelay: Duration = .zero, _ body: (SimClient) async throws -> Void
) async throws {
  var ports: [GatewaySimulator.Listener: Int] = [:]
  for listener in GatewaySimulator.Listener.allCases { ports[listener] = 0 }
  let simulator = try await GatewaySimulator.start(
    .init(ports: ports, masterKey: "test-master-key", flushDelay: flushDelay))
  let http = HTTPClient(eventLoopGroupProvider: .singleton)
  do {
    try await body(SimClient(simulator: simulator, http: http))
  } catch {
    try? await http.shutdown()
    await simulator.shutdown()
    throw error
  }
  try await http.shutdown()
  await simulator.shutdown()
}

/// `[String: Any]` navigation for assertions.
extension Dictionary where Key == String, Value == Any {
  subscript(path path: String) -> Any? {
    var current: Any? = self
    for key in path.split(separator: ".") {
      if let index = Int(key), let array = current as? [Any] {
        current = index < array.count ? array[index] : nil
      } else {
        current = (current as? [String: Any])?[String(key)]
      }
    }
    return current
  }
}
