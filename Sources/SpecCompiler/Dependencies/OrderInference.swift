import SpecModel

/// Infers which scenarios must keep their document order when they run concurrently
/// (`Scenario.after`): two scenarios interfere when they touch the same thing and at least one
/// of them changes it, so running them at once, or in the other order, could change what either
/// sees:
///
/// - **file**: the same path (as written, `${QA_RUN_DIR}/key.json`), written, removed, touched
///   or chmod-ed by one of them (`curl -o`, `> FILE`, `tee`, `rm`, …);
/// - **resource**: the same variable, sent by one of them in a request that changes the gateway
///   (POST, PUT, PATCH, DELETE, …) in a resource-naming position (`/aliases/$ALIAS`);
/// - **collection**: the same literal path up to the first variable (`/v1/files` for
///   `$BASE_URL/v1/files/$FILE_ID`), whatever server variable starts it, changed by one of them.
///   A request that changes the gateway at a URL the compiler cannot see into (`curl -X POST
///   "$URL"`) changes every collection: it keeps its place among every scenario that sends
///   requests.
/// - **gateway**: every request changes what its server counts and logs (`/metrics`, audit and
///   usage logs, in the order requests arrive), which any later request may read: scenarios
///   sending requests to the same server (`${BASE_URL}`, `${GR_BASE_URL}`) keep their order;
///   scenarios talking to different servers, or to none, may run together. A curl line whose
///   words are only known at run time (`curl "${args[@]}" "$@"`) may talk to any server: it
///   keeps its place among every scenario that sends requests.
///
/// What a scenario does through a setup function it calls counts as its own. The edges are those
/// of a reader–writer lock taken in document order: each access waits for the latest earlier
/// writer, each write also for the readers since, so the edges grow with the accesses, never
/// with all pairs of scenarios. A pair already linked by `needs` gets no edge.
enum OrderInference {
  enum Key: Hashable, Comparable {
    case file(String)
    case resource(String)
    case collection(String)
    /// Every collection: what a change at an unknown URL touches.
    case anyCollection
    /// What every request to a server changes there (counters, logs, usage, in the order the
    /// requests arrive): named by the server's variable (`BASE_URL`) or literal origin.
    case gateway(String)
    /// Every server's counters and logs: each request reads it (shares it), a request to a
    /// server the compiler cannot see (a curl line only known at run time) changes it.
    case anyGateway

    var reason: Ordering.Reason {
      switch self {
      case .file: .file
      case .resource: .resource
      case .collection, .anyCollection: .collection
      case .gateway, .anyGateway: .gateway
      }
    }

    var described: String {
      switch self {
      case .file(let path): path
      case .resource(let name): "${\(name)}"
      case .collection(let path): path
      case .anyCollection: "a URL the compiler cannot see into"
      case .gateway(let server): "the request counters and logs of \(server)"
      case .anyGateway: "the request counters and logs of every server"
      }
    }
  }

  /// What one scenario uses: `writes` exclusively (nothing else that uses the key may run at
  /// the same time or change places with it), `reads` shared (those may run together).
  struct Access {
    var reads: Set<Key> = []
    var writes: Set<Key> = []
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
    var lastWriter: [Key: String] = [:]
    var readers: [Key: [String]] = [:]
    var result: [String: [Ordering]] = [:]
    for scenario in scenarios {
      let access = access(scenario, helpers: helpers, connection: connection)
      let needed = Set((needs[scenario.id] ?? []).map(\.scenario))
      var orders: [Ordering] = []
      var seen = Set<String>()
      func add(_ other: String, _ key: Key, otherWrites: Bool) {
        guard other != scenario.id, !needed.contains(other), seen.insert(other).inserted else {
          return
        }
        orders.append(
          Ordering(
            scenario: other, reason: key.reason,
            detail: detail(key, mine: access.writes.contains(key), other, theirs: otherWrites)))
      }
      for key in access.reads.union(access.writes).sorted() {
        if let writer = lastWriter[key] { add(writer, key, otherWrites: true) }
        if access.writes.contains(key) {
          for reader in readers[key] ?? [] { add(reader, key, otherWrites: false) }
        }
      }
      for key in access.writes {
        lastWriter[key] = scenario.id
        readers[key] = nil
      }
      for key in access.reads where !access.writes.contains(key) {
        readers[key, default: []].append(scenario.id)
      }
      if !orders.isEmpty {
        result[scenario.id] = orders.sorted {
          (position[$0.scenario] ?? Int.max) < (position[$1.scenario] ?? Int.max)
        }
      }
    }
    return result
  }

