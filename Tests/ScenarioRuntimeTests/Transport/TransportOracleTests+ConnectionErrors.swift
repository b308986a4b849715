import Foundation
import Testing

@testable import ScenarioRuntime

/// Connections and URLs that fail: refused, unresolvable, empty or cut replies, resets, malformed URLs.
extension TransportOracleTests {
  static let connectionErrorsCases: [CurlOracleCase] = [
    CurlOracleCase("refused -sS") {
      get("http://127.0.0.1:\($0.closedPort)/") {
        $0.showError = true
        $0.writeOut = "%{http_code}|%{exitcode}|%{errormsg}"
      }
    },
    CurlOracleCase("refused without -s") {
      get("http://127.0.0.1:\($0.closedPort)/x") { $0.silent = false }
    },
    CurlOracleCase("refused -s") { get("http://127.0.0.1:\($0.closedPort)/") },
    CurlOracleCase("-D FILE on refused", files: ["h.txt"]) { context in
      get("http://127.0.0.1:\(context.closedPort)/") { $0.dumpHeaders = context.scratch + "/h.txt" }
    },
    CurlOracleCase("unresolvable host") { _ in
      get("http://nosuch..invalid/") {
        $0.showError = true
        $0.writeOut = "%{http_code}"
      }
    },
    CurlOracleCase("empty reply") { get($0.base + "/close") { $0.showError = true } },
    CurlOracleCase("truncated body") { get($0.base + "/truncated") { $0.showError = true } },
    CurlOracleCase("truncated chunks") { get($0.base + "/chunktrunc") { $0.showError = true } },
    CurlOracleCase("connection reset") { get($0.base + "/reset") { $0.showError = true } },
    CurlOracleCase("malformed URL") { _ in
      get("http://a b/") {
        $0.showError = true
        $0.writeOut = "%{http_code}|%{url_effective}"
      }
    },
    CurlOracleCase("unsupported scheme") { _ in get("htp://x/") { $0.showError = true } },
    CurlOracleCase("no scheme, no path") { context in
      get(context.base.replacing("http://", with: "") + "?q=1") {
        $0.writeOut = "%{url_effective}"
        $0.output = "/dev/null"
      }
    },
    CurlOracleCase("-o into a missing directory") { context in
      get(context.base + "/json") {
        $0.silent = false
        $0.output = context.scratch + "/missing/b.txt"
      }
    },
  ]

  @Test(arguments: connectionErrorsCases)
  func connectionErrorsMatchesCurl(_ oracleCase: CurlOracleCase) async throws {
    try await Self.expectSame(oracleCase)
  }
}
