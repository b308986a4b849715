/// Answers every request from the request alone: no state, no clock, no randomness. Two runs of
/// the same scenario (one through bash, curl and jq, one through the runtime) send the same
/// requests and so read the same bytes.
///
/// The shapes follow an OpenAI-compatible LLM gateway closely enough that jq projections of
/// release documents produce non-trivial output: chat completions, responses, embeddings, files,
/// batches, passthrough, admin usage and audit, aliases, auth keys, workflows, budgets, audio and
/// realtime upgrades, live SSE feeds, `/health` and `/metrics`.
public enum FidelityResponder {
  /// A fixed epoch second used wherever an API reports a creation time.
  public static let created = 1_767_225_600

  public static func respond(to request: FidelityRequest) -> FidelityResponse {
    var response = route(request)
    if let requestID = request.header("X-Request-ID") {
      response.headers.insert(("X-Request-Id", requestID), at: min(1, response.headers.count))
    }
    // What was received, in every answer: any header dump then shows a client that sends other
    // headers than curl (names), or other values (digest), even where a body projection hides it.
    let seen = seenHeaders(request)
    response.headers.append(("X-Seen-Headers", seen.map(\.name).joined(separator: ",")))
    response.headers.append(("X-Seen-Digest", seenDigest(request, headers: seen)))
    return response
  }

  /// Header names (lower case, sorted) with their values; a multipart boundary, which clients
  /// choose at random, and the length it changes are left out.
  static func seenHeaders(_ request: FidelityRequest) -> [(name: String, value: String)] {
    let multipart = request.header("Content-Type")?.lowercased().hasPrefix("multipart/") ?? false
    return request.headers.compactMap { header -> (name: String, value: String)? in
      let name = header.name.lowercased()
      if multipart, name == "content-length" { return nil }
      if multipart, name == "content-type" {
        return (name, String(header.value.prefix { $0 != ";" }))
      }
      return (name, header.value)
    }.sorted { $0.name < $1.name || ($0.name == $1.name && $0.value < $1.value) }
  }

  /// Twelve hex digits over the method, target, headers and body (multipart: its parts), with
  /// every run of digits read as `#` and the value of `X-Request-ID` (echoed in full) left out:
  /// a scenario's `$$` and `$(date +%s)` values (request ids, suffixes) differ between two runs
  /// by design and are compared where they are echoed, not here.
  static func seenDigest(_ request: FidelityRequest, headers: [(name: String, value: String)])
    -> String
  {
    let lines = headers.map { $0.name == "x-request-id" ? $0.name : "\($0.name): \($0.value)" }
      .joined(separator: "\n")
    let text = maskingNumbers(
      request.method + " " + request.target + "\n" + lines + "\n" + canonicalBody(request))
    let hex = String(fnv(text), radix: 16)
    return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
  }

  static func maskingNumbers(_ text: String) -> String {
    var out = ""
    var inNumber = false
    for scalar in text.unicodeScalars {
      if scalar.isASCII, ("0"..."9").contains(scalar) {
        if !inNumber { out += "#" }
        inNumber = true
      } else {
        inNumber = false
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func route(_ request: FidelityRequest) -> FidelityResponse {
    let path = request.path
    let method = request.method.uppercased()
    let parts = path.split(separator: "/").map(String.init)

    if let bearer = request.header("Authorization"), bearer.lowercased().contains("invalid") {
      return .error(401, type: "authentication_error", message: "invalid API key")
    }
    if path == "/health" || path == "/healthz" { return .json(["status": "ok"]) }
    if path == "/metrics" { return metrics() }
    if request.header("Upgrade")?.lowercased() == "websocket" { return upgrade(request) }
    if parts.first == "p", parts.count >= 2 { return passthrough(request, parts: parts) }
    if parts.first == "admin" {
      let rest =
        parts.starts(with: ["admin", "api", "v1"]) ? parts.dropFirst(3) : parts.dropFirst()
      return admin(request, method: method, parts: Array(rest))
    }
    if parts.first == "v1" { return api(request, method: method, parts: Array(parts.dropFirst())) }
    if parts.contains("not-found") || parts.contains("missing") {
      return .error(404, type: "not_found_error", message: "no route for \(path)")
    }
    return generic(request, method: method)
  }
}
