import HTTPTypes
import Hummingbird
import ServerKit
import Synchronization

/// What a handler learned about one request, for the audit log and usage entries written when
/// its response leaves.
struct TraceRecord: Sendable {
  var requestID = ""
  var method = ""
  var path = ""
  var model: String?
  var resolvedModel: String?
  var provider: String?
  var stream = false
  var userPath = "/"
  var authMethod: String?
  var authKeyID: String?
  /// The workflow that handled the request: a workflow record is one immutable version, so its
  /// id is the `workflow_version_id` audit entries carry.
  var planID: String?
  var planVersionID: String?
  var cacheType: String?
  var requestBody: JSON?
  var responseBody: JSON?
  var usage: TokenUsage?
  /// Set by handlers that answer an error without throwing (their own error envelope).
  var errorType: String?
  var errorMessage: String?
  /// False when the request's workflow turns the audit or usage feature off.
  var audit = true
  var recordUsage = true
  /// Set by an injected fault: streams end before their usage chunk and `[DONE]`.
  var truncateStream = false
}

/// The mutable trace a request carries through middleware and handler (contexts are values,
/// so the handler's findings travel in this shared reference).
final class RequestTrace: Sendable {
  private let record = Mutex(TraceRecord())

  func update(_ change: (inout TraceRecord) -> Void) { record.withLock { change(&$0) } }
  var snapshot: TraceRecord { record.withLock { $0 } }
}

/// The request context of every simulator route.
struct SimContext: RequestContext {
  var coreContext: CoreRequestContextStorage
  let trace = RequestTrace()
  /// The client's port: a runtime in virtual time names its transfers by it (`Activity`).
  let remotePort: Int?

  init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    remotePort = source.channel.remoteAddress?.port
  }
}

/// Token counts of one model call.
struct TokenUsage: Sendable, Equatable {
  var input: Int
  var output: Int
  var reasoning = 0
  var total: Int { input + output }
}
