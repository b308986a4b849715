import Foundation
import Testing

/// The package, and the real documents in `../shared/corpus` read in place (never copied into
/// the project).
enum Corpus {
  /// The package root: the nearest directory above this file holding Package.swift.
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
      url.deleteLastPathComponent()
    }
    return url
  }()

  static let directory = packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL

  /// The corpus documents (`*.md` but its `README.md`), sorted; none when the corpus is absent.
  static let files: [String] = {
    let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
    return (names ?? []).filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
  }()

  static var isPresent: Bool { !files.isEmpty }

  /// Why corpus tests are skipped, shown by Swift Testing.
  static let absence: Comment = "corpus not found at ../shared/corpus; corpus tests skipped"

  static func text(_ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }
}
