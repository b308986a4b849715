import Foundation

/// Where a document's YAML is, where its Swift goes, and what paths in headers are relative to.
public struct RenderLocations: Sendable, Equatable {
  /// The directory holding `document.yaml` (its `source:` is relative to it).
  public var specsDirectory: URL
  /// `generated/`: the suite goes into `<generatedRoot>/<Suite>/`.
  public var generatedRoot: URL
  /// Paths named in do-not-edit headers are relative to this directory (by default the parent of
  /// `generatedRoot`: the package root when `generated/` sits there).
  public var displayBase: URL

  public init(specsDirectory: URL, generatedRoot: URL, displayBase: URL? = nil) {
    self.specsDirectory = specsDirectory.standardizedFileURL
    self.generatedRoot = generatedRoot.standardizedFileURL
    self.displayBase =
      (displayBase ?? generatedRoot.deletingLastPathComponent())
      .standardizedFileURL
  }

  /// The markdown document named by `source:` (relative to the specs directory unless absolute).
  func markdown(source: String) -> URL {
    source.hasPrefix("/")
      ? URL(fileURLWithPath: source).standardizedFileURL
      : specsDirectory.appendingPathComponent(source).standardizedFileURL
  }

  /// `file` relative to `directory`, both absolute: `../../specs/doc.md`.
  static func relativePath(from directory: URL, to file: URL) -> String {
    let base = directory.standardizedFileURL.pathComponents
    let target = file.standardizedFileURL.pathComponents
    var common = 0
    while common < base.count, common < target.count, base[common] == target[common] {
      common += 1
    }
    let ups = Array(repeating: "..", count: base.count - common)
    return (ups + target[common...]).joined(separator: "/")
  }
}
