import SpecModel

/// The `needs` graph of a document, for reviewers: every scenario a node (`S06 Title`), every
/// need an edge from the scenario that runs first to the one that needs it, labelled with its
/// reasons (`resource: uses ${ORDER_NAME}, which S03 sent in PUT …`). Mermaid (GitHub renders
/// it in a pull request's ```mermaid block) or Graphviz DOT.
public enum NeedsGraph {
  public enum Format: String, CaseIterable, Sendable {
    case mermaid, dot
  }

  /// Characters of one reason's detail shown on an edge before `…`.
  static let detailLimit = 90

  public static func render(_ scenarios: [Scenario], format: Format) -> String {
    switch format {
    case .mermaid: return mermaid(scenarios)
    case .dot: return dot(scenarios)
    }
  }

  /// One edge per (needed, needing) pair, in document order of the needing scenario, its
  /// reasons in the order the IR lists them.
  static func edges(_ scenarios: [Scenario]) -> [(from: String, to: String, reasons: [String])] {
    var result: [(from: String, to: String, reasons: [String])] = []
    for scenario in scenarios {
      var order: [String] = []
      var reasons: [String: [String]] = [:]
      for need in scenario.needs {
        if reasons[need.scenario] == nil { order.append(need.scenario) }
        reasons[need.scenario, default: []].append(label(need))
      }
      for id in order { result.append((id, scenario.id, reasons[id] ?? [])) }
    }
    return result
  }

  static func label(_ need: Need) -> String {
    let detail =
      need.detail.count > detailLimit ? need.detail.prefix(detailLimit - 1) + "…" : need.detail
    return detail.isEmpty ? need.reason.rawValue : "\(need.reason.rawValue): \(detail)"
  }

  static func mermaid(_ scenarios: [Scenario]) -> String {
    var lines = ["flowchart LR"]
    for scenario in scenarios {
      let note = scenario.isSupported ? "" : " (unsupported)"
      lines.append(
        "  \(scenario.id)[\"\(mermaidText("\(scenario.id) \(scenario.title)\(note)"))\"]")
    }
    for edge in edges(scenarios) {
      let label = edge.reasons.map(mermaidText).joined(separator: "<br/>")
      lines.append("  \(edge.from) -->|\"\(label)\"| \(edge.to)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Text inside a quoted Mermaid label: quotes and markup characters as entity codes.
  static func mermaidText(_ text: String) -> String {
    var out = ""
    for char in text {
      switch char {
      case "\"": out += "#quot;"
      case "<": out += "#lt;"
      case ">": out += "#gt;"
      case "#": out += "#35;"
      case "|": out += "#124;"
      case "\n": out += " "
      default: out.append(char)
      }
    }
    return out
  }

  static func dot(_ scenarios: [Scenario]) -> String {
    var lines = ["digraph needs {", "  rankdir=LR;", "  node [shape=box];"]
    for scenario in scenarios {
      let note = scenario.isSupported ? "" : " (unsupported)"
      let style = scenario.isSupported ? "" : ", style=dashed"
      lines.append(
        "  \(dotString(scenario.id)) [label=\(dotString("\(scenario.id) \(scenario.title)\(note)"))\(style)];"
      )
    }
    for edge in edges(scenarios) {
      lines.append(
        "  \(dotString(edge.from)) -> \(dotString(edge.to)) [label=\(dotString(edge.reasons.joined(separator: "\n")))];"
      )
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A DOT quoted string: `"` and `\` escaped, newlines as `\n` (centred lines).
  static func dotString(_ text: String) -> String {
    var out = "\""
    for char in text {
      switch char {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.append(char)
      }
    }
    return out + "\""
  }
}
