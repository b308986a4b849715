import Foundation
import OracleSupport
import Testing

/// The real documents in `../shared/corpus`, read in place (never copied into the project).
enum Corpus {
  static let packageRoot = CorpusLocation.packageRoot
  static let directory = CorpusLocation.directory

  static var isPresent: Bool { FileManager.default.fileExists(atPath: directory.path) }

  /// Why corpus tests are skipped, shown by Swift Testing.
  static let absence: Comment = "corpus not found at ../shared/corpus; corpus tests skipped"

  static let files = [
    "release-e2e-scenarios.2026-04-02.md",
    "release-e2e-scenarios.2026-05-24.md",
    "release-e2e-scenarios.2026-06-25.md",
  ]

  static func text(_ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }

  /// Every fenced shell block of a corpus file with the markdown line of its first code line.
  static func shellBlocks(_ name: String) throws -> [(line: Int, code: String)] {
    var blocks: [(Int, String)] = []
    var current: [String]?
    var start = 0
    for (index, line) in try text(name).split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let trimmed = line.drop { $0 == " " }
      if current == nil, trimmed.hasPrefix("```bash") || trimmed.hasPrefix("```sh") {
        current = []
        start = index + 2
      } else if current != nil, trimmed.hasPrefix("```") {
        blocks.append((start, current!.joined(separator: "\n")))
        current = nil
      } else if current != nil {
        current!.append(String(line))
      }
    }
    return blocks
  }
}
