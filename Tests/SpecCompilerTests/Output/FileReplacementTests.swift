import Foundation
import Testing

@testable import SpecCompiler

/// `FileReplacement.replace`: a temporary file beside the target, renamed over it.
@Suite struct FileReplacementTests {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "replace-\(UUID().uuidString)")

  @Test func replacesTheBytesAndLeavesNoTemporaryFile() throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("S01.yaml")
    try FileReplacement.replace(url, with: Data("first, longer\n".utf8))
    try FileReplacement.replace(url, with: Data("second\n".utf8))
    #expect(try Data(contentsOf: url) == Data("second\n".utf8))
    try FileReplacement.replace(url, with: Data())
    #expect(try Data(contentsOf: url).isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["S01.yaml"])
  }

  @Test func aMissingDirectoryIsAnErrorNamingTheFile() throws {
    let url = directory.appendingPathComponent("absent/S01.yaml")
    let error = #expect(throws: CocoaError.self) {
      try FileReplacement.replace(url, with: Data("x\n".utf8))
    }
    #expect(error?.userInfo[NSFilePathErrorKey] as? String == url.path)
  }
}
