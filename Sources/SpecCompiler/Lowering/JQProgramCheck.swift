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

  /// Longer programs are an error before libjq sees them: libjq takes seconds over a program
  /// of a megabyte before it reports anything.
  static let maximumProgramBytes = 64 * 1024

  func add(_ site: Site) {
    sites.append(site)
  }

  /// How many sites were added: `failures()` names sites by their index in this order.
  var count: Int { sites.count }

  /// One diagnostic per site whose program does not compile. Programs are compiled in one batch,
  /// each distinct program once, and only when the verdict cache does not know them.
  func diagnostics(cache: JQVerdictCache = JQVerdictCache()) -> [Diagnostic] {
    failures(cache: cache).map(\.diagnostic)
  }

  /// A site whose program does not compile: its index, its position and jq's message.
  struct Failure {
    var index: Int
    var site: Site
    /// `jq program does not compile: …`, without the owner.
    var message: String

    var diagnostic: Diagnostic {
      Diagnostic(
        .error, file: site.file, line: site.position.line, column: site.position.column,
        "\(message) (in \(site.owner))")
    }
  }

  /// The sites whose program does not compile, in the order they were added.
  func failures(cache: JQVerdictCache = JQVerdictCache()) -> [Failure] {
    var cache = cache
    var errors: [String: String?] = [:]
    var unknown: [(key: String, program: String, argumentNames: [String])] = []
    for site in sites where site.program.utf8.count <= Self.maximumProgramBytes {
      let key = JQVerdictCache.key(program: site.program, argumentNames: site.argumentNames)
      guard errors[key] == nil, !unknown.contains(where: { $0.key == key }) else { continue }
      if let known = cache.verdict(for: key) {
        errors[key] = known
      } else {
        unknown.append((key, site.program, site.argumentNames))
      }
    }
    if !unknown.isEmpty {
      let results = JQProgram.compile(unknown.map { ($0.program, $0.argumentNames) })
      for (entry, result) in zip(unknown, results) {
        let message: String?
        if case .failure(let error) = result {
          message = Self.oneLine(error.message)
        } else {
          message = nil
        }
        errors[entry.key] = message
        cache.record(entry.key, error: message)
      }
      cache.save()
    }
    return sites.enumerated().compactMap { index, site in
      let size = site.program.utf8.count
      if size > Self.maximumProgramBytes {
        return Failure(
          index: index, site: site,
          message: "jq program is \(size) bytes, more than the \(Self.maximumProgramBytes) accepted")
      }
      let key = JQVerdictCache.key(program: site.program, argumentNames: site.argumentNames)
      guard case .some(.some(let message)) = errors[key] else { return nil }
      return Failure(index: index, site: site, message: "jq program does not compile: \(message)")
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
