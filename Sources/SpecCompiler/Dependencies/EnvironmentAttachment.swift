import SpecModel

/// Which environments a scenario uses: those that first define a variable or function it
/// reads, closed over what those environments read from earlier ones. A variable defined by
/// several environments (`QA_RUN_DIR` with a `:-` default in each) belongs to the first, so a
/// scenario of the common environment never pulls in one that loads `.env`.
enum EnvironmentAttachment {
  static func environments(for facts: StepFacts, among environments: [(Environment, StepFacts)])
    -> [String]
  {
    var owner: [String: Int] = [:]
    for (index, (environment, _)) in environments.enumerated() {
      for name in environment.defines + environment.functions where owner[name] == nil {
        owner[name] = index
      }
    }
    var used = Set<Int>()
    var pending = Array(facts.free) + Array(facts.called)
    while let name = pending.popLast() {
      guard let index = owner[name], used.insert(index).inserted else { continue }
      let envFacts = environments[index].1
      pending += Array(envFacts.free) + Array(envFacts.called)
    }
    return used.sorted().map { environments[$0].0.id }
  }
}
