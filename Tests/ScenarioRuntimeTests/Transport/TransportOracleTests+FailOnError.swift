import Foundation
import Testing

@testable import ScenarioRuntime

/// `-f`/`--fail-with-body`: which status fails, what is still printed, which files are left.
extension TransportOracleTests {
  static let failOnErrorCases: [CurlOracleCase] = [
    CurlOracleCase("-f 404 -sS") {
      get($0.base + "/status/404") {
        $0.failOnHTTPError = true
        $0.showError = true
        $0.writeOut = "%{http_code} %{exitcode} %{errormsg}"
      }
    },
    CurlOracleCase("-f 404 without -s") {
      get($0.base + "/status/404") {
        $0.silent = false
        $0.failOnHTTPError = true
      }
    },
    CurlOracleCase("-f 404 -s") { get($0.base + "/status/404") { $0.failOnHTTPError = true } },
    CurlOracleCase("-f -i 404") {
      get($0.base + "/status/404") {
        $0.failOnHTTPError = true
        $0.includeHeaders = true
        $0.showError = true
      }
    },
    CurlOracleCase("-f -o FILE 404 leaves no file", files: ["b.txt"]) { context in
      get(context.base + "/status/404") {
        $0.failOnHTTPError = true
        $0.output = context.scratch + "/b.txt"
      }
    },
    CurlOracleCase("-f -u 401") {
      get($0.base + "/status/401") {
        $0.failOnHTTPError = true
        $0.showError = true
        $0.user = "a:b"
      }
    },
    CurlOracleCase("--fail-with-body 404") {
      get($0.base + "/status/404") {
        $0.failWithBody = true
        $0.showError = true
      }
    },
    CurlOracleCase("404 without -f") { get($0.base + "/status/404") { $0.showError = true } },
    CurlOracleCase("-I -f 404") {
      get($0.base + "/status/404") {
        $0.headOnly = true
        $0.failOnHTTPError = true
        $0.showError = true
      }
    },
  ]

  @Test(arguments: failOnErrorCases)
  func failOnErrorMatchesCurl(_ oracleCase: CurlOracleCase) async throws {
    try await Self.expectSame(oracleCase)
  }
}
