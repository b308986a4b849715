import Foundation

/// Remembers, across runs, which jq programs compile and jq's message for those that don't.
///
/// A verdict depends only on the program text, its argument names and the jq version, and
/// libjq 1.6 spends ~13 ms per compilation rebuilding its builtins: an unchanged document
/// recompiles without calling libjq again. Stored as JSON in `$XDG_CACHE_HOME/spec-compiler/`
/// (or `~/.cache/spec-compiler/`); `SPEC_COMPILER_CACHE=0` turns it off. A damaged or missing
/// cache is just empty.
struct JQVerdictCache {
  /// Bump when the checker's verdicts could change (another libjq, another wrapping).
  static let version = "jq-1.6-v1"

  let url: URL?
  private(set) var verdicts: [String: String] = [:]
  private(set) var changed = false

  init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    guard environment["SPEC_COMPILER_CACHE"] != "0" else {
      url = nil
      return
    }
    let base =
      environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
      ?? environment["HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent(".cache") }
    url = base?.appendingPathComponent("spec-compiler/\(Self.version).json")
    if let url, let data = try? Data(contentsOf: url),
      let stored = try? JSONDecoder().decode([String: String].self, from: data)
    {
      verdicts = stored
    }
  }

  static func key(program: String, argumentNames: [String]) -> String {
    argumentNames.joined(separator: ",") + "\u{0}" + program
  }

  /// `.some(nil)`: compiles; `.some(message)`: jq's error; `nil`: unknown.
  func verdict(for key: String) -> String?? {
    guard let stored = verdicts[key] else { return nil }
    return .some(stored.isEmpty ? nil : stored)
  }

  mutating func record(_ key: String, error: String?) {
    verdicts[key] = error ?? ""
    changed = true
  }

  func save() {
    guard changed, let url, let data = try? JSONEncoder().encode(verdicts) else { return }
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? data.write(to: url, options: .atomic)
  }
}
