import Foundation
import SpecModel

/// Worker messages on the wire (`ScenarioWorker` ⇄ `spec-compiler run-worker`): one frame
/// each, a kind byte, the payload's length (8 bytes, little-endian), then the payload in
/// `WorkerBinaryWriter`'s layout. Output bytes go as they are (no base64, no escaping), so a
/// scenario's step costs a few copies, not a JSON encoding and decoding. Only what is rare or
/// sent once travels as JSON inside its frame: the document (`start`) and a failure's details.
enum WorkerFraming {
  /// Kind byte and payload length.
  static let headerSize = 9

  private enum Kind: UInt8 {
    case start = 1
    case run = 2
    case stdout = 16
    case stderr = 17
    case secret = 18
    case created = 19
    case finished = 20
    case failed = 21
  }

  static func encode(_ request: WorkerRequest) -> [UInt8] {
    switch request {
    case .start(let start):
      let json = (try? JSONEncoder().encode(start)) ?? Data()
      return frame(.start, capacity: json.count) { $0.data(json) }
    case .run(let id):
      return frame(.run) { $0.string(id) }
    }
  }

  static func encode(_ event: WorkerEvent) -> [UInt8] {
    switch event {
    case .stdout(let bytes): return frame(.stdout, capacity: bytes.count) { $0.data(bytes) }
    case .stderr(let bytes): return frame(.stderr, capacity: bytes.count) { $0.data(bytes) }
    case .secret(let value): return frame(.secret) { $0.string(value) }
    case .failed(let message): return frame(.failed) { $0.string(message) }
    case .created(let entry):
      return frame(.created) {
        $0.string(entry.path)
        $0.uint64(entry.identity.device)
        $0.uint64(entry.identity.inode)
        $0.bool(entry.identity.isDirectory)
      }
    case .finished(let outcome, let abandoned):
      return frame(.finished, capacity: outcome.stdout.count + outcome.stderr.count) {
        write(outcome, to: &$0)
        $0.bool(abandoned)
      }
    }
  }

  static func request(_ frame: WorkerFrame) throws -> WorkerRequest {
    var reader = WorkerBinaryReader(frame.payload)
    let request: WorkerRequest
    switch Kind(rawValue: frame.kind) {
    case .start:
      let json = Data(try reader.data())
      do {
        request = .start(try JSONDecoder().decode(WorkerStart.self, from: json))
      } catch {
        throw WorkerFramingError.malformed
      }
    case .run: request = .run(try reader.string())
    default: throw WorkerFramingError.malformed
    }
    guard reader.isAtEnd else { throw WorkerFramingError.malformed }
    return request
  }

  static func event(_ frame: WorkerFrame) throws -> WorkerEvent {
    var reader = WorkerBinaryReader(frame.payload)
    let event: WorkerEvent
    switch Kind(rawValue: frame.kind) {
    case .stdout: event = .stdout(Array(try reader.data()))
    case .stderr: event = .stderr(Array(try reader.data()))
    case .secret: event = .secret(try reader.string())
    case .failed: event = .failed(try reader.string())
    case .created:
      let path = try reader.string()
      let identity = FileIdentity(
        device: try reader.uint64(), inode: try reader.uint64(), isDirectory: try reader.bool())
      event = .created(FileLedger.Entry(path: path, identity: identity))
    case .finished:
      let outcome = try readOutcome(&reader)
      event = .finished(outcome, abandoned: try reader.bool())
    default: throw WorkerFramingError.malformed
    }
    guard reader.isAtEnd else { throw WorkerFramingError.malformed }
    return event
  }

  private static func frame(
    _ kind: Kind, capacity: Int = 64, _ body: (inout WorkerBinaryWriter) -> Void
  ) -> [UInt8] {
    var writer = WorkerBinaryWriter(capacity: headerSize + capacity + 64)
    writer.byte(kind.rawValue)
    writer.uint64(0)
    body(&writer)
    var bytes = writer.bytes
    let length = UInt64(bytes.count - headerSize).littleEndian
    withUnsafeBytes(of: length) { bytes.replaceSubrange(1..<headerSize, with: $0) }
    return bytes
  }

