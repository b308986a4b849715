import Foundation
import SpecCompiler
import Testing

@testable import ScenarioRuntime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The worker's wire format (`WorkerFraming`, `WorkerFrameBuffer`): every message comes back
/// equal, however the bytes are split over reads, at any size, and a writer or reader whose
/// peer went away sees it (no garbage message, no SIGPIPE death).
@Suite struct WorkerFramingTests {
  static let events: [WorkerEvent] = {
    var failing = ScenarioOutcome(
      id: "S61", title: "Chat\tcompletion é", status: 22, timedOut: true, seconds: 1.25,
      stdout: Array("{\"id\": \"é\"}\n".utf8), stderr: [0, 0xFF, 0x0A, 0x22],
      failure: FailurePoint(owner: "S61", line: 4, status: 22), failureLine: 12,
      failedNeeds: ["S60", ""],
      unsupported: [.init(line: 3, column: 7, message: "unsupported: `eval`")])
    failing.detail = FailureDetail(variables: ["BASE_URL": "http://127.0.0.1:1"])
    failing.interrupted = true
    let detailOnly = {
      var outcome = ScenarioOutcome(id: "S3", title: "t", status: 1)
      outcome.detail = FailureDetail(variables: ["A": "b"])
      return outcome
    }()
    return [
      .stdout(Array("hello\n".utf8)), .stdout([]), .stderr([0, 10, 0xFF, 13]),
      .secret("sk-secret\nwith a newline"), .secret(""), .failed("run-worker: S9 asked"),
      .created(
        FileLedger.Entry(
          path: "/tmp/run/é dir",
          identity: FileIdentity(device: .max, inode: 1 << 40, isDirectory: true))),
      .finished(failing, abandoned: true), .finished(detailOnly, abandoned: false),
      .finished(
        ScenarioOutcome(id: "S1", title: "", status: -1, seconds: .infinity), abandoned: false),
    ]
  }()

  /// The frames of `events`, one after another, as a worker writes them.
  static var stream: [UInt8] { events.flatMap { WorkerFraming.encode($0) } }

  /// The next whole frame of `buffer` (the test fails without one).
  static func nextFrame(_ buffer: inout WorkerFrameBuffer) throws -> WorkerFrame {
    let frame = buffer.next()
    return try #require(frame)
  }

  static func hasNoFrame(_ buffer: inout WorkerFrameBuffer) -> Bool {
    buffer.next() == nil
  }

  static func decodeAll(_ buffer: inout WorkerFrameBuffer) throws -> [WorkerEvent] {
    var decoded: [WorkerEvent] = []
    while let frame = buffer.next() { decoded.append(try WorkerFraming.event(frame)) }
    return decoded
  }

  @Test(arguments: events)
  func everyEventRoundTrips(_ event: WorkerEvent) throws {
    var buffer = WorkerFrameBuffer()
    buffer.append(WorkerFraming.encode(event))
    let frame = try Self.nextFrame(&buffer)
    #expect(try WorkerFraming.event(frame) == event)
    #expect(Self.hasNoFrame(&buffer))
    #expect(buffer.isEmpty)
  }

  @Test func runAndStartRequestsRoundTrip() throws {
    let output = DocumentCompiler.compile(
      markdown: "# D\n\n### S01 One\n\n```bash\necho hi\n```\n", file: "d.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    let configuration = RunnerConfiguration(
      documentStem: "d", environment: ["HOME": "/home/é"], qaSuffix: "q", runDirectory: "/tmp/r",
      timeout: 7.5, keepArtifacts: true, workingDirectory: "/w", setup: .every,
      transport: HTTPClientTransport())
    var buffer = WorkerFrameBuffer()
    buffer.append(WorkerFraming.encode(.start(WorkerStart(compiled, configuration: configuration))))
    buffer.append(WorkerFraming.encode(.run("S01 é")))
    guard case .start(let start) = try WorkerFraming.request(try Self.nextFrame(&buffer)) else {
      Issue.record("not a start request")
      return
    }
    #expect(start.scenarios == compiled.scenarios)
    #expect(start.document == compiled.document)
    #expect(start.configuration.environment == ["HOME": "/home/é"])
    #expect(start.configuration.timeout == 7.5)
    #expect(start.configuration.setup == "every")
    guard case .run(let id) = try WorkerFraming.request(try Self.nextFrame(&buffer)) else {
      Issue.record("not a run request")
      return
    }
    #expect(id == "S01 é")
    #expect(Self.hasNoFrame(&buffer))
  }

