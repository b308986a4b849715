import Foundation
import Shell

/// Filename expansion of a pattern (`*.json`, `out/report-?.txt`, `[ab]*/x`), as bash does it
/// with its default options: each `/`-separated component with a glob character matches the
/// entries of the directory reached so far (names starting with `.` only when the component
/// starts with `.`, never `.` and `..`), the paths are sorted by byte order (the collation of
/// the C.UTF-8 locale the runner uses), and a pattern that matches nothing is left as the word
/// (without its escapes), not removed (no `nullglob`).
enum FilenameGlob {
  /// `pattern` has quoted characters backslash-escaped; relative paths are resolved against
  /// `directory` and returned relative, as bash prints them.
  static func expand(_ pattern: String, in directory: String) -> [String] {
    let absolute = pattern.hasPrefix("/")
    let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(
      String.init)
    var paths: [String] = [absolute ? "/" : ""]
    for (index, component) in components.enumerated() {
      let isLast = index == components.count - 1
      var next: [String] = []
      for prefix in paths {
        if !BashPattern.hasGlobCharacter(component) {
          let path = prefix + unescape(component)
          if isLast || isDirectory(resolve(path, in: directory)) {
            next.append(isLast ? path : path + "/")
          }
          continue
        }
        let glob = BashPattern(glob: component)
        let base = resolve(prefix.isEmpty ? "." : prefix, in: directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        for name in names where name != "." && name != ".." {
          if name.hasPrefix(".") && !component.hasPrefix(".") && !component.hasPrefix("\\.") {
            continue
          }
          guard glob.matches(name) else { continue }
          let path = prefix + name
          if isLast {
            next.append(path)
          } else if isDirectory(resolve(path, in: directory)) {
            next.append(path + "/")
          }
        }
      }
      paths = next
    }
    // Every component literal: bash does not look at the file system.
    if !components.contains(where: { BashPattern.hasGlobCharacter($0) }) {
      return [unescape(pattern)]
    }
    let found = paths.filter {
      !$0.isEmpty && FileManager.default.fileExists(atPath: resolve($0, in: directory))
    }
    guard !found.isEmpty else { return [unescape(pattern)] }
    return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }

  private static func unescape(_ text: String) -> String {
    var out = ""
    var escaped = false
    for c in text {
      if !escaped && c == "\\" {
        escaped = true
        continue
      }
      escaped = false
      out.append(c)
    }
    return out
  }

  private static func resolve(_ path: String, in directory: String) -> String {
    path.hasPrefix("/") ? path : directory + "/" + path
  }

  private static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}
