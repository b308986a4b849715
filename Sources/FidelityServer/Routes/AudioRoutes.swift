import ServerKit

/// Audio: speech (a WAV of silence sized by the input) and transcriptions.
extension FidelityResponder {
  static func speech(_ request: FidelityRequest) -> FidelityResponse {
    guard let body = request.json, let model = body["model"]?.string else {
      return .error(400, type: "invalid_request_error", message: "model is required")
    }
    if model.contains("does-not-exist") {
      return .error(404, type: "not_found_error", message: "model not found: \(model)")
    }
    guard body["voice"]?.string != nil else {
      return .error(400, type: "invalid_request_error", message: "voice is required")
    }
    let text = body["input"]?.string ?? ""
    var samples: [UInt8] = []
    for index in 0..<2000 {
      samples.append(UInt8(truncatingIfNeeded: (index * 7 + text.utf8.count) % 251))
    }
    var wav = Array("RIFF".utf8) + le32(36 + samples.count) + Array("WAVEfmt ".utf8)
    wav += le32(16) + [1, 0, 1, 0] + le32(8000) + le32(8000) + [1, 0, 8, 0]
    wav += Array("data".utf8) + le32(samples.count) + samples
    return FidelityResponse(
      status: 200, headers: [("Content-Type", "audio/wav")], body: .bytes(wav))
  }

  static func le32(_ value: Int) -> [UInt8] {
    (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
  }

  static func transcription(_ request: FidelityRequest) -> FidelityResponse {
    let form = request.form
    guard let file = form.first(where: { $0.name == "file" }) else {
      return .error(
        400, type: "invalid_request_error", message: "multipart field 'file' is required")
    }
    let text = "transcribed \(file.body.count) bytes"
    let format = form.first { $0.name == "response_format" }?.text
    if format == "text" { return .text(text + "\n") }
    return .json(["text": .string(text)])
  }
}
