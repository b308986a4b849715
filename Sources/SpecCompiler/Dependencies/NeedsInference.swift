import SpecModel

/// Infers which scenarios must run before which, from what they write and read:
///
/// - **file**: a scenario reads a file (not written earlier in itself) that an earlier scenario
///   wrote: the latest such writer;
/// - **resource**: a scenario uses a variable that earlier scenarios put into a creating
///   request (POST, PUT, PATCH: URL path, query, body or a non-credential header), as
///   `$QA_OPENAI_ALIAS` in `PUT /aliases/$QA_OPENAI_ALIAS`;
/// - **collection**: a scenario reads a collection (`GET $BASE_URL/v1/files…`) that earlier
///   scenarios created items in (`POST $BASE_URL/v1/files`): the latest of them (a concurrent
///   run keeps the earlier ones before it through `Scenario.after`; a filtered run runs the
///   latest only).
///
/// Variables that start a URL (`$BASE_URL`) or stand for a whole header (`$ADMIN_AUTH_HEADER`)
/// name a server or a credential, not a resource, and are ignored. Edges over-approximate on
/// purpose: running one extra prerequisite is harmless, missing one breaks a filtered run.
enum NeedsInference {
  struct Input {
    var id: String
    var facts: StepFacts
    var declared: [String]
  }

  /// One pass in document order over indexes of what earlier scenarios wrote and created, so
  /// the cost grows with the scenarios, their steps and the edges found, never with all pairs
  /// of scenarios.
  static func needs(_ scenarios: [Input]) -> [String: [Need]] {
    let connection = connectionVariables(scenarios.flatMap(\.facts.requests))
    var position: [String: Int] = [:]
    for (index, scenario) in scenarios.enumerated() where position[scenario.id] == nil {
      position[scenario.id] = index
    }
    var index = WriterIndex()
    var result: [String: [Need]] = [:]
    for scenario in scenarios {
      var needs: [Need] = []
      var seen = Set<String>()
      func add(_ id: String, _ reason: Need.Reason, _ detail: @autoclosure () -> String) {
        guard seen.insert("\(reason.rawValue) \(id)").inserted else { return }
        needs.append(Need(scenario: id, reason: reason, detail: detail()))
      }
      for id in scenario.declared {
        add(id, .declared, "declared in the scenario's prose")
      }

      // Files.
      let ownWrites = Set(scenario.facts.filesWritten.map(TemplateSyntax.render))
      for read in scenario.facts.filesRead {
        let path = TemplateSyntax.render(read)
        guard !ownWrites.contains(path) else { continue }
        if let writer = index.lastWriter[read] {
          add(writer, .file, "reads \(path), which \(writer) writes")
        }
      }

      // Resources named by variables: every earlier scenario that created them.
      let uses = scenario.facts.free.subtracting(connection)
      for variable in uses.sorted() {
        for (creator, request) in index.creators[variable] ?? [] {
          add(creator, .resource, "uses ${\(variable)}, which \(creator) sent in \(request)")
        }
      }

      // Collections: the latest earlier scenario that added to them. The earlier adders stay
      // before it through ordering edges (`OrderInference`), not needs: a reader needing every
      // earlier adder made the edges grow with the square of the scenarios.
      for request in scenario.facts.requests where !creates(request) {
        guard let collection = collectionKey(request.url),
          let (creator, created) = index.adders[collection]?.last
        else { continue }
        add(creator, .collection, "reads \(collection), which \(creator) adds to with \(created)")
      }
      result[scenario.id] = needs.sorted {
        (position[$0.scenario] ?? Int.max) < (position[$1.scenario] ?? Int.max)
      }
      index.record(scenario)
    }
    return result
  }

  /// What the scenarios seen so far wrote and created, in document order; requests are kept
  /// as written in `detail` (`PUT ${BASE_URL}/aliases/${NAME}`).
  struct WriterIndex {
    /// The latest scenario that wrote each file.
    var lastWriter: [Template: String] = [:]
    /// Per variable, each scenario that sent it in a creating request, with its first such
    /// request.
    var creators: [String: [(String, String)]] = [:]
    /// Per collection, each scenario that added to it, with its first such request.
    var adders: [String: [(String, String)]] = [:]

    mutating func record(_ scenario: Input) {
      for file in scenario.facts.filesWritten { lastWriter[file] = scenario.id }
      var variables = Set<String>()
      var collections = Set<String>()
      for request in scenario.facts.requests where creates(request) {
        let described = "\(request.method) \(TemplateSyntax.render(request.url))"
        for variable in resourceVariables(request) where variables.insert(variable).inserted {
          creators[variable, default: []].append((scenario.id, described))
        }
        if let collection = collectionKey(request.url), createsInto(request, collection),
          collections.insert(collection).inserted
        {
          adders[collection, default: []].append((scenario.id, described))
        }
      }
    }
  }