  /// What a failing or unsupported scenario adds, as JSON (rare, and nested).
  private struct Failure: Codable {
    var failure: FailurePoint?
    var detail: FailureDetail?
    var unsupported: [LoweringError]
  }

  private static func write(_ outcome: ScenarioOutcome, to writer: inout WorkerBinaryWriter) {
    writer.string(outcome.id)
    writer.string(outcome.title)
    writer.int64(Int64(outcome.status))
    writer.bool(outcome.timedOut)
    writer.double(outcome.seconds)
    writer.data(outcome.stdout)
    writer.data(outcome.stderr)
    writer.optional(outcome.failureLine) { $0.int64(Int64($1)) }
    writer.strings(outcome.failedNeeds)
    writer.bool(outcome.interrupted)
    let failed = outcome.failure != nil || outcome.detail != nil || !outcome.unsupported.isEmpty
    let failure =
      failed
      ? Failure(failure: outcome.failure, detail: outcome.detail, unsupported: outcome.unsupported)
      : nil
    writer.optional(failure) { writer, failure in
      writer.data((try? JSONEncoder().encode(failure)) ?? Data("{}".utf8))
    }
  }

  private static func readOutcome(_ reader: inout WorkerBinaryReader) throws -> ScenarioOutcome {
    let id = try reader.string()
    let title = try reader.string()
    guard let status = Int32(exactly: try reader.int64()) else {
      throw WorkerFramingError.malformed
    }
    var outcome = ScenarioOutcome(
      id: id, title: title, status: status, timedOut: try reader.bool(),
      seconds: try reader.double(), stdout: Array(try reader.data()),
      stderr: Array(try reader.data()))
    outcome.failureLine = try reader.optional { Int(try $0.int64()) }
    outcome.failedNeeds = try reader.strings()
    outcome.interrupted = try reader.bool()
    if let json = try reader.optional({ try $0.data() }) {
      guard let failure = try? JSONDecoder().decode(Failure.self, from: Data(json)) else {
        throw WorkerFramingError.malformed
      }
      outcome.failure = failure.failure
      outcome.detail = failure.detail
      outcome.unsupported = failure.unsupported
    }
    return outcome
  }
}

/// One frame: its kind byte and payload.
struct WorkerFrame {
  var kind: UInt8
  var payload: ArraySlice<UInt8>
}

/// The bytes read from a worker pipe so far, handed out as whole frames: a frame split over
/// several reads comes out once its last byte arrived.
struct WorkerFrameBuffer {
  private var bytes: [UInt8] = []
  /// Where the first frame not handed out starts.
  private var start = 0

  /// No partial frame waits for more bytes.
  var isEmpty: Bool { start == bytes.count }

  mutating func append(_ chunk: some Collection<UInt8>) {
    if start > 0 {
      bytes.removeSubrange(0..<start)
      start = 0
    }
    bytes.append(contentsOf: chunk)
  }

  /// The next whole frame, or nil until more bytes arrive. The payload is a copy: the buffer
  /// may grow meanwhile.
  mutating func next() -> WorkerFrame? {
    let available = bytes.count - start
    guard available >= WorkerFraming.headerSize else { return nil }
    var length: UInt64 = 0
    for offset in 0..<8 {
      length |= UInt64(bytes[start + 1 + offset]) << (8 * UInt64(offset))
    }
    guard length <= UInt64(available - WorkerFraming.headerSize) else { return nil }
    let payloadStart = start + WorkerFraming.headerSize
    let end = payloadStart + Int(length)
    let frame = WorkerFrame(
      kind: bytes[start], payload: ArraySlice(Array(bytes[payloadStart..<end])))
    start = end
    return frame
  }
}

extension FileIdentity {
  init(device: UInt64, inode: UInt64, isDirectory: Bool) {
    self.device = device
    self.inode = inode
    self.isDirectory = isDirectory
  }
}
