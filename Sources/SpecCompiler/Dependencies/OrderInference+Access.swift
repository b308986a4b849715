import SpecModel

/// What one scenario touches, and in which mode (see `OrderInference`).
extension OrderInference {
  /// The scenario's keys and modes, those of the setup functions it calls (transitively)
  /// included.
  static func access(
    _ scenario: NeedsInference.Input, helpers: [String: StepFacts], connection: Set<String>
  ) -> [Key: Mode] {
    var all = [scenario.facts]
    var pending = Array(scenario.facts.called.subtracting(scenario.facts.defined))
    var visited = Set(pending)
    while let name = pending.popLast() {
      guard let facts = helpers[name] else { continue }
      all.append(facts)
      for called in facts.called where visited.insert(called).inserted { pending.append(called) }
    }
    let identifiers = Identifiers(all, scenario: scenario.id)
    var access: [Key: Mode] = [:]
    func use(_ key: Key, _ mode: Mode) {
      access[key] = access[key].map { $0.joined(mode) } ?? mode
    }
    for facts in all {
      if facts.sendsUnknownRequests {
        use(.anyGateway, .change)
        use(.anyCollection, .change)
      }
      for path in facts.filesWritten + facts.filesChanged {
        let rendered = identifiers.rendered(path)
        guard !ignoredFiles.contains(rendered) else { continue }
        use(.file(rendered), .change)
      }
      for path in facts.filesRead {
        let rendered = identifiers.rendered(path)
        guard !ignoredFiles.contains(rendered) else { continue }
        use(.file(rendered), .read)
      }
      for name in facts.free.subtracting(connection) { use(.resource("${\(name)}"), .read) }
      for request in facts.requests {
        let changes = changes(request)
        let carried = NeedsInference.resourceVariables(request).subtracting(connection)
          .map(identifiers.identifier)
        if changes {
          for identifier in carried { use(.resource(identifier), .change) }
        }
        use(.anyCollection, .read)
        use(.anyGateway, .read)
        guard let server = server(request.url, assigned: identifiers.assigned) else {
          use(.anyGateway, .change)
          if changes { use(.anyCollection, .change) }
          continue
        }
        use(.requests(server), .add)
        for identifier in carried { use(.requestsWith(server, identifier), .add) }
        if changes {
          use(.exchange(exchange(request)), .change)
        } else {
          let filters = NeedsInference.tokenVariables(request.url, skipFirst: true)
            .subtracting(connection).map(identifiers.identifier)
          if filters.isEmpty {
            use(.requests(server), .read)
          } else {
            for identifier in filters { use(.requestsWith(server, identifier), .read) }
          }
        }
        guard let path = path(request.url, identifiers) else {
          if changes { use(.anyCollection, .change) }
          continue
        }
        let method = request.method.uppercased()
        // Whatever a request touches lies under each of its ancestors: a PUT, PATCH or DELETE
        // there (of `/v1/responses/${ID}`) changes it (`…/input_items`).
        var parent = path
        use(.subtree(server + parent), .read)
        while let slash = parent.lastIndex(of: "/"), slash != parent.startIndex {
          parent = String(parent[..<slash])
          use(.subtree(server + parent), .read)
          if changes { use(.collection(server + parent), .add) }
        }
        if !changes {
          use(.collection(server + path), .read)
          continue
        }
        use(.collection(server + path), method == "POST" ? .add : .change)
        if method != "POST" { use(.subtree(server + path), .change) }
      }
    }
    return access
  }

  /// What the variables of one scenario (and the setup functions it calls) stand for.
  struct Identifiers {
    var assigned: Set<String> = []
    var values: [String: Set<Template>] = [:]
    var captured: Set<String> = []
    var scenario: String

    init(_ all: [StepFacts], scenario: String) {
      self.scenario = scenario
      for facts in all {
        assigned.formUnion(facts.assigned)
        captured.formUnion(facts.captured)
        for (name, list) in facts.values { values[name, default: []].formUnion(list) }
      }
    }

    /// The value of a variable the scenario sets to one value without commands
    /// (`qa-$(date +%s)-$$` as written, its variables resolved the same way); else `${NAME}`
    /// (a variable of the environment, a captured id), shared with every scenario using the
    /// name.
    func identifier(_ name: String) -> String {
      identifier(name, depth: 0)
    }

