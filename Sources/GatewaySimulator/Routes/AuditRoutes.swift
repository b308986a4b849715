import HTTPTypes
import Hummingbird

/// The audit log (with `search`, `request_id` and other filters) and conversation threads.
enum AuditRoutes {
  static func register(on group: RouterGroup<SimContext>, gateway: Gateway) {
    group.get("audit/log") { request, _ in
      let entries = filtered(gateway.visibleAudit, request, now: gateway.now).reversed().map(\.json)
      return Response.json(UsageRoutes.page(Array(entries), request, defaultLimit: 25))
    }
    group.get("audit/conversation") { request, _ in
      guard let logID = request.query("log_id"), !logID.isEmpty else {
        throw GatewayError.invalidRequest("log_id is required", code: "missing_log_id")
      }
      let entries = gateway.visibleAudit
      guard let anchor = entries.first(where: { $0.id == logID }) else {
        throw GatewayError.notFound("audit entry \(logID) not found")
      }
      let limit = max(1, request.queryInt("limit") ?? 20)
      return Response.json([
        "anchor_id": .string(anchor.id),
        "entries": .array(thread(of: anchor, in: entries).prefix(limit).map(\.json)),
      ])
    }
  }

  /// The anchor with the entries chained to it through `previous_response_id`, oldest first.
  static func thread(of anchor: AuditEntry, in entries: [AuditEntry]) -> [AuditEntry] {
    func responseID(_ entry: AuditEntry) -> String? { entry.trace.responseBody?["id"]?.string }
    func previousID(_ entry: AuditEntry) -> String? {
      entry.trace.requestBody?["previous_response_id"]?.string
    }
    var thread = [anchor]
    var cursor = anchor
    while let previous = previousID(cursor),
      let parent = entries.first(where: { responseID($0) == previous && $0.id != cursor.id })
    {
      thread.insert(parent, at: 0)
      cursor = parent
    }
    cursor = anchor
    while let id = responseID(cursor),
      let child = entries.first(where: { previousID($0) == id && $0.id != cursor.id })
    {
      thread.append(child)
      cursor = child
    }
    return thread
  }

  /// `search` (request id, model, path, provider, user path), `request_id`, `model`,
  /// `provider`, `path`, `status_code`, `user_path`, `days`.
  static func filtered(_ entries: [AuditEntry], _ request: Request, now: Int) -> [AuditEntry] {
    let search = request.query("search")?.lowercased()
    let requestID = request.query("request_id")
    let model = request.query("model")
    let provider = request.query("provider")
    let path = request.query("path")
    let status = request.queryInt("status_code")
    let userPath = request.query("user_path").flatMap(UserPath.normalize)
    let since = request.queryInt("days").map { now - $0 * 86_400 }
    return entries.filter { entry in
      let trace = entry.trace
      if let requestID, trace.requestID != requestID { return false }
      if let model, trace.model != model, trace.resolvedModel != model { return false }
      if let provider, trace.provider != provider { return false }
      if let path, trace.path != path { return false }
      if let status, entry.statusCode != status { return false }
      if let userPath, !UserPath.contains(userPath, trace.userPath) { return false }
      if let since, entry.timestamp < since { return false }
      if let search, !search.isEmpty {
        let fields = [
          trace.requestID, trace.model ?? "", trace.resolvedModel ?? "", trace.path,
          trace.provider ?? "", trace.userPath, entry.errorType ?? "",
        ]
        if !fields.contains(where: { $0.lowercased().contains(search) }) { return false }
      }
      return true
    }
  }
}
