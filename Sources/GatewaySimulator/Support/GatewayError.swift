import HTTPTypes
import Hummingbird
import ServerKit

/// An error a handler throws; rendered as `{"error":{"type","message","code"}}` with `status`.
struct GatewayError: Error, Sendable {
  var status: HTTPResponse.Status
  var type: String
  var message: String
  var code: String?
  var headers: HTTPFields = [:]

  static func invalidRequest(_ message: String, code: String? = nil) -> GatewayError {
    GatewayError(status: .badRequest, type: "invalid_request_error", message: message, code: code)
  }

  static func notFound(_ message: String, code: String? = "not_found") -> GatewayError {
    GatewayError(status: .notFound, type: "not_found_error", message: message, code: code)
  }

  static func unauthorized(_ message: String, code: String? = "invalid_api_key") -> GatewayError {
    GatewayError(status: .unauthorized, type: "authentication_error", message: message, code: code)
  }

  /// The error type a gateway reports for a status it did not choose a type for.
  static func type(for status: Int) -> String {
    switch status {
    case 400, 405, 409, 413, 415, 422: return "invalid_request_error"
    case 401: return "authentication_error"
    case 403: return "permission_error"
    case 404: return "not_found_error"
    case 429: return "rate_limit_error"
    case 502, 503, 504: return "provider_error"
    default: return status >= 500 ? "server_error" : "invalid_request_error"
    }
  }

  var body: JSON {
    ["error": ["type": .string(type), "message": .string(message), "code": JSON(code)]]
  }

  /// Any error as a gateway error: Hummingbird's own (unknown route, bad method) keep their
  /// status.
  init(_ error: any Error) {
    if let error = error as? GatewayError {
      self = error
    } else if let error = error as? HTTPError {
      let status = error.status
      let message: String
      switch status.code {
      case 404: message = "route not found"
      case 405: message = "method not allowed"
      default: message = error.body ?? status.reasonPhrase
      }
      self.init(
        status: status, type: GatewayError.type(for: status.code), message: message,
        code: status.code == 404 ? "not_found" : nil)
    } else {
      self.init(
        status: .internalServerError, type: "server_error", message: "\(error)", code: nil)
    }
  }

  init(status: HTTPResponse.Status, type: String, message: String, code: String?) {
    self.status = status
    self.type = type
    self.message = message
    self.code = code
  }

  var response: Response {
    var response = Response.json(body, status: status)
    for field in headers { response.headers.append(field) }
    return response
  }
}
