import SpecModel

/// Which environments a scenario uses: those that first define a variable or function it
/// reads, closed over what those environments read from earlier ones. A variable defined by
/// several environments (`QA_RUN_DIR` with a `:-` default in each) belongs to the first, so a
/// scenario of the common environment never pulls in one that loads `.env`.
///
/// A scenario that reads a variable (without a default) that neither it, nor any environment,
/// nor the shell or the runner sets expects it from a `.env`: it also uses every environment
/// that loads one (`set -a; source .env; set +a`), as under the bash runner, which replays
/// every setup block before every scenario.
enum EnvironmentAttachment {
  /// Variables bash or the runner sets before any block runs.
  static let provided: Set<String> = [
    "HOME", "PATH", "PWD", "OLDPWD", "RANDOM", "SECONDS", "LINENO", "UID", "EUID", "PPID",
    "HOSTNAME", "USER", "SHELL", "IFS", "BASHPID", "BASH_VERSION", "SHLVL", "BASH",
    "BASH_VERSINFO", "HOSTTYPE", "MACHTYPE", "OSTYPE", "EPOCHSECONDS", "EPOCHREALTIME",
    "SHELLOPTS", "PIPESTATUS", "FUNCNAME",
    "QA_SUFFIX", "QA_RUN_DIR", "RUN_RELEASE_E2E_PERSIST_STATE",
  ]

  static func environments(for facts: StepFacts, among environments: [(Environment, StepFacts)])
    -> [String]
  {
    self.environments(for: facts, among: environments, owners: owners(environments))
  }

  /// The environment that first defines each variable and function, by index: the same for
  /// every scenario of a document, so found once.
  static func owners(_ environments: [(Environment, StepFacts)]) -> [String: Int] {
    var owner: [String: Int] = [:]
    for (index, (environment, _)) in environments.enumerated() {
      for name in environment.defines + environment.functions where owner[name] == nil {
        owner[name] = index
      }
    }
    return owner
  }

  /// `owners`: `owners(environments)`.
  static func environments(
    for facts: StepFacts, among environments: [(Environment, StepFacts)],
    owners owner: [String: Int]
  ) -> [String] {
    var used = Set<Int>()
    var pending = Array(facts.free) + Array(facts.called)
    func close() {
      while let name = pending.popLast() {
        guard let index = owner[name], used.insert(index).inserted else { continue }
        let envFacts = environments[index].1
        pending += Array(envFacts.free) + Array(envFacts.called)
      }
    }
    close()
    let unresolved = facts.required.subtracting(facts.assigned).filter {
      owner[$0] == nil && !provided.contains($0) && isVariableName($0)
    }
    if !unresolved.isEmpty {
      for (index, (environment, _)) in environments.enumerated() where !environment.loads.isEmpty {
        if used.insert(index).inserted {
          pending += Array(environments[index].1.free) + Array(environments[index].1.called)
        }
      }
      close()
    }
    return used.sorted().map { environments[$0].0.id }
  }

  /// A name a script assigns (`NAME`), not a positional or special parameter (`1`, `@`, `#`).
  static func isVariableName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first else { return false }
    return (first == "_" || first.properties.isAlphabetic)
      && name.unicodeScalars.allSatisfy {
        $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }
  }
}
