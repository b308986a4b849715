import SpecModel

/// What a concurrent run (`--jobs`) runs and what each scenario waits for.
///
/// `order` is the order a serial run gives: each selected scenario after its needs, depth
/// first, each once; outcomes are released (console, raw log, summary) in this order. A
/// scenario starts once its `predecessors` ended: its needs, and the scenarios it must keep its
/// order with (`Scenario.after`). An ordering edge through a scenario that does not run carries
/// over to what that scenario is ordered after, so a filtered run keeps every pair in order.
/// Every edge points to an earlier scenario of `order` (an edge the other way is turned around:
/// the serial order decides), so the plan has no cycle.
struct ConcurrentPlan: Sendable {
  var order: [String]
  var predecessors: [String: [String]]

  init(_ loaded: CompiledDocument, selected: [String]) {
    var byID: [String: Scenario] = [:]
    for scenario in loaded.scenarios where byID[scenario.id] == nil {
      byID[scenario.id] = scenario
    }
    var order: [String] = []
    var visited = Set<String>()
    func visit(_ id: String, depth: Int) {
      guard visited.insert(id).inserted else { return }
      // Needs chains are as long as the document at most; the bound keeps a corrupt YAML from
      // exhausting the stack.
      if depth < 10_000, let scenario = byID[id], scenario.isSupported {
        for need in scenario.needs where need.scenario != id {
          visit(need.scenario, depth: depth + 1)
        }
      }
      order.append(id)
    }
    for id in selected { visit(id, depth: 0) }
    self.order = order

    let position = Dictionary(
      order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    // The scenarios of the run that `id` is ordered after, an edge to a scenario that does not
    // run replaced by what that one was ordered after or needed (an ordering edge is left out
    // where a need already orders the pair), memoized.
    var through: [String: Set<String>] = [:]
    func ordered(after id: String, viaNeeds: Bool, depth: Int) -> Set<String> {
      var found = Set<String>()
      let scenario = byID[id]
      let linked =
        (scenario?.after.map(\.scenario) ?? [])
        + (viaNeeds ? scenario?.needs.map(\.scenario) ?? [] : [])
      for other in linked where other != id {
        if position[other] != nil {
          found.insert(other)
        } else if depth < 10_000 {
          found.formUnion(skipped(other, depth: depth + 1))
        }
      }
      return found
    }
    func skipped(_ id: String, depth: Int) -> Set<String> {
      if let known = through[id] { return known }
      through[id] = []
      let found = ordered(after: id, viaNeeds: true, depth: depth)
      through[id] = found
      return found
    }
    var edges: [String: Set<String>] = [:]
    for id in order {
      guard let index = position[id] else { continue }
      var linked = ordered(after: id, viaNeeds: false, depth: 0)
      if let scenario = byID[id], scenario.isSupported {
        linked.formUnion(scenario.needs.map(\.scenario).filter { position[$0] != nil })
      }
      for other in linked where other != id {
        guard let otherIndex = position[other] else { continue }
        if otherIndex < index {
          edges[id, default: []].insert(other)
        } else {
          edges[other, default: []].insert(id)
        }
      }
    }
    predecessors = edges.mapValues { $0.sorted { position[$0]! < position[$1]! } }
  }
}
