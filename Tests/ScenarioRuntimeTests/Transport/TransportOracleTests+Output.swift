import Foundation
import Testing

@testable import ScenarioRuntime

/// What curl prints and writes: the body, `-i`/`-D` headers, `-o` files, `-w` variables, `-I`, HTTP/1.0, `--compressed`, `-N`.
extension TransportOracleTests {
  static let outputCases: [CurlOracleCase] = [
    CurlOracleCase("GET JSON") { get($0.base + "/json") },
    CurlOracleCase("-i") { get($0.base + "/json") { $0.includeHeaders = true } },
    CurlOracleCase("-D -") { get($0.base + "/json") { $0.dumpHeaders = "-" } },
    CurlOracleCase("-i -D -") {
      get($0.base + "/json") {
        $0.includeHeaders = true
        $0.dumpHeaders = "-"
      }
    },
    CurlOracleCase("-D FILE -o FILE", files: ["h.txt", "b.txt"]) { context in
      get(context.base + "/json") {
        $0.dumpHeaders = context.scratch + "/h.txt"
        $0.output = context.scratch + "/b.txt"
      }
    },
    CurlOracleCase("-i -o FILE", files: ["b.txt"]) { context in
      get(context.base + "/json") {
        $0.includeHeaders = true
        $0.output = context.scratch + "/b.txt"
      }
    },
    CurlOracleCase("-w %{http_code}") { get($0.base + "/json") { $0.writeOut = "%{http_code}" } },
    CurlOracleCase("-o /dev/null -w %{http_code}") {
      get($0.base + "/status/404") {
        $0.output = "/dev/null"
        $0.writeOut = "%{http_code}\\n"
      }
    },
    CurlOracleCase("-w variables", times: true) { context in
      ResolvedRequest(
        method: "POST", url: context.base + "/json", body: .data(Array("abc".utf8), form: true),
        options: options {
          $0.writeOut =
            "\\n%{http_code}|%{response_code}|%{content_type}|%{size_download}|%{size_upload}"
            + "|%{num_headers}|%header{x-multi}|%header{nope}|%{url_effective}|%{method}"
            + "|%{exitcode}|%{errormsg}|%{http_version}|%{scheme}|%{size_header}|%{size_request}"
            + "|%{num_redirects}|%{redirect_url}|%{time_total}|%%|\\t|%{foo}\\n%{header_json}\\n"
        })
    },
    CurlOracleCase("-w %{redirect_url} without -L") {
      get($0.base + "/redirect?code=301&to=/json") { $0.writeOut = "\\n%{redirect_url}" }
    },
    CurlOracleCase("-I") { get($0.base + "/json") { $0.headOnly = true } },
    CurlOracleCase("-D - -o FILE -w %{filename_effective}", files: ["b.txt"]) { context in
      get(context.base + "/json") {
        $0.dumpHeaders = "-"
        $0.output = context.scratch + "/b.txt"
        $0.writeOut = "%{filename_effective}"
      }
    },
    CurlOracleCase("HTTP/1.0 body to the end") {
      get($0.base + "/http10") {
        $0.includeHeaders = true
        $0.writeOut = "%{http_version} %{size_download}"
      }
    },
    CurlOracleCase("--compressed") { get($0.base + "/gzip") { $0.compressed = true } },
    CurlOracleCase("gzip without --compressed") { get($0.base + "/gzip") },
    CurlOracleCase("--compressed -i -w %{size_download}") {
      get($0.base + "/gzip") {
        $0.compressed = true
        $0.includeHeaders = true
        $0.writeOut = "\n%{size_download} %{content_type}"
      }
    },
    CurlOracleCase("-w to stderr and %{onerror}") {
      get($0.base + "/status/404") {
        $0.failOnHTTPError = true
        $0.writeOut = "%{stderr}code %{http_code}\n%{onerror}failed: %{errormsg}\n"
      }
    },
    CurlOracleCase("SSE -N") { get($0.base + "/sse") { $0.noBuffer = true } },
  ]

  @Test(arguments: outputCases)
  func outputMatchesCurl(_ oracleCase: CurlOracleCase) async throws {
    try await Self.expectSame(oracleCase)
  }
}