    /// `template` as written, its variables as identifiers: the file
    /// `${QA_RUN_DIR}/s16.chat.json` for `$RESP_FILE` after `RESP_FILE="$QA_RUN_DIR/s16.chat.json"`.
    func rendered(_ template: Template) -> String {
      rendered(template, depth: 0)
    }

    private func rendered(_ template: Template, depth: Int) -> String {
      var out = ""
      for part in template.parts {
        switch part {
        case .variable(let name): out += identifier(name, depth: depth)
        default: out += TemplateSyntax.render(Template([part]))
        }
      }
      return out
    }

    private func identifier(_ name: String, depth: Int) -> String {
      guard assigned.contains(name) else { return "${\(name)}" }
      // A captured value (`ID=$(<"$FILE")`, a listing's first id) may be what another
      // scenario captures under the same name: the name stands for it, as for the environment.
      guard depth < 4, !captured.contains(name), let set = values[name], set.count == 1,
        let value = set.first
      else { return "${\(name)}" }
      return rendered(value, depth: depth + 1)
    }
  }

  /// `${BASE_URL}` for `${BASE_URL}/v1/x`, `http://localhost:8080` for
  /// `http://localhost:8080/v1/x`: where the request goes; nil when the compiler cannot see
  /// it (a variable the scenario sets itself, a URL without a scheme).
  static func server(_ url: Template, assigned: Set<String>) -> String? {
    switch url.parts.first {
    case .variable(let name)?:
      return assigned.contains(name) ? nil : "${\(name)}"
    case .expansion(let expansion)?:
      return assigned.contains(expansion.name) ? nil : "${\(expansion.name)}"
    case .literal(let text)?:
      guard let scheme = text.range(of: "://") else { return nil }
      let rest = text[scheme.upperBound...]
      return String(text[..<scheme.upperBound] + (rest.split(separator: "/").first ?? ""))
    default: return nil
    }
  }

  /// `/v1/files/${FILE_ID}` for `${BASE_URL}/v1/files/${FILE_ID}?purpose=batch`: the path after
  /// the server, query removed, its variables as identifiers; nil when the URL is one
  /// variable.
  static func path(_ url: Template, _ identifiers: Identifiers) -> String? {
    var parts = url.parts[...]
    var out = ""
    switch parts.first {
    case .variable?, .expansion?:
      guard parts.count > 1 else { return nil }
      parts = parts.dropFirst()
    case .literal(let text)?:
      guard let scheme = text.range(of: "://") else { return nil }
      let rest = text[scheme.upperBound...]
      if let slash = rest.firstIndex(of: "/") { out = String(rest[slash...]) }
      parts = parts.dropFirst()
    default:
      return nil
    }
    if !out.contains("?") {
      for part in parts {
        switch part {
        case .literal(let text): out += text
        case .variable(let name): out += identifiers.identifier(name)
        case .expansion(let expansion): out += identifiers.identifier(expansion.name)
        default: out += TemplateSyntax.render(Template([part]))
        }
        if out.contains("?") { break }
      }
    }
    if let query = out.firstIndex(of: "?") { out = String(out[..<query]) }
    if let fragment = out.firstIndex(of: "#") { out = String(out[..<fragment]) }
    while out.hasSuffix("/") { out.removeLast() }
    return out.isEmpty ? "/" : out
  }

  /// A changing request as written, body included: `POST ${BASE_URL}/v1/chat/completions
  /// {"model":…}`.
  static func exchange(_ request: Request) -> String {
    var text = "\(request.method.uppercased()) \(TemplateSyntax.render(request.url))"
    switch request.body {
    case .data(let body, _)?: text += " " + TemplateSyntax.render(body)
    case .urlencoded(let fields)?:
      text +=
        " "
        + fields.map { "\($0.name ?? "")=\(TemplateSyntax.render($0.value ?? $0.file ?? ""))" }
        .joined(separator: "&")
    case .multipart(let parts)?:
      text +=
        " "
        + parts.map { "\($0.name)=\(TemplateSyntax.render($0.value ?? $0.file ?? ""))" }
        .joined(separator: "&")
    case .file(let path, _)?: text += " @" + TemplateSyntax.render(path)
    case nil: break
    }
    return text
  }

  /// Paths that are not files anyone shares.
  static let ignoredFiles: Set<String> = [
    "-", "/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty",
  ]

  /// Whether the request may change the gateway: any method but GET, HEAD and OPTIONS.
  static func changes(_ request: Request) -> Bool {
    !["GET", "HEAD", "OPTIONS"].contains(request.method.uppercased())
  }
}
