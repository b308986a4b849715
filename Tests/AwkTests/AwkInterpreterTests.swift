import Testing

@testable import Awk

/// What the oracles cannot show: the stop hook, the call depth limit, output files through the
/// hook, and byte-level input.
@Suite struct AwkInterpreterTests {
  func run(_ arguments: [String], _ environment: AwkEnvironment = AwkEnvironment()) throws
    -> AwkResult
  {
    Awk.run(try Awk.parse(arguments: arguments), environment: environment)
  }

  @Test func anEndlessLoopStopsWhenAsked() throws {
    let result = try run(["BEGIN { while (1) n++ }"], AwkEnvironment(shouldStop: { true }))
    #expect(result.status == 2)
    #expect(String(decoding: result.stderr, as: UTF8.self).contains("time limit"))
  }

  @Test func deepRecursionIsAnErrorNotACrash() throws {
    let result = try run(["function f(n) { return f(n + 1) } BEGIN { f(0) }"])
    #expect(result.status == 2)
    #expect(String(decoding: result.stderr, as: UTF8.self).contains("nesting too deep"))
  }

  @Test func invalidUTF8PassesThroughAsBytes() throws {
    let input: [UInt8] = [0xFF, 0x20, 0xC3, 0xA9, 0x0A]
    let result = try run(["{ print length($1), length($2), $2 }"], AwkEnvironment(stdin: input))
    #expect(result.stdout == Array("1 2 ".utf8) + [0xC3, 0xA9, 0x0A])
  }

  @Test func unwritableOutputFileIsAnError() throws {
    let result = try run(["BEGIN { print 1 > \"f\" }"])
    #expect(result.status == 2)
    #expect(!result.stderr.isEmpty)
  }

  @Test func nulBytesInRecordsAreKept() throws {
    let result = try run(
      ["{ print length($0); gsub(/b/, \"B\"); print }"],
      AwkEnvironment(stdin: [0x61, 0, 0x62, 0x0A]))
    #expect(result.stdout == Array("3\n".utf8) + [0x61, 0, 0x42, 0x0A])
  }
}
