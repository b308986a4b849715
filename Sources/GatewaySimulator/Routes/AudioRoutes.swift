import HTTPTypes
import Hummingbird
import ServerKit

/// `POST /v1/audio/speech` (JSON in, audio out) and `POST /v1/audio/transcriptions` (multipart
/// in, JSON or text out), answered by the fake model's voice (``SpeechAudio``).
enum AudioRoutes {
  static let voices: Set<String> = [
    "alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer", "verse",
  ]

  static func register(on router: Router<SimContext>, gateway: Gateway) {
    router.post("/v1/audio/speech") { request, context in
      var request = request
      let body = try await request.jsonBody()
      return try speech(body: body, gateway: gateway, context: context)
    }
    router.post("/v1/audio/transcriptions") { request, context in
      var request = request
      guard let boundary = MultipartForm.boundary(in: request.headers[.contentType] ?? "") else {
        throw GatewayError.invalidRequest(
          "transcriptions take multipart/form-data", code: "invalid_content_type")
      }
      let parts = try FileRoutes.parse(try await request.bodyBytes(), boundary: boundary)
      return try transcription(parts: parts, gateway: gateway, context: context)
    }
  }

  static func speech(body: JSON, gateway: Gateway, context: SimContext) throws -> Response {
    let call = ModelCall(gateway: gateway, trace: context.trace)
    let resolved = try call.resolve(body["model"]?.string)
    guard resolved.model.category == "speech" else {
      throw GatewayError.invalidRequest(
        "model \(resolved.requested) does not support speech", code: "unsupported_model")
    }
    guard let input = body["input"]?.string, !input.trimmingSpaces.isEmpty else {
      throw GatewayError.invalidRequest("input is required", code: "missing_input")
    }
    guard let voice = body["voice"]?.string, !voice.isEmpty else {
      throw GatewayError.invalidRequest("voice is required", code: "missing_voice")
    }
    guard voices.contains(voice) else {
      throw GatewayError.invalidRequest("unsupported voice: \(voice)", code: "invalid_voice")
    }
    let format = body["response_format"]?.string ?? "mp3"
    let audio: [UInt8]
    let contentType: String
    switch format {
    case "wav": (audio, contentType) = (SpeechAudio.wav(input), "audio/wav")
    case "pcm": (audio, contentType) = (SpeechAudio.pcm(input), "audio/pcm")
    case "mp3": (audio, contentType) = (SpeechAudio.mp3(input), "audio/mpeg")
    default:
      throw GatewayError.invalidRequest(
        "unsupported response_format: \(format) (wav, pcm, mp3)", code: "invalid_response_format")
    }
    try call.checkBudget()
    let usage = TokenUsage(input: FakeModel.tokens(input), output: 0)
    call.finish(
      body: [
        "object": "audio.speech", "model": .string(resolved.responseModel),
        "content_type": .string(contentType), "bytes": JSON(audio.count),
      ], usage: usage, stream: false)
    return Response(
      status: .ok, headers: [.contentType: contentType],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: audio)))
  }

  static func transcription(parts: [MultipartForm.Part], gateway: Gateway, context: SimContext)
    throws -> Response
  {
    func field(_ name: String) -> String? {
      parts.first { $0.name == name }.map { $0.text.trimmingSpaces }
    }
    let call = ModelCall(gateway: gateway, trace: context.trace)
    let resolved = try call.resolve(field("model"))
    guard resolved.model.category == "transcription" else {
      throw GatewayError.invalidRequest(
        "model \(resolved.requested) does not support transcription", code: "unsupported_model")
    }
    guard let file = parts.first(where: { $0.name == "file" }), !file.body.isEmpty else {
      throw GatewayError.invalidRequest("file is required", code: "missing_file")
    }
    try call.checkBudget()
    let text = SpeechAudio.transcript(of: file.body)
    let seconds = SpeechAudio.duration(of: file.body)
    let usage = TokenUsage(input: max(1, Int(seconds * 10)), output: FakeModel.tokens(text))
    let json: JSON = ["text": .string(text)]
    call.finish(body: json, usage: usage, stream: false)
    let format = field("response_format") ?? "json"
    switch format {
    case "json": return .json(json)
    case "verbose_json":
      return .json([
        "task": "transcribe", "language": .string(field("language") ?? "english"),
        "duration": .number(seconds), "text": .string(text),
        "segments": [
          ["id": 0, "start": 0, "end": .number(seconds), "text": .string(text)]
        ],
      ])
    case "text": return .text(text + "\n", contentType: "text/plain; charset=utf-8")
    case "srt":
      return .text(
        "1\n00:00:00,000 --> \(timecode(seconds, separator: ","))\n\(text)\n\n",
        contentType: "text/plain; charset=utf-8")
    case "vtt":
      return .text(
        "WEBVTT\n\n00:00:00.000 --> \(timecode(seconds, separator: "."))\n\(text)\n\n",
        contentType: "text/vtt; charset=utf-8")
    default:
      throw GatewayError.invalidRequest(
        "unsupported response_format: \(format) (json, text, verbose_json, srt, vtt)",
        code: "invalid_response_format")
    }
  }

  static func timecode(_ seconds: Double, separator: String) -> String {
    let millis = Int((seconds * 1000).rounded())
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return
      "\(pad(millis / 3_600_000, 2)):\(pad(millis / 60_000 % 60, 2)):\(pad(millis / 1000 % 60, 2))"
      + "\(separator)\(pad(millis % 1000, 3))"
  }
}
