import Foundation
import Testing

@testable import SpecCompiler

@Suite struct GeneratedDirectoryTests {
  /// A link named like a generated file, pointing at one, is not a file the generator wrote:
  /// neither the link nor its target is removed.
  @Test func aLinkToAGeneratedFileIsNotSwept() throws {
    let fm = FileManager.default
    let root = fm.temporaryDirectory.appendingPathComponent("gendir-\(UUID().uuidString)")
    defer { try? fm.removeItem(at: root) }
    let suite = root.appendingPathComponent("Suite")
    try fm.createDirectory(at: suite, withIntermediateDirectories: true)
    let target = root.appendingPathComponent("elsewhere.txt")
    try Data("\(SuiteLayout.marker)x\n".utf8).write(to: target)
    let link = suite.appendingPathComponent("Suite+S09.swift")
    try fm.createSymbolicLink(at: link, withDestinationURL: target)
    let stale = suite.appendingPathComponent("Suite+S08.swift")
    try Data("\(SuiteLayout.marker)x\n".utf8).write(to: stale)

    let result = try GeneratedDirectory.write([], to: root, scope: ["Suite"])
    #expect(result.removed == ["Suite/Suite+S08.swift"])
    #expect((try? fm.destinationOfSymbolicLink(atPath: link.path)) == target.path)
    #expect(fm.fileExists(atPath: target.path))
  }
}
