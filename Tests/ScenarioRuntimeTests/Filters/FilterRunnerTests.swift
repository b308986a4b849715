import Foundation
import ScenarioRuntime
import SpecModel
import Testing

struct FilterRunnerTests {
  @Test func relativePathsResolveAgainstTheWorkingDirectory() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try FilterRunner.run(
      .tee(files: ["sub.txt"], append: false), input: bytes("z"), expand: expander(),
      workingDirectory: directory.path)
    #expect(
      FileManager.default.fileExists(atPath: directory.appendingPathComponent("sub.txt").path))
  }
}
