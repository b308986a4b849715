import AsyncHTTPClient
import Foundation
import GatewaySimulator
import NIOCore
import Testing

@Suite struct AudioRoutesTests {
  static func multipart(_ fields: [(String, String?, [UInt8])]) -> (String, [UInt8]) {
    let boundary = "sim-boundary"
    var body: [UInt8] = []
    for (name, filename, value) in fields {
      var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\""
      if let filename { head += "; filename=\"\(filename)\"\r\nContent-Type: audio/wav" }
      body += Array((head + "\r\n\r\n").utf8) + value + Array("\r\n".utf8)
    }
    body += Array("--\(boundary)--\r\n".utf8)
    return ("multipart/form-data; boundary=\(boundary)", body)
  }

  @Test func speechIsAWaveFileThatTranscribesBack() async throws {
    try await withSimulator { (client: SimClient) async throws in
      var request = HTTPClientRequest(url: client.simulator.baseURL(.main) + "/v1/audio/speech")
      request.method = .POST
      request.headers.add(name: "Content-Type", value: "application/json")
      request.body = .bytes(
        ByteBuffer(
          string:
            #"{"model":"gpt-4o-mini-tts","input":"round trip words","voice":"alloy","response_format":"wav"}"#
        ))
      let response = try await client.http.execute(request, timeout: .seconds(10))
      #expect(response.status.code == 200)
      #expect(response.headers.first(name: "Content-Type") == "audio/wav")
      let audio = Array(try await response.body.collect(upTo: 1 << 24).readableBytesView)
      #expect(Array(audio[0..<4]) == Array("RIFF".utf8))
      #expect(Array(audio[8..<12]) == Array("WAVE".utf8))
      #expect(audio.count > 1000)
      for (format, contentType) in [("json", "application/json"), ("text", "text/plain")] {
        let (type, body) = Self.multipart([
          ("file", "speech.wav", audio), ("model", nil, Array("gpt-4o-transcribe".utf8)),
          ("response_format", nil, Array(format.utf8)),
        ])
        let reply = try await client.send(
          .main, .POST, "/v1/audio/transcriptions", body: body, contentType: type)
        #expect(reply.status == 200)
        #expect(reply.headers.first(name: "Content-Type")?.hasPrefix(contentType) == true)
        #expect(reply.text.contains("round trip words"))
      }
    }
  }

  @Test func speechValidatesVoiceAndModel() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let noVoice = try await client.send(
        .main, .POST, "/v1/audio/speech", json: #"{"model":"gpt-4o-mini-tts","input":"x"}"#)
      #expect(noVoice.status == 400)
      #expect((noVoice.json[path: "error.message"] as? String)?.contains("voice") == true)
      let unknown = try await client.send(
        .main, .POST, "/v1/audio/speech", json: #"{"model":"nope","input":"x","voice":"alloy"}"#)
      #expect(unknown.status == 404)
      #expect(unknown.errorType == "not_found_error")
    }
  }
}
