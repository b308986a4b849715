import Foundation
import ScenarioRuntime
import SpecModel
import Testing

struct TeeFilterTests {
  @Test func catPassesInputThrough() throws {
    let input = bytes("a\nb")
    #expect(try runFilter(.tee(files: [], append: false), input) == FilterResult(output: input))
  }

  @Test func writesAndAppendsRelativeToTheWorkingDirectory() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("out.txt")
    let write = Filter.tee(files: ["out.txt"], append: false)
    let append = Filter.tee(files: ["out.txt"], append: true)
    #expect(
      try runFilter(write, bytes("one\n"), directory: directory.path).output == bytes("one\n"))
    _ = try runFilter(append, bytes("two\n"), directory: directory.path)
    #expect(try String(contentsOf: file, encoding: .utf8) == "one\ntwo\n")
    _ = try runFilter(write, bytes("three\n"), directory: directory.path)
    #expect(try String(contentsOf: file, encoding: .utf8) == "three\n")
    let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions]
    #expect(((mode as? NSNumber)?.intValue ?? 0) & 0o600 == 0o600)
  }

  @Test func reportsAFileItCannotWriteAndStillPassesInputThrough() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try runFilter(
      .tee(files: ["missing/out.txt"], append: false), bytes("x\n"), directory: directory.path)
    #expect(result.output == bytes("x\n"))
    #expect(result.status == 1)
    #expect(text(result.stderr) == "tee: missing/out.txt: No such file or directory\n")
  }

  @Test(arguments: [
    ("/dev/null", "x\n", ""), ("/dev/stdout", "x\nx\n", ""), ("/dev/stderr", "x\n", "x\n"),
  ])
  func theShellsOwnStreams(_ file: String, _ output: String, _ stderr: String) throws {
    let result = try runFilter(.tee(files: [Template(literal: file)], append: false), bytes("x\n"))
    #expect(text(result.output) == output)
    #expect(text(result.stderr) == stderr)
  }

  @Test func fileNameIsExpanded() throws {
    let filter = Filter.tee(files: [Template([.variable("OUT")])], append: false)
    #expect(throws: UnboundVariable(name: "OUT")) { try runFilter(filter, bytes("")) }
  }
}
