import SpecModel

/// Infers which scenarios must keep their document order when they run concurrently
/// (`Scenario.after`), from what each one's requests and files touch (`access`): two scenarios
/// interfere when they touch the same thing in modes that do not commute, so running them at
/// once, or in the other order, could change what either sees. A scenario touches each thing
/// in one of three modes: it **reads** it, **adds to** it (two POSTs to a collection, two
/// requests a gateway logs) or **changes** it (anything else, or both reading and adding).
/// Reads go together; additions go together when nothing later in the document reads them
/// all (a list or a log shows the order in which they arrived: before its last reader they
/// keep their order); every other pair keeps its order. Identifiers flow along `needs`: a
/// scenario reads what the scenarios it needs (for a key file, a captured id) named in their
/// changing requests, as a request with a managed key acts for the user path the key was
/// created with.
///
/// The things (`Key`) and the edges' reasons:
///
/// - **file**: the same path (as written, `${QA_RUN_DIR}/key.json`), written, removed, touched
///   or chmod-ed by one of them (`curl -o`, `> FILE`, `tee`, `rm`, …);
/// - **resource**: the same identifier, sent by one of them in a request that changes the
///   gateway (POST, PUT, PATCH, DELETE, …) in a resource-naming position (`/aliases/$ALIAS`);
/// - **collection**: the same path of the same server, its variables as identifiers: a GET
///   reads it, a POST adds to it and to each collection above it, a PUT, PATCH or DELETE
///   changes it and adds to each collection above it. A change at a URL the compiler cannot
///   see into (`curl -X POST "$URL"`) changes every collection.
/// - **gateway**: what a server shows of the requests it received: each request adds to the
///   server's log (counters, audit and usage logs, in the order requests arrive) and to the
///   entries of each identifier it carries (`X-Request-ID: $ID`); a GET reads them (the
///   entries of the identifiers in its URL, `/audit/log?search=$ID`, or else the whole log), so
///   GETs without identifiers keep their place among the requests to their server, and
///   requests that only add run together. Two identical changing requests to a server keep
///   their order (a response cache answers the second). A request to a server the compiler
///   cannot see (a curl line only known at run time, a server in a variable the scenario sets)
///   keeps its place among every scenario that sends requests.
///
/// An identifier is a scenario's variable set to one value without commands (that value as
/// written, `qa-invalid-model-$(date +%s)-$$`), or else the variable's name (`${QA_ALIAS}`, a
/// captured `${RESPONSE_ID}`), shared with every scenario using that name.
///
/// What a scenario does through a setup function it calls counts as its own. The edges are
/// those of a lock per key taken in document order, in groups: a run of accesses in the same
/// mode (reads, or additions) is a group that waits for the group before it, so the edges grow
/// with the accesses, never with all pairs of scenarios (past `groupLimit` members, a group's
/// later members wait for its first instead). A pair already linked by `needs` gets no edge.
enum OrderInference {
  enum Key: Hashable, Comparable {
    case file(String)
    case resource(String)
    /// A server's path (`${BASE_URL}/v1/files/${FILE_ID}`).
    case collection(String)
    /// Everything under a server's path: a PUT, PATCH or DELETE there changes it, every request
    /// below reads it.
    case subtree(String)
    /// Every collection: what a change at an unknown URL touches.
    case anyCollection
    /// What a server shows of every request it received, named by the server's variable
    /// (`${BASE_URL}`) or literal origin.
    case requests(String)
    /// What a server shows of the requests carrying one identifier: server, identifier.
    case requestsWith(String, String)
    /// One changing request, as written, to one server: a response cache's entry.
    case exchange(String)
    /// Every server's log: each request reads it (shares it), a request to a server the
    /// compiler cannot see changes it.
    case anyGateway

    var reason: Ordering.Reason {
      switch self {
      case .file: .file
      case .resource: .resource
      case .collection, .subtree, .anyCollection: .collection
      case .requests, .requestsWith, .exchange, .anyGateway: .gateway
      }
    }

    var described: String {
      switch self {
      case .file(let path): path
      case .resource(let name): name
      case .collection(let path): path
      case .subtree(let path): "\(path) and what lies under it"
      case .anyCollection: "a URL the compiler cannot see into"
      case .requests(let server): "the requests \(server) counts and logs"
      case .requestsWith(let server, let identifier):
        "the requests \(server) logs with \(identifier)"
      case .exchange(let request): request
      case .anyGateway: "the requests every server counts and logs"
      }
    }
  }

  enum Mode: Comparable {
    case read, add, change

