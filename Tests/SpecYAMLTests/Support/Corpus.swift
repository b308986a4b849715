import Foundation
import OracleSupport
import Testing

/// The package, and the real documents in `../shared/corpus` read in place (never copied into
/// the project).
enum Corpus {
  static let packageRoot = CorpusLocation.packageRoot
  static let directory = CorpusLocation.directory

  /// The corpus documents (`*.md` but its `README.md`), sorted; none when the corpus is absent.
  static let files = CorpusLocation.documents

  static var isPresent: Bool { !files.isEmpty }

  /// Why corpus tests are skipped, shown by Swift Testing.
  static let absence: Comment = "corpus not found at ../shared/corpus; corpus tests skipped"

  static func text(_ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }
}
