import Foundation
import SpecModel
import Testing

@testable import SpecCompiler

/// `spec-compiler graph`: the golden documents' needs graphs as Mermaid and DOT
/// (`Golden/graphs/NAME.mmd`, `NAME.dot`; `RECORD_GOLDEN=1` rewrites them), and the escaping of
/// labels.
@Suite struct NeedsGraphTests {
  @Test func goldenDocumentsGraphs() throws {
    var files: [String: String] = [:]
    for name in GoldenFiles.documentNames {
      let (compiled, _, _) = try GoldenSpecTests.compile(name)
      let document = try #require(compiled)
      files["\(name).mmd"] = NeedsGraph.render(document.scenarios, format: .mermaid)
      files["\(name).dot"] = NeedsGraph.render(document.scenarios, format: .dot)
      // Every need of the IR is on an edge, with its reason.
      let edges = NeedsGraph.edges(document.scenarios)
      for scenario in document.scenarios {
        for need in scenario.needs {
          #expect(
            edges.contains {
              $0.from == need.scenario && $0.to == scenario.id
                && $0.reasons.contains { $0.hasPrefix(need.reason.rawValue) }
            }, "\(need.scenario) → \(scenario.id) missing")
        }
      }
    }
    #expect(files["storefront.mmd"]?.contains("-->") == true, "storefront has needs")
    try GoldenFiles.recordOrCompare(
      files, with: GoldenFiles.directory.appendingPathComponent("graphs"))
  }

  @Test func labelsAreEscaped() {
    var needing = Scenario(id: "S02", title: "Uses \"quoted\" <b>", description: "")
    needing.needs = [Need(scenario: "S01", reason: .resource, detail: "uses ${A|B}, #1 \"x\"\\")]
    let scenarios = [Scenario(id: "S01", title: "First", description: ""), needing]
    let mermaid = NeedsGraph.render(scenarios, format: .mermaid)
    #expect(mermaid.contains(#"S02["S02 Uses #quot;quoted#quot; #lt;b#gt;"]"#))
    #expect(mermaid.contains(#"S01 -->|"resource: uses ${A#124;B}, #35;1 #quot;x#quot;\"| S02"#))
    let dot = NeedsGraph.render(scenarios, format: .dot)
    #expect(dot.contains(#""S01" -> "S02" [label="resource: uses ${A|B}, #1 \"x\"\\"];"#))
  }
}
