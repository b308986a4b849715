import Foundation
import OracleSupport
import Testing

/// The real documents in `../shared/corpus`, read in place (never copied into the project).
enum FidelityCorpus {
  static let packageRoot = CorpusLocation.packageRoot
  static let directory = CorpusLocation.directory

  static var isPresent: Bool { FileManager.default.fileExists(atPath: directory.path) }

  static let absence: Comment =
    "corpus not found at ../shared/corpus; fidelity tests skipped"

  /// The corpus documents present, in name order.
  static var files: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasPrefix("release-e2e-scenarios") && $0.hasSuffix(".md") }.sorted()
  }

  static func text(_ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }
}

/// A document cut the way the bash runner cuts it: every shell block under the setup sections,
/// and the block of each `### S<digits> Title` heading.
struct FidelityDocument {
  struct ScenarioBlock {
    var id: String
    var title: String
    var code: String
  }

  static let setupSections: Set<String> = [
    "Common environment", "Auth-enabled runtime environment",
  ]

  var setupBlocks: [String] = []
  var scenarios: [ScenarioBlock] = []

  init(markdown: String) {
    enum Owner {
      case none
      case setup
      case scenario(Int)
    }
    var owner = Owner.none
    var block: [Substring]?
    var fence = ""
    var isShell = false
    var taken = Set<Int>()
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if var lines = block {
        if line.drop(while: { $0 == " " }).hasPrefix(fence),
          line.trimmingCharacters(in: .whitespaces) == fence
        {
          let code = lines.joined(separator: "\n")
          switch owner {
          case _ where !isShell: break
          case .setup: setupBlocks.append(code)
          case .scenario(let index) where !taken.contains(index):
            scenarios[index].code = code
            taken.insert(index)
          default: break
          }
          block = nil
        } else {
          lines.append(line)
          block = lines
        }
        continue
      }
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("```") {
        let info = trimmed.drop { $0 == "`" }.trimmingCharacters(in: .whitespaces)
        fence = String(trimmed.prefix { $0 == "`" })
        // Other fences (json, text) are read past but belong to nobody.
        isShell = info == "bash" || info == "sh" || info == "shell"
        block = []
        continue
      }
      if line.hasPrefix("## ") {
        let title = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
        owner = Self.setupSections.contains(title) ? .setup : .none
      } else if line.hasPrefix("### ") {
        let heading = line.dropFirst(4).trimmingCharacters(in: .whitespaces)
        if let match = heading.wholeMatch(of: /(S[0-9]+)[ \t]+(.*)/) {
          scenarios.append(ScenarioBlock(id: String(match.1), title: String(match.2), code: ""))
          owner = .scenario(scenarios.count - 1)
        } else {
          owner = .none
        }
      }
    }
  }

  /// Every variable a setup block assigns an `http://localhost:PORT` URL to (directly or as a
  /// `${NAME:-http://localhost:PORT}` default), in first-seen order.
  var localURLVariables: [String] {
    var names: [String] = []
    let pattern =
      /(?:^|[\s;])(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=["']?(?:\$\{[A-Za-z_][A-Za-z0-9_]*:?-)?http:\/\/localhost:[0-9]+/
    for block in setupBlocks {
      for line in block.split(separator: "\n") {
        for match in line.matches(of: pattern) where !names.contains(String(match.1)) {
          names.append(String(match.1))
        }
      }
    }
    return names
  }
}
