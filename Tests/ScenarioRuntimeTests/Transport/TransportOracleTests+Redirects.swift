import Foundation
import Testing

@testable import ScenarioRuntime

/// `-L`: methods and bodies across 301/302/303/307, credentials, the redirect limit.
extension TransportOracleTests {
  static let redirectsCases: [CurlOracleCase] = [
    CurlOracleCase("-L -i") {
      get($0.base + "/redirect?code=302&to=/json") {
        $0.followRedirects = true
        $0.includeHeaders = true
      }
    },
    CurlOracleCase("-L POST 302 becomes GET") { context in
      ResolvedRequest(
        method: "POST", url: context.base + "/redirect?code=302&to=/echo",
        body: .data(Array("x=1".utf8), form: true),
        options: options {
          $0.followRedirects = true
          $0.writeOut = "%{method}|%{url_effective}|%{num_redirects}|%{http_code}"
        })
    },
    CurlOracleCase("-L POST 307 keeps the body") { context in
      ResolvedRequest(
        method: "POST", url: context.base + "/redirect?code=307&to=/echo",
        body: .data(Array("x=1".utf8), form: true),
        options: options {
          $0.followRedirects = true
          $0.writeOut = "%{method}"
        })
    },
    CurlOracleCase("-X DELETE -L 303") { context in
      ResolvedRequest(
        method: "DELETE", explicitMethod: true, url: context.base + "/redirect?code=303&to=/echo",
        options: options {
          $0.followRedirects = true
          $0.writeOut = "%{method}"
        })
    },
    CurlOracleCase("-L -u same host") {
      get($0.base + "/redirect?code=302&to=/echo") {
        $0.followRedirects = true
        $0.user = "u:p"
      }
    },
    CurlOracleCase("-L to a 404 with -f") {
      get($0.base + "/redirect?code=301&to=/status/404") {
        $0.followRedirects = true
        $0.failOnHTTPError = true
        $0.showError = true
      }
    },
    CurlOracleCase("-L past 50 redirects") {
      get($0.base + "/loop") {
        $0.followRedirects = true
        $0.showError = true
        $0.writeOut = "%{num_redirects} %{http_code} %{url_effective}"
      }
    },
    CurlOracleCase("-L to another host drops credentials") { context in
      let other = context.base.replacing("127.0.0.1", with: "localhost")
      return ResolvedRequest(
        method: "GET", url: context.base + "/redirect?code=302&to=\(other)/echo",
        headers: ["Cookie: c=1", "X-Keep: yes"],
        options: options {
          $0.followRedirects = true
          $0.user = "u:p"
          $0.cookie = "k=v"
        })
    },
    CurlOracleCase("-I -L") {
      get($0.base + "/redirect?code=301&to=/json") {
        $0.headOnly = true
        $0.followRedirects = true
      }
    },
  ]

  @Test(arguments: redirectsCases)
  func redirectsMatchesCurl(_ oracleCase: CurlOracleCase) async throws {
    try await Self.expectSame(oracleCase)
  }
}