  static func creates(_ request: Request) -> Bool {
    ["POST", "PUT", "PATCH"].contains(request.method.uppercased())
  }

  /// Variables that start a URL: servers.
  static func connectionVariables(_ requests: [Request]) -> Set<String> {
    var names = Set<String>()
    for request in requests {
      switch request.url.parts.first {
      case .variable(let name)?: names.insert(name)
      case .expansion(let e)?: names.insert(e.name)
      default: break
      }
    }
    return names
  }

  /// Variables in the resource-naming positions of a request: each a whole token (a path
  /// segment, a query value, a JSON string, a header value), as `$ALIAS` in
  /// `/aliases/$ALIAS` or `{"name":"$KEY_NAME"}`. A variable that is only part of a word
  /// (`"rel-$RUN_ID"`) tags a value rather than naming a resource.
  static func resourceVariables(_ request: Request) -> Set<String> {
    var names = tokenVariables(request.url, skipFirst: true)
    for header in request.headers {
      guard case .literal(let prefix)? = header.parts.first, let colon = prefix.firstIndex(of: ":")
      else { continue }
      let name = prefix[..<colon].lowercased()
      if ["authorization", "x-api-key", "cookie", "proxy-authorization"].contains(name) {
        continue
      }
      names.formUnion(tokenVariables(header))
    }
    switch request.body {
    case .data(let text, _)?: names.formUnion(tokenVariables(text))
    case .urlencoded(let fields)?:
      for field in fields { names.formUnion(tokenVariables(field.value)) }
    case .multipart(let parts)?:
      for part in parts { names.formUnion(tokenVariables(part.value)) }
    case .file?, nil: break
    }
    return names
  }

  /// The variables of `template` that are whole tokens (`$ALIAS` in `/aliases/$ALIAS`, not
  /// `$RUN_ID` in `rel-$RUN_ID`); `skipFirst` leaves out a URL's server.
  static func tokenVariables(_ template: Template?, skipFirst: Bool = false) -> Set<String> {
    guard let template else { return [] }
    var names = Set<String>()
    let parts = template.parts
    for (index, part) in parts.enumerated() where !(skipFirst && index == 0) {
      let name: String
      switch part {
      case .variable(let variable): name = variable
      case .expansion(let e): name = e.name
      default: continue
      }
      if isTokenBoundary(before: index, in: parts) && isTokenBoundary(after: index, in: parts) {
        names.insert(name)
      }
    }
    return names
  }

  /// Characters that end a token in a URL, a header or a JSON body.
  static let delimiters: Set<Character> = [
    "/", "?", "&", "=", "\"", "'", ",", ":", ";", "{", "}", "[", "]", " ", "\n", "\t",
  ]

  static func isTokenBoundary(before index: Int, in parts: [TemplatePart]) -> Bool {
    guard index > 0 else { return true }
    guard case .literal(let text) = parts[index - 1] else { return false }
    return text.last.map(delimiters.contains) ?? true
  }

  static func isTokenBoundary(after index: Int, in parts: [TemplatePart]) -> Bool {
    guard index + 1 < parts.count else { return true }
    guard case .literal(let text) = parts[index + 1] else { return false }
    return text.first.map(delimiters.contains) ?? true
  }

  /// `${BASE_URL}/v1/files` for `${BASE_URL}/v1/files/${FILE_ID}?provider=openai`: the server
  /// variable and the literal path up to the first variable segment, query removed.
  static func collectionKey(_ url: Template) -> String? {
    guard let first = url.parts.first, case .variable(let server) = first else { return nil }
    var path = ""
    for part in url.parts.dropFirst() {
      guard case .literal(let text) = part else { break }
      path += text
    }
    if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
    while path.hasSuffix("/") { path.removeLast() }
    guard !path.isEmpty else { return nil }
    return "${\(server)}\(path)"
  }

  /// A POST to the collection itself, or a PUT/POST of one item right under it
  /// (`PUT ${BASE_URL}/aliases/${NAME}`); not an action on an item (`POST …/${ID}/cancel`).
  static func createsInto(_ request: Request, _ collection: String) -> Bool {
    guard collectionKey(request.url) == collection else { return false }
    let parts = request.url.parts.dropFirst()
    guard
      let variableIndex = parts.firstIndex(where: { if case .literal = $0 { false } else { true } })
    else {
      return true
    }
    guard case .literal(let before)? = parts[..<variableIndex].last, before.hasSuffix("/"),
      !before.contains("?")
    else { return false }
    let after = parts[(variableIndex + 1)...]
    guard let next = after.first else { return true }
    if case .literal(let text) = next { return text.hasPrefix("?") }
    return false
  }
}
