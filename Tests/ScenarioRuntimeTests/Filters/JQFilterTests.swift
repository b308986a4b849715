import Foundation
import ScenarioRuntime
import SpecModel
import Testing

struct JQFilterTests {
  static let input = bytes("{\"id\":\"a\",\"n\":1}\n{\"id\":\"b\",\"n\":null}\n")

  @Test func optionsAreJQOptions() throws {
    var invocation = JQInvocation(program: "[.id, .n]")
    invocation.compact = true
    #expect(text(try runFilter(.jq(invocation), Self.input).output) == "[\"a\",1]\n[\"b\",null]\n")
    invocation = JQInvocation(program: ".n")
    invocation.exitStatus = true
    #expect(try runFilter(.jq(invocation), Self.input).status == 1)
    invocation = JQInvocation(program: ".id")
    invocation.joinOutput = true
    #expect(text(try runFilter(.jq(invocation), Self.input).output) == "ab")
    invocation = JQInvocation(program: ".")
    invocation.slurp = true
    invocation.rawInput = true
    #expect(text(try runFilter(.jq(invocation), bytes("x\ny")).output) == "\"x\\ny\"\n")
  }

  @Test func argumentsAreExpanded() throws {
    var invocation = JQInvocation(program: "select(.id == $want) | .n + $add")
    invocation.arguments = [
      SpecModel.JQArgument(name: "want", value: Template([.variable("WANT")])),
      SpecModel.JQArgument(name: "add", value: "41", json: true),
    ]
    let result = try runFilter(.jq(invocation), Self.input, variables: ["WANT": "a"])
    #expect(text(result.output) == "42\n")
    #expect(throws: UnboundVariable(name: "WANT")) { try runFilter(.jq(invocation), Self.input) }
  }

  @Test func errorsAndStatus() throws {
    let result = try runFilter(.jq(JQInvocation(program: ".id")), bytes("HTTP/1.1 200 OK\r\n"))
    #expect(result.status == 4)
    #expect(text(result.stderr).hasPrefix("parse error: "))
  }

  @Test func inputFilesAreReadInOrderAsOneStream() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("{\"n\":1}\n".utf8).write(to: directory.appendingPathComponent("a.json"))
    try Data("{\"n\":\"x\"}\n".utf8).write(to: directory.appendingPathComponent("b.json"))
    var invocation = JQInvocation(program: ".n + 1")
    invocation.inputFiles = ["a.json", "missing.json", "b.json"]
    let result = try runFilter(.jq(invocation), [], directory: directory.path)
    #expect(text(result.output) == "2\n")
    #expect(result.status == 2)
    #expect(
      text(result.stderr)
        == "jq: error: Could not open file missing.json: No such file or directory\n"
        + "jq: error (at b.json:1): string (\"x\") and number (1) cannot be added\n")
  }
}