  /// Fed one byte at a time, or in uneven chunks: each frame comes out once it is whole, the
  /// same frames in the same order.
  @Test(arguments: [1, 2, 7, 9, 10, 64, 1000])
  func framesSplitOverReadsComeOutWhole(_ chunkSize: Int) throws {
    let stream = Self.stream
    var buffer = WorkerFrameBuffer()
    var decoded: [WorkerEvent] = []
    var offset = 0
    while offset < stream.count {
      let end = min(stream.count, offset + chunkSize)
      buffer.append(stream[offset..<end])
      decoded += try Self.decodeAll(&buffer)
      offset = end
    }
    #expect(decoded == Self.events)
    #expect(buffer.isEmpty)
  }

  /// 24 MB of output in one event, read in pipe-sized chunks.
  @Test func hugePayloadsRoundTrip() throws {
    let output = (0..<24_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let outcome = ScenarioOutcome(id: "S1", title: "t", status: 0, stdout: output, stderr: output)
    let frames =
      WorkerFraming.encode(.stdout(output))
      + WorkerFraming.encode(.finished(outcome, abandoned: false))
    #expect(frames.count > 3 * output.count)
    var buffer = WorkerFrameBuffer()
    var decoded: [WorkerEvent] = []
    for start in stride(from: 0, to: frames.count, by: 65536) {
      buffer.append(frames[start..<min(frames.count, start + 65536)])
      decoded += try Self.decodeAll(&buffer)
    }
    #expect(decoded.count == 2)
    #expect(decoded.first == .stdout(output))
    #expect(decoded.last == .finished(outcome, abandoned: false))
  }

  /// A frame cut short stays pending (nothing half-decoded); a payload that says more than it
  /// holds, an unknown kind or trailing bytes are malformed, not a crash.
  @Test func truncatedAndMalformedFramesAreNotMessages() throws {
    let frame = WorkerFraming.encode(.secret("abcdef"))
    var buffer = WorkerFrameBuffer()
    buffer.append(frame.dropLast())
    #expect(Self.hasNoFrame(&buffer))
    #expect(!buffer.isEmpty)

    var lying = frame
    lying[WorkerFraming.headerSize] = 200  // the string's length, past the payload's end
    var lyingBuffer = WorkerFrameBuffer()
    lyingBuffer.append(lying)
    #expect(throws: WorkerFramingError.malformed) {
      try WorkerFraming.event(try Self.nextFrame(&lyingBuffer))
    }
    #expect(throws: WorkerFramingError.malformed) {
      try WorkerFraming.event(WorkerFrame(kind: 99, payload: []))
    }
    #expect(throws: WorkerFramingError.malformed) {
      try WorkerFraming.request(WorkerFrame(kind: 99, payload: []))
    }
    var trailing = WorkerFrameBuffer()
    var extended = frame + [0]
    extended[1] += 1  // the payload length now covers the extra byte
    trailing.append(extended)
    #expect(throws: WorkerFramingError.malformed) {
      try WorkerFraming.event(try Self.nextFrame(&trailing))
    }
  }

  /// A worker whose runner went away: the write fails (EPIPE, not a SIGPIPE death) and the
  /// writer reports the break.
  @Test func writingToAClosedPipeReportsTheBreak() throws {
    var fds: [Int32] = [-1, -1]
    #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0)
    _ = close(fds[0])
    let broken = BrokenFlag()
    let writer = EventWriter(descriptor: fds[1], broken: { broken.set() })
    writer.standardOutput(Array("lost".utf8))
    _ = close(fds[1])
    #expect(broken.isSet)
  }

  /// The runner reading a worker that wrote one whole frame and half of another, then ended:
  /// the whole one arrives, then the end (the half is dropped, not misread).
  @Test func aWorkerThatEndsMidFrameIsClosed() throws {
    let whole = WorkerFraming.encode(.stdout(Array("out".utf8)))
    let half = Array(WorkerFraming.encode(.stderr(Array("cut here".utf8))).prefix(12))
    let octal = (whole + half).map { "\\" + String($0, radix: 8) }.joined()
    let process = try WorkerProcess(executable: "/usr/bin/printf", arguments: [octal])
    var wake: [Int32] = [-1, -1]
    #expect(pipe(&wake) == 0)
    defer { for fd in wake { _ = close(fd) } }
    let deadline = DispatchTime.now() + 30
    guard case .event(let event) = process.next(until: deadline, wake: wake[0]) else {
      Issue.record("no event")
      return
    }
    #expect(event == .stdout(Array("out".utf8)))
    guard case .closed = process.next(until: deadline, wake: wake[0]) else {
      Issue.record("not closed")
      return
    }
    process.close()
  }
}

private final class BrokenFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}
