import Foundation

/// Where the package is and where the real release documents are read in place
/// (`../shared/corpus` beside the package; never copied into the project). Test targets keep
/// their own `Corpus` views of it (which documents, the message when it is absent).
public enum CorpusLocation {
  /// The package root: the nearest directory above this file holding Package.swift.
  public static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
      url.deleteLastPathComponent()
    }
    return url
  }()

  /// `../shared/corpus` from the package root.
  public static let directory = packageRoot.appendingPathComponent("../shared/corpus")
    .standardizedFileURL

  /// The markdown documents there, but its `README.md`, sorted; none when it is absent.
  public static var documents: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
  }
}
