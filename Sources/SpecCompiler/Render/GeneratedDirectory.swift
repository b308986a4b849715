import Foundation
import SpecYAML

/// Writes generated Swift under the generated root, touching only files whose bytes change, and
/// finds or removes generated files nothing generates any more. A file counts as generated when
/// it starts with the do-not-edit header; hand-written files are never removed.
public enum GeneratedDirectory {
  public struct Result: Equatable, Sendable {
    public var written: [String] = []
    public var unchanged: [String] = []
    public var removed: [String] = []
  }

  /// Writes `files` (paths relative to `root`) and removes other generated files in the
  /// directories `scope` (relative to `root`; the whole root when nil).
  public static func write(_ files: [SpecFile], to root: URL, scope: [String]? = nil) throws
    -> Result
  {
    let fm = FileManager.default
    var result = Result()
    for file in files {
      let url = root.appendingPathComponent(file.path)
      let data = Data(file.contents.utf8)
      if let existing = try? Data(contentsOf: url), existing == data {
        result.unchanged.append(file.path)
        continue
      }
      try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileReplacement.replace(url, with: data)
      result.written.append(file.path)
    }
    for path in extraFiles(files, in: root, scope: scope) {
      try fm.removeItem(at: root.appendingPathComponent(path))
      result.removed.append(path)
    }
    return result
  }

  /// Paths (relative to `root`) of files that are missing or differ from `files`, then of
  /// generated files in `scope` that `files` does not include.
  public static func staleFiles(_ files: [SpecFile], in root: URL, scope: [String]? = nil)
    -> [String]
  {
    var stale: [String] = []
    for file in files {
      let url = root.appendingPathComponent(file.path)
      if (try? Data(contentsOf: url)) != Data(file.contents.utf8) { stale.append(file.path) }
    }
    return stale + extraFiles(files, in: root, scope: scope)
  }

  /// Generated `.swift` files under the scope directories that `files` does not name.
  static func extraFiles(_ files: [SpecFile], in root: URL, scope: [String]?) -> [String] {
    let keep = Set(files.map(\.path))
    var extra: [String] = []
    for directory in scope ?? [""] {
      let base = directory.isEmpty ? root : root.appendingPathComponent(directory)
      guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { continue }
      for case let relative as String in enumerator where relative.hasSuffix(".swift") {
        let path = directory.isEmpty ? relative : "\(directory)/\(relative)"
        if !keep.contains(path), isGenerated(root.appendingPathComponent(path)) {
          extra.append(path)
        }
      }
    }
    return extra.sorted()
  }

  /// Whether the file is a regular file (not a link) that starts with the do-not-edit header.
  static func isGenerated(_ url: URL) -> Bool {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    guard attributes?[.type] as? FileAttributeType == .typeRegular,
      let handle = try? FileHandle(forReadingFrom: url)
    else { return false }
    defer { try? handle.close() }
    let marker = Data(SuiteLayout.marker.utf8)
    return (try? handle.read(upToCount: marker.count)) == marker
  }
}