    /// Both modes in one scenario: the same, or else a change.
    func joined(_ other: Mode) -> Mode { self == other ? self : .change }

    var verb: String {
      switch self {
      case .read: "reads"
      case .add: "adds to"
      case .change: "changes"
      }
    }
  }

  /// Members of a group past which later members wait for the group's first member instead of
  /// every member of the group before: keeps the edges linear in the accesses.
  static let groupLimit = 16

  /// The accesses to one key so far: the latest group (`current`, all in `mode`) and the one
  /// before it.
  struct KeyState {
    var previous: [String] = []
    var previousMode: Mode = .change
    var current: [String] = []
    var mode: Mode?
  }

  /// `helpers`: the facts of each setup function's body, by name.
  static func orders(
    _ scenarios: [NeedsInference.Input], helpers: [String: StepFacts],
    needs: [String: [Need]]
  ) -> [String: [Ordering]] {
    let connection = NeedsInference.connectionVariables(
      scenarios.flatMap(\.facts.requests) + helpers.values.flatMap(\.requests))
    var position: [String: Int] = [:]
    for (index, scenario) in scenarios.enumerated() where position[scenario.id] == nil {
      position[scenario.id] = index
    }
    // What each scenario touches; identifiers flow along needs: what a scenario takes from
    // another (a key file, a captured id) stands for what that one's changing requests named.
    // Each scenario's own accesses are independent of the others: found on every core.
    var accesses = scenarios.concurrentMap { access($0, helpers: helpers, connection: connection) }
    var changed: [String: Set<Key>] = [:]
    var lastReader: [Key: Int] = [:]
    for (index, scenario) in scenarios.enumerated() {
      var access = accesses[index]
      for need in needs[scenario.id] ?? [] {
        for key in changed[need.scenario] ?? [] {
          access[key] = access[key].map { $0.joined(.read) } ?? .read
        }
      }
      changed[scenario.id] = Set(
        access.compactMap { key, mode in
          if case .resource = key, mode == .change { key } else { nil }
        })
      for (key, mode) in access where mode != .add { lastReader[key] = index }
      accesses[index] = access
    }
    var states: [Key: KeyState] = [:]
    var result: [String: [Ordering]] = [:]
    for (index, scenario) in scenarios.enumerated() {
      // Additions commute only where nothing later reads them all (a list or a log shows the
      // order in which they arrived): before the last reader of a key, they keep their order.
      var access = accesses[index]
      for (key, mode) in access where mode == .add && (lastReader[key] ?? -1) > index {
        access[key] = .change
      }
      let needed = Set((needs[scenario.id] ?? []).map(\.scenario))
      var orders: [Ordering] = []
      var seen = Set<String>()
      func add(_ other: String, _ key: Key, mine: Mode, theirs: Mode) {
        guard other != scenario.id, !needed.contains(other), seen.insert(other).inserted else {
          return
        }
        orders.append(
          Ordering(
            scenario: other, reason: key.reason,
            detail: detail(key, mine: mine, other, theirs: theirs)))
      }
      for (key, mode) in access.sorted(by: { $0.key < $1.key }) {
        // Taken out while it changes, so that appending does not copy its lists (a key all
        // scenarios add to, a server's log, would make that quadratic).
        var state = states.removeValue(forKey: key) ?? KeyState()
        if let current = state.mode, current == mode, mode != .change {
          if state.previous.count <= groupLimit {
            for other in state.previous { add(other, key, mine: mode, theirs: state.previousMode) }
          } else if let first = state.current.first {
            add(first, key, mine: mode, theirs: current)
          }
          state.current.append(scenario.id)
        } else {
          if let current = state.mode {
            for other in state.current { add(other, key, mine: mode, theirs: current) }
            state.previous = state.current
            state.previousMode = current
          }
          state.current = [scenario.id]
          state.mode = mode
        }
        states[key] = state
      }
      if !orders.isEmpty {
        result[scenario.id] = orders.sorted {
          (position[$0.scenario] ?? Int.max) < (position[$1.scenario] ?? Int.max)
        }
      }
    }
    return result
  }

  /// Why a scenario that uses `key` in mode `mine` comes after `other`, which used it in mode
  /// `theirs`.
  static func detail(_ key: Key, mine: Mode, _ other: String, theirs: Mode) -> String {
    if case .exchange = key {
      return "sends \(key.described), as \(other) does (a response cache may answer the second)"
    }
    return "\(mine.verb) \(key.described), which \(other) \(theirs.verb)"
  }
}