  /// Why a scenario that uses `key` (exclusively: `mine`) comes after `other`.
  static func detail(_ key: Key, mine: Bool, _ other: String, theirs: Bool) -> String {
    guard key.reason == .gateway else {
      return "\(mine ? "changes" : "reads") \(key.described), which \(other) "
        + (theirs ? "changes" : "reads")
    }
    return "sends requests that change \(key.described), as \(other) does"
  }

  /// The scenario's reads and writes, those of the setup functions it calls (transitively)
  /// included.
  static func access(
    _ scenario: NeedsInference.Input, helpers: [String: StepFacts], connection: Set<String>
  ) -> Access {
    var all = [scenario.facts]
    var pending = Array(scenario.facts.called.subtracting(scenario.facts.defined))
    var visited = Set(pending)
    while let name = pending.popLast() {
      guard let facts = helpers[name] else { continue }
      all.append(facts)
      for called in facts.called where visited.insert(called).inserted { pending.append(called) }
    }
    var access = Access()
    for facts in all {
      if facts.sendsUnknownRequests {
        access.writes.insert(.anyGateway)
        access.writes.insert(.anyCollection)
      }
      for path in facts.filesWritten + facts.filesChanged {
        let rendered = TemplateSyntax.render(path)
        guard !ignoredFiles.contains(rendered) else { continue }
        access.writes.insert(.file(rendered))
      }
      for path in facts.filesRead {
        let rendered = TemplateSyntax.render(path)
        guard !ignoredFiles.contains(rendered) else { continue }
        access.reads.insert(.file(rendered))
      }
      for name in facts.free.subtracting(connection) { access.reads.insert(.resource(name)) }
      for request in facts.requests {
        let changes = changes(request)
        if changes {
          for name in NeedsInference.resourceVariables(request).subtracting(connection) {
            access.writes.insert(.resource(name))
          }
        }
        access.reads.insert(.anyCollection)
        access.reads.insert(.anyGateway)
        access.writes.insert(.gateway(server(request.url)))
        guard let path = collectionPath(request.url) else {
          if changes { access.writes.insert(.anyCollection) }
          continue
        }
        if changes {
          access.writes.insert(.collection(path))
        } else {
          access.reads.insert(.collection(path))
        }
      }
    }
    return access
  }

  /// `${BASE_URL}` for `${BASE_URL}/v1/x`, `http://localhost:8080` for
  /// `http://localhost:8080/v1/x`: where the request goes.
  static func server(_ url: Template) -> String {
    switch url.parts.first {
    case .variable(let name)?: return "${\(name)}"
    case .expansion(let expansion)?: return "${\(expansion.name)}"
    case .literal(let text)?:
      guard let scheme = text.range(of: "://") else { return text }
      let rest = text[scheme.upperBound...]
      return String(text[..<scheme.upperBound] + (rest.split(separator: "/").first ?? ""))
    default: return "?"
    }
  }

  /// Paths that are not files anyone shares.
  static let ignoredFiles: Set<String> = [
    "-", "/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty",
  ]

  /// Whether the request may change the gateway: any method but GET, HEAD and OPTIONS.
  static func changes(_ request: Request) -> Bool {
    !["GET", "HEAD", "OPTIONS"].contains(request.method.uppercased())
  }

  /// `/v1/files` for `${BASE_URL}/v1/files/${ID}` or `http://localhost:8080/v1/files?x=1`: the
  /// literal path after the server up to the first variable, query removed; nil when the
  /// server or the path is not literal.
  static func collectionPath(_ url: Template) -> String? {
    var literal = ""
    var parts = url.parts[...]
    switch parts.first {
    case .variable?, .expansion?:
      // A URL that is one variable says nothing of where it goes.
      guard parts.count > 1 else { return nil }
      parts = parts.dropFirst()
    case .literal(let text)?:
      guard let scheme = text.range(of: "://") else { return nil }
      let rest = text[scheme.upperBound...]
      guard let slash = rest.firstIndex(of: "/") else {
        return parts.count == 1 ? "/" : nil
      }
      literal = String(rest[slash...])
      parts = parts.dropFirst()
    default:
      return nil
    }
    if literal.isEmpty || !literal.contains("?") {
      for part in parts {
        guard case .literal(let text) = part else { break }
        literal += text
        if text.contains("?") { break }
      }
    }
    if let query = literal.firstIndex(of: "?") { literal = String(literal[..<query]) }
    while literal.hasSuffix("/") { literal.removeLast() }
    return literal.isEmpty ? "/" : literal
  }
}
