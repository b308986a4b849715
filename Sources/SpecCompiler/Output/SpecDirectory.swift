import Foundation
import SpecYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a document's files into its specs directory, touching only files whose bytes change,
/// and removes scenario files of scenarios that no longer exist: only regular files that carry
/// the generated-file header (`SpecYAML.generatedMarker`), never a hand-written `S99.yaml`.
public enum SpecDirectory {
  public struct Result: Equatable, Sendable {
    public var written: [String] = []
    public var unchanged: [String] = []
    public var removed: [String] = []
  }

  public static func write(_ files: [SpecFile], to directory: URL) throws -> Result {
    let fm = FileManager.default
    var result = Result()
    for file in files {
      let url = directory.appendingPathComponent(file.path)
      let data = Data(file.contents.utf8)
      if let existing = try? Data(contentsOf: url), existing == data {
        result.unchanged.append(file.path)
        continue
      }
      try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileReplacement.replace(url, with: data)
      result.written.append(file.path)
    }
    let keep = Set(files.map(\.path))
    let entries = (try? fm.contentsOfDirectory(atPath: directory.path)) ?? []
    for name in entries.sorted()
    where isScenarioFile(name) && !keep.contains(name)
      && isGenerated(directory.appendingPathComponent(name))
    {
      try fm.removeItem(at: directory.appendingPathComponent(name))
      result.removed.append(name)
    }
    return result
  }

  /// Files whose content differs from what `files` says they should be (or are missing), and
  /// scenario files that should not be there.
  public static func staleFiles(_ files: [SpecFile], in directory: URL) -> [String] {
    var stale: [String] = []
    for file in files {
      let url = directory.appendingPathComponent(file.path)
      if (try? Data(contentsOf: url)) != Data(file.contents.utf8) { stale.append(file.path) }
    }
    let keep = Set(files.map(\.path))
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    stale += entries.sorted().filter {
      isScenarioFile($0) && !keep.contains($0) && isGenerated(directory.appendingPathComponent($0))
    }
    return stale
  }

  /// A regular file (not a link) whose first or second line is the generated-file header.
  static func isGenerated(_ url: URL) -> Bool {
    var status = stat()
    guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      let handle = try? FileHandle(forReadingFrom: url)
    else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 1024)) ?? Data()
    let lines = head.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let marker = Data(SpecYAML.generatedMarker.utf8)
    return lines.prefix(2).contains { $0.starts(with: marker) }
  }

  static func isScenarioFile(_ name: String) -> Bool {
    guard name.hasPrefix("S"), name.hasSuffix(".yaml") else { return false }
    let id = name.dropFirst().dropLast(5)
    return !id.isEmpty && id.allSatisfy(\.isNumber)
  }
}
