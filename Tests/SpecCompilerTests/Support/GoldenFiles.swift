import Foundation
import Testing

/// Golden files live in `Tests/SpecCompilerTests/Golden`. Set `RECORD_GOLDEN=1` to rewrite the
/// expected files from the current output instead of comparing (then review the diff, commit).
enum GoldenFiles {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Golden")
  static let documents = directory.appendingPathComponent("documents")
  static let specs = directory.appendingPathComponent("specs")
  static let diagnostics = directory.appendingPathComponent("diagnostics")
  static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

  static var documentNames: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: documents.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
  }

  /// Every file under `directory`, relative path → contents.
  static func contents(of directory: URL) -> [String: String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else {
      return [:]
    }
    var files: [String: String] = [:]
    for case let path as String in enumerator {
      let url = directory.appendingPathComponent(path)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files[path] = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      }
    }
    return files
  }

  static func record(_ files: [String: String], in directory: URL) throws {
    try? FileManager.default.removeItem(at: directory)
    for (path, text) in files {
      let url = directory.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  /// `Golden/diagnostics/NAME.txt`, one diagnostic a line; absent when there are none.
  static func recordOrCompareDiagnostics(_ lines: [String], of name: String) throws {
    let url = diagnostics.appendingPathComponent("\(name).txt")
    if recording {
      try? FileManager.default.removeItem(at: url)
      guard !lines.isEmpty else { return }
      try FileManager.default.createDirectory(at: diagnostics, withIntermediateDirectories: true)
      try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: url)
      return
    }
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    #expect(
      lines.map { $0 + "\n" }.joined() == expected,
      "diagnostics of \(name).md differ from \(url.lastPathComponent); rerun with RECORD_GOLDEN=1")
  }

  /// Rewrites `directory` with `files` in record mode; otherwise expects the same files there.
  static func recordOrCompare(_ files: [String: String], with directory: URL) throws {
    if recording {
      try record(files, in: directory)
      return
    }
    let expected = contents(of: directory)
    #expect(
      Set(files.keys) == Set(expected.keys),
      "file sets differ; rerun with RECORD_GOLDEN=1 to update")
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
      #expect(
        text == expected[path],
        "\(path) differs from the golden file; rerun with RECORD_GOLDEN=1 to update")
    }
  }
}
