/// Where generated suites send their requests.
///
/// - `E2E_TARGET=live`: the gateways the document names (or the URLs given in the environment),
///   with `.env` read from the working directory, as the bash runner would.
/// - `E2E_TARGET=sim`: the embedded gateway simulator, even when URLs are given.
/// - Unset: live when any of the document's gateway variables (`BASE_URL`, …) is given in the
///   environment, the embedded simulator otherwise.
public enum GatewayTarget: Sendable, Equatable {
  case live
  case simulator

  public static func select(
    environment: [String: String], gatewayVariables: [GatewayVariable]
  ) -> GatewayTarget {
    switch environment["E2E_TARGET"]?.lowercased() {
    case "live": return .live
    case "sim", "simulator": return .simulator
    default:
      let given = gatewayVariables.contains { environment[$0.name] != nil }
      return given ? .live : .simulator
    }
  }
}
