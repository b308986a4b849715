/// A jq failure as jq's command line prints it (`jq: error: … compile error`).
public struct JQError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
