import Foundation
import SpecModel

/// The variables a document's setup blocks point at a local gateway: assignments whose value is
/// a literal `http://localhost:PORT…` or `http://127.0.0.1:PORT…` URL (also as the default of
/// `${NAME:-…}`), with the port each names.
public struct GatewayVariable: Sendable, Equatable {
  public var name: String
  public var port: Int
  /// What follows the authority (`/v1` in `http://localhost:18080/v1`).
  public var path: String

  public init(name: String, port: Int, path: String) {
    self.name = name
    self.port = port
    self.path = path
  }

  /// In setup order, each name once (its first assignment).
  public static func all(in document: SpecDocument) -> [GatewayVariable] {
    var found: [GatewayVariable] = []
    for environment in document.environments {
      for step in environment.steps {
        guard case .assign(let assignment) = step.action, let value = assignment.value,
          let text = literalOrDefault(value),
          let variable = parse(name: assignment.name, url: text),
          !found.contains(where: { $0.name == variable.name })
        else { continue }
        found.append(variable)
      }
    }
    return found
  }

  /// `literal` or `${NAME:-literal}`.
  static func literalOrDefault(_ template: Template) -> String? {
    guard template.parts.count == 1 else { return nil }
    switch template.parts[0] {
    case .literal(let text): return text
    case .expansion(let expansion):
      guard case .useDefault(let fallback, _) = expansion.operation,
        fallback.parts.count == 1, case .literal(let text) = fallback.parts[0]
      else { return nil }
      return text
    default: return nil
    }
  }

  static func parse(name: String, url: String) -> GatewayVariable? {
    guard let components = URLComponents(string: url), components.scheme == "http",
      let host = components.host, ["localhost", "127.0.0.1"].contains(host),
      let port = components.port
    else { return nil }
    return GatewayVariable(name: name, port: port, path: components.percentEncodedPath)
  }
}
