import HTTPTypes
import Hummingbird
import ServerKit

/// Usage: summary, daily rollup, per-model totals, the log with its filters, and the pricing
/// recalculation of stored entries.
enum UsageRoutes {
  static func register(on group: RouterGroup<SimContext>, gateway: Gateway) {
    group.post("usage/recalculate-pricing") { request, _ in
      var request = request
      let body = try await request.jsonBody()
      guard body["confirmation"]?.string == "recalculate" else {
        throw GatewayError.invalidRequest(
          "confirmation must be \"recalculate\"", code: "confirmation_required")
      }
      let (matched, recalculated) = gateway.withStore { store -> (Int, Int) in
        var recalculated = 0
        for index in store.usage.indices {
          let before = store.usage[index].totalCost
          store.usage[index].price()
          if store.usage[index].totalCost != before { recalculated += 1 }
        }
        return (store.usage.count, recalculated)
      }
      return Response.json([
        "status": "ok", "matched": JSON(matched), "recalculated": JSON(recalculated),
      ])
    }
    group.get("usage/summary") { request, _ in
      let entries = filtered(gateway.visibleUsage, request, now: gateway.now)
      return Response.json(totals(entries, requestsKey: "total_requests", prefix: "total_"))
    }
    group.get("usage/daily") { request, _ in
      let entries = filtered(gateway.visibleUsage, request, now: gateway.now)
      let days = Dictionary(grouping: entries) { isoDay($0.timestamp) }
      return Response.json(
        .array(
          days.keys.sorted().map { day in
            var row: JSON = ["date": .string(day)]
            for member in totals(days[day]!, requestsKey: "requests", prefix: "").members ?? [] {
              row[member.key] = member.value
            }
            return row
          }))
    }
    group.get("usage/models") { request, _ in
      let entries = filtered(gateway.visibleUsage, request, now: gateway.now)
      let groups = Dictionary(grouping: entries) { "\($0.provider)/\($0.model)" }
      var rows: [(String, JSON, Int)] = groups.map { key, entries in
        var row: JSON = [
          "model": .string(entries[0].model), "provider": .string(entries[0].provider),
        ]
        for member in totals(entries, requestsKey: "requests", prefix: "").members ?? [] {
          row[member.key] = member.value
        }
        return (key, row, entries.reduce(0) { $0 + $1.usage.total })
      }
      rows.sort { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }
      let limit = request.queryInt("limit") ?? 50
      return Response.json(.array(rows.prefix(max(0, limit)).map(\.1)))
    }
    group.get("usage/log") { request, _ in
      let entries = Array(filtered(gateway.visibleUsage, request, now: gateway.now).reversed())
      return Response.json(page(entries.map(\.json), request))
    }
  }

  /// Sums of tokens and costs.
  static func totals(_ entries: [UsageEntry], requestsKey: String, prefix: String) -> JSON {
    var input = 0
    var output = 0
    var inputCost = 0.0
    var outputCost = 0.0
    for entry in entries {
      input += entry.usage.input
      output += entry.usage.output + entry.usage.reasoning
      inputCost += entry.inputCost
      outputCost += entry.outputCost
    }
    return [
      requestsKey: JSON(entries.count), "\(prefix)input_tokens": JSON(input),
      "\(prefix)output_tokens": JSON(output), "total_tokens": JSON(input + output),
      "\(prefix)input_cost": .number(inputCost), "\(prefix)output_cost": .number(outputCost),
      "\(prefix)cost": .number(inputCost + outputCost),
    ]
  }

  /// The filters usage endpoints share: `days`, `model`, `provider`, `user_path` (the path and
  /// below), `cache_mode` (`cached`, `uncached`, `all`), `search`, `request_id`.
  static func filtered(_ entries: [UsageEntry], _ request: Request, now: Int) -> [UsageEntry] {
    let since = request.queryInt("days").map { now - $0 * 86_400 }
    let model = request.query("model")
    let provider = request.query("provider")
    let userPath = request.query("user_path").flatMap(UserPath.normalize)
    let cacheMode = request.query("cache_mode") ?? "all"
    let search = request.query("search")?.lowercased()
    let requestID = request.query("request_id")
    return entries.filter { entry in
      if let since, entry.timestamp < since { return false }
      if let model, entry.model != model,
        ModelCatalog.model(model, provider: entry.provider)?.id != entry.model
      {
        return false
      }
      if let provider, entry.provider != provider { return false }
      if let userPath, !UserPath.contains(userPath, entry.userPath) { return false }
      if cacheMode == "cached", entry.cacheType == nil { return false }
      if cacheMode == "uncached", entry.cacheType != nil { return false }
      if let requestID, entry.requestID != requestID { return false }
      if let search, !search.isEmpty,
        ![entry.requestID, entry.model, entry.provider, entry.endpoint, entry.userPath].contains(
          where: { $0.lowercased().contains(search) })
      {
        return false
      }
      return true
    }
  }

  /// `{entries, total, limit, offset}` for `limit` (default 50) and `offset`.
  static func page(_ entries: [JSON], _ request: Request, defaultLimit: Int = 50) -> JSON {
    let limit = max(1, min(request.queryInt("limit") ?? defaultLimit, 1000))
    let offset = max(0, request.queryInt("offset") ?? 0)
    let slice = entries.dropFirst(offset).prefix(limit)
    return [
      "entries": .array(Array(slice)), "total": JSON(entries.count), "limit": JSON(limit),
      "offset": JSON(offset),
    ]
  }
}
