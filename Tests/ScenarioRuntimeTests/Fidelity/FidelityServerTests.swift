import FidelityServer
import Foundation
import ServerKit
import Testing

@Suite("FidelityServer: deterministic answers")
struct FidelityServerTests {
  static func chatRequest(stream: Bool = false, model: String = "gpt-4.1-nano")
    -> FidelityRequest
  {
    let body =
      #"{"model":"\#(model)","stream":\#(stream),"messages":[{"role":"user","content":"Reply with exactly: QA_CHAT_OK"}]}"#
    return FidelityRequest(
      method: "POST", target: "/v1/chat/completions",
      headers: [("Content-Type", "application/json")], body: Array(body.utf8))
  }

  static func bytes(_ response: FidelityResponse) -> [UInt8] {
    switch response.body {
    case .bytes(let bytes): bytes
    case .chunks(let chunks): chunks.flatMap { $0 }
    }
  }

  @Test func sameRequestSameBytes() {
    let first = FidelityResponder.respond(to: Self.chatRequest())
    let second = FidelityResponder.respond(to: Self.chatRequest())
    #expect(Self.bytes(first) == Self.bytes(second))
    #expect(first.headers.map(\.name) == second.headers.map(\.name))
    let json = JSON.parse(Self.bytes(first))
    #expect(json?["model"]?.string == "gpt-4.1-nano")
    #expect(json?["provider"]?.string == "openai")
    #expect(json?["choices"]?.array?.first?["message"]?["content"]?.string == "QA_CHAT_OK")
  }

  @Test func streamsEndWithDone() {
    let response = FidelityResponder.respond(to: Self.chatRequest(stream: true))
    guard case .chunks(let chunks) = response.body else {
      Issue.record("a streamed chat is sent in chunks")
      return
    }
    #expect(chunks.count > 3)
    #expect(String(decoding: chunks.last!, as: UTF8.self) == "data: [DONE]\n\n")
    #expect(response.headers.first?.value == "text/event-stream")
  }

  @Test func unknownModelIsAClientError() {
    let response = FidelityResponder.respond(to: Self.chatRequest(model: "does-not-exist-model"))
    #expect(response.status == 400)
    let unknownProvider = FidelityResponder.respond(
      to: FidelityRequest(method: "POST", target: "/p/not-a-real-provider/responses", body: []))
    #expect(unknownProvider.status == 400)
  }

  @Test func multipartAnswersIgnoreTheBoundary() {
    func upload(boundary: String) -> FidelityRequest {
      let body =
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
        + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n{\"x\":1}\n\r\n--\(boundary)--\r\n"
      return FidelityRequest(
        method: "POST", target: "/v1/files?provider=openai",
        headers: [("Content-Type", "multipart/form-data; boundary=\(boundary)")],
        body: Array(body.utf8))
    }
    let first = Self.bytes(FidelityResponder.respond(to: upload(boundary: "------abc")))
    let second = Self.bytes(FidelityResponder.respond(to: upload(boundary: "------xyz123")))
    #expect(first == second)
    let json = JSON.parse(first)
    #expect(json?["filename"]?.string == "a.jsonl")
    #expect(json?["purpose"]?.string == "batch")
    #expect(json?["bytes"] == .int(8))
  }

  @Test(
    "Serves over loopback HTTP",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/curl"), "curl not found"))
  func servesOverHTTP() async throws {
    let server = try await FidelityServer.start()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
    process.arguments = ["-sS", "-i", "\(server.baseURL)/health"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    await server.shutdown()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0)
    #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
    #expect(text.hasSuffix("\r\n\r\n{\"status\":\"ok\"}\n"))
  }
}
