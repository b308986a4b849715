import Foundation
import Testing

@testable import SpecCompiler

@Suite struct JQProgramCheckTests {
  func check(_ programs: [String]) -> [String] {
    let check = JQProgramCheck()
    for (index, program) in programs.enumerated() {
      check.add(
        JQProgramCheck.Site(
          program: program, argumentNames: [], file: "doc.md", owner: "S01",
          position: .init(line: 3 + index, column: 7)))
    }
    return check.diagnostics().map(\.description)
  }

  @Test func everySiteOfABadProgramIsReportedAtItsPosition() {
    let reported = check([".a | ]", ".ok", ".a | ]"])
    #expect(reported.count == 2)
    #expect(reported[0].hasPrefix("doc.md:3:7: error: jq program does not compile: syntax error"))
    #expect(reported[1].hasPrefix("doc.md:5:7: error: jq program does not compile: syntax error"))
  }

  /// The verdict cache that used to live in `~/.cache/spec-compiler` could be planted: an entry
  /// saying a bad program compiles made `compile` accept it. libjq decides every time now.
  @Test(
    .enabled(if: SpecCompilerExecutable.url != nil, "spec-compiler executable not built"))
  func aPlantedVerdictIsNotTrusted() async throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jqcheck-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: home) }
    let cache = home.appendingPathComponent("spec-compiler")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    try Data(#"{"\u0000.a | ]": ""}"#.utf8).write(
      to: cache.appendingPathComponent("jq-1.6-v1.json"))
    let doc = home.appendingPathComponent("doc.md")
    try Data(Lowered.document("echo '{}' | jq '.a | ]'").utf8).write(to: doc)
    let result = try await SpecCompilerExecutable.run(
      ["compile", doc.path, "--specs", home.appendingPathComponent("specs").path],
      environment: ["XDG_CACHE_HOME": home.path, "SPEC_COMPILER_CACHE": nil])
    #expect(result.status == 1)
    #expect(result.stderr.contains("jq program does not compile"), "\(result.stderr)")
  }
}
