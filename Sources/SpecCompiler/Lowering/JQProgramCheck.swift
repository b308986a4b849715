import JQ
import SpecModel

/// Checks every jq program of a document with libjq, exactly as `jq` would compile it.
///
/// libjq 1.6 rebuilds its builtins for every compilation (~13 ms), so programs are collected
/// while lowering and checked together at the end, each distinct program once: those that
/// parse and use only builtins and bound variables without libjq (`JQCertainCompile`), the
/// others compiled in one batch.
final class JQProgramCheck {
  struct Site {
    var program: String
    var argumentNames: [String]
    var file: String
    var owner: String
    var position: SourcePosition
  }

  /// The sites added, in order.
  private(set) var sites: [Site] = []

  /// Longer programs are an error before libjq sees them: libjq takes seconds over a program
  /// of a megabyte before it reports anything.
  static let maximumProgramBytes = 64 * 1024

  func add(_ site: Site) {
    sites.append(site)
  }

  /// How many sites were added: `failures()` names sites by their index in this order.
  var count: Int { sites.count }

  /// One diagnostic per site whose program does not compile.
  func diagnostics() -> [Diagnostic] {
    failures().map(\.diagnostic)
  }

  /// A site whose program does not compile: its index, its position and jq's message.
  struct Failure {
    var index: Int
    var site: Site
    var kind: LoweringDiagnostic
    /// `jq program does not compile: …`, without the owner.
    var message: String { kind.message }

    var diagnostic: Diagnostic {
      Diagnostic(
        kind.severity, file: site.file, line: site.position.line, column: site.position.column,
        "\(message) (in \(site.owner))", id: kind.id)
    }
  }

  /// The sites whose program does not compile, in the order they were added. Programs are
  /// compiled by libjq in one batch, each distinct program once; programs over
  /// `maximumProgramBytes` are refused before libjq sees them. No verdict is remembered between
  /// runs: a stored verdict saved ~0.1 s on the largest document and could be planted or
  /// outlive its libjq.
  func failures() -> [Failure] {
    var keys: [String] = []
    var programs: [(String, [String])] = []
    var seen = Set<String>()
    for site in sites where site.program.utf8.count <= Self.maximumProgramBytes {
      let key = Self.key(site)
      if seen.insert(key).inserted {
        keys.append(key)
        programs.append((site.program, site.argumentNames))
      }
    }
    var errors: [String: String] = [:]
    for (key, result) in zip(keys, JQProgram.compile(programs)) {
      if case .failure(let error) = result { errors[key] = Self.oneLine(error.message) }
    }
    return sites.enumerated().compactMap { index, site in
      let size = site.program.utf8.count
      if size > Self.maximumProgramBytes {
        return Failure(
          index: index, site: site,
          kind: .jqProgramTooLarge(bytes: size, maximum: Self.maximumProgramBytes))
      }
      guard let message = errors[Self.key(site)] else { return nil }
      return Failure(index: index, site: site, kind: .jqDoesNotCompile(message))
    }
  }

  /// Programs with the same text and argument names compile the same way.
  private static func key(_ site: Site) -> String {
    site.argumentNames.joined(separator: ",") + "\u{0}" + site.program
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
