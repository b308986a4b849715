import Foundation
import Testing

@testable import ScenarioRuntime

/// `--max-time`, `--connect-timeout` and `--retry`: when they fire, what is left printed and written.
extension TransportOracleTests {
  static let timeoutsCases: [CurlOracleCase] = [
    CurlOracleCase("--retry with -o FILE", files: ["b.txt"]) { context in
      get(context.base + "/retry") {
        $0.retry = 1
        $0.output = context.scratch + "/b.txt"
      }
    },
    CurlOracleCase("--max-time with -o FILE", files: ["b.txt"]) { context in
      get(context.base + "/slowbody") {
        $0.maxTime = 0.4
        $0.output = context.scratch + "/b.txt"
      }
    },
    CurlOracleCase("--max-time before the response") {
      get($0.base + "/slow?ms=3000") {
        $0.maxTime = 0.5
        $0.showError = true
        $0.writeOut = "%{http_code} %{exitcode}"
      }
    },
    CurlOracleCase("--max-time during the body") {
      get($0.base + "/slowbody") {
        $0.maxTime = 0.5
        $0.showError = true
      }
    },
    CurlOracleCase("--connect-timeout") {
      get("http://127.0.0.1:\($0.hangingPort)/") {
        $0.connectTimeout = 0.5
        $0.showError = true
      }
    },
    CurlOracleCase("--max-time while connecting") {
      get("http://127.0.0.1:\($0.hangingPort)/") {
        $0.maxTime = 0.5
        $0.showError = true
      }
    },
    CurlOracleCase("--retry on a timeout -sS") {
      get($0.base + "/slow?ms=3000") {
        $0.showError = true
        $0.maxTime = 0.3
        $0.retry = 1
      }
    },
    CurlOracleCase("--retry on 503") {
      get($0.base + "/retry") {
        $0.silent = false
        $0.retry = 1
        $0.writeOut = "%{http_code}\\n"
      }
    },
  ]

  @Test(arguments: timeoutsCases)
  func timeoutsMatchesCurl(_ oracleCase: CurlOracleCase) async throws {
    try await Self.expectSame(oracleCase)
  }
}
