import Testing

@testable import Awk

@Suite struct AwkParserTests {
  @Test func parsesAProgram() throws {
    let program = try Awk.parse(program: "BEGIN { x = 1 } $1 > 2 { print $2 } END { print x }")
    #expect(program.begin.count == 1)
    #expect(program.rules.count == 1)
    #expect(program.end.count == 1)
  }
}
