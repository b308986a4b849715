import Testing

@testable import ScenarioRuntime

/// The pipe model: a writer fails once it has written more than its reader read before it
/// exited plus the 64 KiB a pipe holds.
@Suite struct StagePipeTests {
  /// Body size → whether curl fails, for `curl … | head -n1` with 100-byte lines. Real bash +
  /// curl 7.88 against a local server (30 runs each, this machine): 1 KiB 0/30 failed,
  /// 32 KiB 7/30, 60 KiB 10/30, 64 KiB 13/30, 68 KiB 21/30, 72 KiB 26/30, 80 KiB and more
  /// 30/30. The model gives the majority outcome of each.
  @Test(arguments: [
    (1024, false), (32768, false), (61440, false), (65536, false), (69632, true),
    (73728, true), (81920, true), (204_800, true), (5_000_000, true),
  ])
  func headOfABodyInCurlSizedWrites(size: Int, fails: Bool) {
    let segment = PipelineSegment(
      filters: [HeadStream(unit: .lines, count: 1)], sink: .discard)
    let line = Array(repeating: UInt8(ascii: "a"), count: 99) + [0x0A]
    let body = Array(Array(repeating: line, count: size / 100 + 1).joined().prefix(size))
    var refused = false
    var offset = 0
    // curl writes at most 16 KiB at a time (CURL_MAX_WRITE_SIZE).
    while offset < body.count, !refused {
      let end = min(offset + 16_384, body.count)
      refused = !segment.write(Array(body[offset..<end]))
      offset = end
    }
    segment.end()
    #expect(segment.writerBroken == fails)
    #expect(refused == fails)
    #expect(segment.parts.map(\.2.head) == [line])
  }

  /// How the writes are cut does not change the outcome.
  @Test(arguments: [1, 7, 4096, 65_536, 100_000])
  func outcomeDoesNotDependOnWriteSizes(chunk: Int) {
    let body = Array(repeating: UInt8(ascii: "x"), count: 65_536 + 10) + [0x0A]
    for (size, fails) in [(65_536 + 10, false), (65_536 + 11, true)] {
      let segment = PipelineSegment(filters: [HeadStream(unit: .bytes, count: 10)], sink: .discard)
      var offset = 0
      while offset < size {
        let end = min(offset + chunk, size)
        _ = segment.write(Array(body[offset..<end]))
        offset = end
      }
      segment.end()
      #expect(segment.writerBroken == fails, "size \(size), writes of \(chunk)")
    }
  }

  /// `head -c 200000 | head -c1`: the first head dies of SIGPIPE when it writes past the
  /// pipe to the second (70000 bytes where the second read 1); the writer's next write, more
  /// than the pipe holds, then fails too.
  @Test func chainOfStreamingCommands() {
    let segment = PipelineSegment(
      filters: [HeadStream(unit: .bytes, count: 200_000), HeadStream(unit: .bytes, count: 1)],
      sink: .discard)
    _ = segment.write(Array(repeating: 0x61, count: 70_000))
    _ = segment.write(Array(repeating: 0x61, count: 70_000))
    segment.end()
    #expect(segment.parts.map(\.0.status) == [StagePipe.brokenPipeStatus, 0])
    #expect(segment.writerBroken)
  }

  /// A command that needs its whole input says afterwards where it stopped (`grep -q`).
  @Test func readerThatStopsAfterTheFact() {
    let segment = PipelineSegment(filters: [], sink: nil)
    _ = segment.write(Array(repeating: 0x61, count: 100_000))
    segment.end()
    segment.collectorStopped(after: 100)
    #expect(segment.writerBroken)
  }
}
