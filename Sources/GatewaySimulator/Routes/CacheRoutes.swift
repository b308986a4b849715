import HTTPTypes
import Hummingbird
import ServerKit

/// `cache/overview`: exact-cache hits, filtered by `days` and `user_path`.
enum CacheRoutes {
  static func register(on group: RouterGroup<SimContext>, gateway: Gateway) {
    group.get("cache/overview") { request, _ in
      let since = request.queryInt("days").map { gateway.now - $0 * 86_400 }
      let userPath = request.query("user_path").flatMap(UserPath.normalize)
      let hits = gateway.withStore { $0.cacheHits }.filter { hit in
        (since == nil || hit.timestamp >= since!)
          && (userPath == nil || UserPath.contains(userPath!, hit.userPath))
      }
      let days = Dictionary(grouping: hits) { isoDay($0.timestamp) }
      return Response.json([
        "summary": [
          "total_hits": JSON(hits.count), "exact_hits": JSON(hits.count), "semantic_hits": 0,
          "total_saved_cost": .number(hits.reduce(0) { $0 + $1.savedCost }),
        ],
        "daily": .array(
          days.keys.sorted().map { day in
            [
              "date": .string(day), "hits": JSON(days[day]!.count),
              "exact_hits": JSON(days[day]!.count), "semantic_hits": 0,
              "saved_cost": .number(days[day]!.reduce(0) { $0 + $1.savedCost }),
            ]
          }),
      ])
    }
  }
}
