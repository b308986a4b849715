import JQ
import SpecModel

/// Checks every jq program of a document with libjq, exactly as `jq` would compile it.
///
/// libjq 1.6 rebuilds its builtins for every compilation (~13 ms), so programs are collected
/// while lowering and compiled together at the end in one batch, each distinct program once.
final class JQProgramCheck {
  struct Site {
    var program: String
    var argumentNames: [String]
    var file: String
    var owner: String
    var position: SourcePosition
  }

  private var sites: [Site] = []

  func add(_ site: Site) {
    sites.append(site)
  }

  /// One diagnostic per site whose program does not compile.
  func diagnostics() -> [Diagnostic] {
    var distinct: [String: Int] = [:]
    var programs: [(program: String, argumentNames: [String])] = []
    for site in sites {
      let key = site.argumentNames.joined(separator: ",") + "\u{0}" + site.program
      if distinct[key] == nil {
        distinct[key] = programs.count
        programs.append((site.program, site.argumentNames))
      }
    }
    let results = JQProgram.compile(programs)
    return sites.compactMap { site in
      let key = site.argumentNames.joined(separator: ",") + "\u{0}" + site.program
      guard case .failure(let error) = results[distinct[key]!] else { return nil }
      return Diagnostic(
        .error, file: site.file, line: site.position.line, column: site.position.column,
        "jq program does not compile: \(Self.oneLine(error.message)) (in \(site.owner))")
    }
  }

  /// jq's lines (`jq: error: … line 1:`, the program, `jq: 1 compile error`) as one line.
  static func oneLine(_ message: String) -> String {
    message.split(separator: "\n")
      .map { line -> Substring in
        var line = line
        if line.hasPrefix("jq: ") { line = line.dropFirst(4) }
        if line.hasPrefix("error: ") { line = line.dropFirst(7) }
        return line.drop { $0 == " " }
      }
      .filter { !$0.isEmpty && !$0.hasSuffix("compile error") && !$0.hasSuffix("compile errors") }
      .map { String($0.reversed().drop { $0 == " " }.reversed()) }
      .joined(separator: " ")
  }
}
