import Foundation

/// The fake model's voice: deterministic audio for a text, and the text back from audio it made.
///
/// Speech is 16-bit mono PCM at 16 kHz, one short tone per character (its pitch from the
/// character), and a WAV file carries the spoken text in a `LIST`/`INFO`/`ICMT` chunk, which is
/// what transcription "hears"; audio from elsewhere is transcribed as a description of its length.
enum SpeechAudio {
  static let sampleRate = 16_000
  static let samplesPerCharacter = 960  // 60 ms

  /// PCM samples (little-endian 16-bit) for `text`.
  static func pcm(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    let characters = Array(text.unicodeScalars)
    bytes.reserveCapacity(max(characters.count, 8) * samplesPerCharacter * 2)
    for index in 0..<max(characters.count, 8) {
      let scalar = index < characters.count ? characters[index].value : 32
      let frequency = scalar == 32 ? 0 : 220 + Double(scalar % 48) * 15
      for sample in 0..<samplesPerCharacter {
        let time = Double(sample) / Double(sampleRate)
        let value = Int16(8_000 * sin(2 * Double.pi * frequency * time))
        let bits = UInt16(bitPattern: value)
        bytes.append(UInt8(bits & 0xFF))
        bytes.append(UInt8(bits >> 8))
      }
    }
    return bytes
  }

  /// A RIFF/WAVE file speaking `text`.
  static func wav(_ text: String) -> [UInt8] {
    let samples = pcm(text)
    var comment = Array(text.utf8) + [0]
    if comment.count % 2 == 1 { comment.append(0) }
    let info = Array("INFO".utf8) + Array("ICMT".utf8) + le32(comment.count) + comment
    let list = Array("LIST".utf8) + le32(info.count) + info
    let format =
      Array("fmt ".utf8) + le32(16) + le16(1) + le16(1) + le32(sampleRate) + le32(sampleRate * 2)
      + le16(2) + le16(16)
    let data = Array("data".utf8) + le32(samples.count) + samples
    let body = Array("WAVE".utf8) + format + list + data
    return Array("RIFF".utf8) + le32(body.count) + body
  }

  /// Silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz) lasting as long as the speech.
  static func mp3(_ text: String) -> [UInt8] {
    let frame: [UInt8] = [0xFF, 0xFB, 0x90, 0x64] + [UInt8](repeating: 0, count: 413)
    let seconds = Double(max(text.unicodeScalars.count, 8) * samplesPerCharacter) / 16_000
    let frames = max(1, Int(seconds * 44_100 / 1_152))
    return (0..<frames).flatMap { _ in frame }
  }

  /// What the fake model hears in an audio file.
  static func transcript(of audio: [UInt8]) -> String {
    if let text = spokenText(in: audio), !text.isEmpty { return text }
    return "(\(audio.count) bytes of audio without recognizable speech)"
  }

  /// The `ICMT` text of a WAV file this simulator made.
  static func spokenText(in audio: [UInt8]) -> String? {
    guard audio.count > 12, Array(audio[0..<4]) == Array("RIFF".utf8),
      Array(audio[8..<12]) == Array("WAVE".utf8)
    else { return nil }
    var offset = 12
    while offset + 8 <= audio.count {
      let id = String(decoding: audio[offset..<offset + 4], as: UTF8.self)
      let size = readLE32(audio, offset + 4)
      let start = offset + 8
      guard size >= 0, start + size <= audio.count else { return nil }
      if id == "LIST", size >= 4,
        String(decoding: audio[start..<start + 4], as: UTF8.self) == "INFO"
      {
        var inner = start + 4
        while inner + 8 <= start + size {
          let innerID = String(decoding: audio[inner..<inner + 4], as: UTF8.self)
          let innerSize = readLE32(audio, inner + 4)
          guard innerSize >= 0, inner + 8 + innerSize <= start + size else { break }
          if innerID == "ICMT" {
            let text = audio[(inner + 8)..<(inner + 8 + innerSize)].prefix { $0 != 0 }
            return String(decoding: text, as: UTF8.self)
          }
          inner += 8 + innerSize + innerSize % 2
        }
      }
      offset = start + size + size % 2
    }
    return nil
  }

  /// Seconds of speech in a file (WAV data length, else an estimate).
  static func duration(of audio: [UInt8]) -> Double {
    Double(audio.count) / Double(sampleRate * 2)
  }

  private static func le32(_ value: Int) -> [UInt8] {
    (0..<4).map { UInt8((UInt32(truncatingIfNeeded: value) >> (8 * UInt32($0))) & 0xFF) }
  }

  private static func le16(_ value: Int) -> [UInt8] {
    [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)]
  }

  private static func readLE32(_ bytes: [UInt8], _ offset: Int) -> Int {
    (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
  }
}
