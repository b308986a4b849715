import Foundation
import SpecModel
import Testing

@testable import SpecCompiler
@testable import SpecYAML

/// The generated Swift is what `swift format` would write, under the package's configuration.
@Suite(
  .enabled(if: SwiftToolchain.swiftFormat != nil, "swift-format not found: lint not checked"))
struct GeneratedLintTests {
  static let configuration = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".swift-format")

  static func lint(_ files: [SpecFile]) async throws -> SwiftToolchain.Run {
    let directory = try SwiftToolchain.scratch("generated-lint")
    defer {
      if ProcessInfo.processInfo.environment["KEEP_LINT_SCRATCH"] == nil {
        try? FileManager.default.removeItem(at: directory)
      }
    }
    let urls = try SwiftToolchain.write(files, under: directory)
    let tool = try #require(SwiftToolchain.swiftFormat)
    let lint = try await SwiftToolchain.run(
      tool, ["lint", "--strict", "--configuration", configuration.path] + urls.map(\.path))
    // Formatting must not change a byte either (lint may stop at a file's first difference).
    let format = try await SwiftToolchain.run(
      tool, ["format", "--in-place", "--configuration", configuration.path] + urls.map(\.path))
    var output = lint.output + format.output
    for (file, url) in zip(files, urls)
    where (try? String(contentsOf: url, encoding: .utf8)) != file.contents {
      output += "\(file.path): swift format changes it\n"
    }
    return SwiftToolchain.Run(status: lint.status | format.status, output: output)
  }

  @Test(arguments: GoldenFiles.documentNames)
  func goldenSuitesAreLintClean(_ name: String) async throws {
    let files = try GoldenSwiftTests.render(name).map { SpecFile(path: $0.key, contents: $0.value) }
    let result = try await Self.lint(files)
    #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
  }

  @Test func aDocumentWithoutScenariosIsLintClean() async throws {
    let empty = CompiledDocument(
      document: SpecDocument(source: "../doc.md", title: "Empty"), scenarios: [],
      sourceMap: SourceMap(source: "../doc.md", headings: []))
    let result = try await Self.lint(try HostileInputTests.render(empty).1.files)
    #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
  }

  /// Titles and paths of every length around the line limit, in every place they appear.
  @Test func longTitlesAndPathsAreLaidOutAsSwiftFormatWould() async throws {
    let words = (1...140).map { "w\($0 % 10)" }.joined(separator: " ")
    let texts = (1...130).map { String(words.prefix($0)) + "é" }
    let source = "../../" + String(repeating: "long-directory-", count: 7) + "/doc.md"
    var files = try HostileInputTests.render(HostileInputTests.document(texts, source: source)).1
      .files
    // Document titles around the limit of the top suite's attribute, whose arguments fill lines.
    for length in stride(from: 40, through: 110, by: 3) {
      let suite = try HostileInputTests.render(HostileInputTests.document([texts[length]])).1
      files.append(
        contentsOf: suite.files.prefix(1).map {
          SpecFile(path: "\(length)/\($0.path)", contents: $0.contents)
        })
    }
    let result = try await Self.lint(files)
    #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
  }

  @Test func hostileSuiteIsLintClean() async throws {
    let result = try await Self.lint(try HostileInputTests.render().1.files)
    #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
  }
}
