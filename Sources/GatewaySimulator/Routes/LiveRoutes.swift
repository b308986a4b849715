import HTTPTypes
import Hummingbird

/// `/admin/live/logs`: the dashboard's live feed of audit and usage entries as server-sent
/// events. It opens with `event: reset`, replays the kept events after `cursor` (none when the
/// cursor is ahead of the feed), then sends each new event of the `types` asked for
/// (`audit,usage` by default) and an `event: heartbeat` every heartbeat interval, until the
/// client goes away.
enum LiveRoutes {
  static let categories: Set<String> = ["audit", "usage"]

  static func register(on group: RouterGroup<SimContext>, gateway: Gateway) {
    group.get("live/logs") { request, _ in
      var cursor = 0
      if let raw = request.query("cursor") {
        guard let value = Int(raw), value >= 0 else {
          throw GatewayError.invalidRequest(
            "invalid cursor: \(raw) (a non-negative integer)", code: "invalid_cursor")
        }
        cursor = value
      }
      var types = categories
      if let raw = request.query("types"), !raw.isEmpty {
        types = Set(raw.split(separator: ",").map { String($0).trimmingSpaces })
        guard types.isSubset(of: categories) else {
          throw GatewayError.invalidRequest(
            "invalid types: \(raw) (audit, usage)", code: "invalid_types")
        }
      }
      let wanted = types
      let start = cursor
      let (id, stream) = gateway.subscribers.subscribe()
      let replay = gateway.withStore { $0.live.events(after: start, now: gateway.timeline.now) }
      let heartbeat = gateway.heartbeat
      return Response(
        status: .ok,
        headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
        body: ResponseBody { writer in
          defer { gateway.subscribers.unsubscribe(id) }
          try await writer.write(ByteBuffer(string: "event: reset\ndata: {}\n\n"))
          var sent = start
          for event in replay where wanted.contains(event.category) {
            try await writer.write(ByteBuffer(string: event.sse.text))
            sent = event.seq
          }
          // The beats task runs (holds the timeline) except while it waits for the next beat.
          gateway.timeline.hold()
          let beats = Task {
            defer { gateway.timeline.release() }
            var beat = 0
            while !Task.isCancelled {
              try await gateway.timeline.sleep(for: heartbeat, parks: false, holding: true)
              beat += 1
              gateway.subscribers.heartbeat(id, beat)
            }
          }
          defer { beats.cancel() }
          var events = stream.makeAsyncIterator()
          while true {
            gateway.subscribers.waiting(id)
            guard let event = await events.next() else { break }
            gateway.subscribers.received(id)
            if event.type == "heartbeat" {
              try await writer.write(
                ByteBuffer(string: "event: heartbeat\ndata: \(event.seq)\n\n"))
            } else if event.seq > sent, wanted.contains(event.category) {
              try await writer.write(ByteBuffer(string: event.sse.text))
              sent = event.seq
            }
          }
          try await writer.finish(nil)
        })
    }
  }
}
