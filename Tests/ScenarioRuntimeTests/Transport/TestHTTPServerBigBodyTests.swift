import Testing

/// `/big`'s body, built by repeating one period, is byte for byte the body its definition
/// gives: a newline every `line` bytes, letters `a`…`z` by offset elsewhere.
@Suite struct TestHTTPServerBigBodyTests {
  @Test(arguments: [
    (0, 0), (1, 100), (25, 0), (27, 0), (1024, 100), (204_800, 0), (204_800, 100), (5_000, 7),
    (3_000, 13), (5_000, 52), (1_301, 100),
  ])
  func bodyFollowsItsDefinition(size: Int, line: Int) {
    let defined = (0..<size).map {
      line > 0 && $0 % line == line - 1 ? UInt8(ascii: "\n") : UInt8(ascii: "a") + UInt8($0 % 26)
    }
    #expect(TestHTTPServer.bigBody(size: size, line: line) == defined)
  }
}
