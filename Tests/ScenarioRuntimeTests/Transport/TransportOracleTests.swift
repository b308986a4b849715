import Foundation
import Testing

@testable import ScenarioRuntime

/// Where an oracle case sends its request.
struct OracleContext: Sendable {
  /// `http://127.0.0.1:PORT` of the test server.
  var base: String
  /// A directory of its own for each side (`-o`, `-D` files).
  var scratch: String
  /// A port nothing listens on.
  var closedPort: Int
  /// A port whose connections never complete.
  var hangingPort: Int
}

struct CurlOracleCase: Sendable, CustomTestStringConvertible {
  var name: String
  /// Files (relative to the scratch directory) to compare.
  var files: [String] = []
  /// Normalise `-w` times.
  var times = false
  var build: @Sendable (OracleContext) -> ResolvedRequest

  var testDescription: String { name }

  init(
    _ name: String, files: [String] = [], times: Bool = false,
    _ build: @escaping @Sendable (OracleContext) -> ResolvedRequest
  ) {
    self.name = name
    self.files = files
    self.times = times
    self.build = build
  }
}

private func options(_ change: (inout ResolvedCurlOptions) -> Void) -> ResolvedCurlOptions {
  var options = ResolvedCurlOptions()
  options.silent = true
  change(&options)
  return options
}

private func get(_ url: String, _ change: (inout ResolvedCurlOptions) -> Void = { _ in })
  -> ResolvedRequest
{
  ResolvedRequest(method: "GET", url: url, options: options(change))
}

/// `-X METHOD URL`, no data.
private func bodiless(_ method: String, _ context: OracleContext) -> ResolvedRequest {
  ResolvedRequest(
    method: method, explicitMethod: true, url: context.base + "/received",
    options: options { _ in })
}

/// `-X METHOD --data-binary @FILE URL`.
private func withData(_ method: String, _ body: [UInt8], _ context: OracleContext)
  -> ResolvedRequest
{
  ResolvedRequest(
    method: method, explicitMethod: true, url: context.base + "/received",
    body: .data(body, form: true), options: options { _ in })
}

let oracleCases: [CurlOracleCase] = [
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
  CurlOracleCase("-G -d") { context in
    ResolvedRequest(
      method: "POST", url: context.base + "/echo?z=0",
      body: .data(Array("a=1&b=two".utf8), form: true), options: options { $0.dataAsQuery = true })
  },
  CurlOracleCase("-d @file bytes") { context in
    ResolvedRequest(
      method: "POST", url: context.base + "/echo",
      body: .data([0x61, 0x0A, 0x62, 0x0D, 0x0A, 0x7B, 0x7D, 0x09], form: true),
      options: options { _ in })
  },
  CurlOracleCase("-X PUT -H Content-Type -d") { context in
    ResolvedRequest(
      method: "PUT", explicitMethod: true, url: context.base + "/echo",
      headers: ["Content-Type: application/json", "X-Request-Id: 42"],
      body: .data(Array(#"{"a":1}"#.utf8), form: true), options: options { _ in })
  },
  // The request head on the wire, line by line: `Content-Length` only with a body (`-d ''`
  // included, whatever the method), before curl's own `Content-Type` and `Expect`.
  CurlOracleCase("head: -X POST without data") { bodiless("POST", $0) },
  CurlOracleCase("head: -X PUT without data") { bodiless("PUT", $0) },
  CurlOracleCase("head: -X PATCH without data") { bodiless("PATCH", $0) },
  CurlOracleCase("head: -X DELETE without data") { bodiless("DELETE", $0) },
  CurlOracleCase("head: -X OPTIONS without data") { bodiless("OPTIONS", $0) },
  CurlOracleCase("head: -X GET without data") { bodiless("GET", $0) },
  CurlOracleCase("head: -X POST -H Content-Type without data") { context in
    ResolvedRequest(
      method: "POST", explicitMethod: true, url: context.base + "/received",
      headers: ["Content-Type: application/json"], options: options { _ in })
  },
  CurlOracleCase("head: -d ''") { context in
    ResolvedRequest(
      method: "POST", url: context.base + "/received", body: .data([], form: true),
      options: options { _ in })
  },
  CurlOracleCase("head: -X DELETE -d ''") { withData("DELETE", [], $0) },
  CurlOracleCase("head: -X GET -d ''") { withData("GET", [], $0) },
  CurlOracleCase("head: -X PUT -d ''") { withData("PUT", [], $0) },
  CurlOracleCase("head: -X DELETE -d x") { withData("DELETE", Array("x".utf8), $0) },
  CurlOracleCase("head: -X GET -d x") { withData("GET", Array("x".utf8), $0) },
  CurlOracleCase("head: -d with custom headers") { context in
    ResolvedRequest(
      method: "POST", url: context.base + "/received", headers: ["X-A: 1", "X-B: 2"],
      body: .data(Array("a=1".utf8), form: true), options: options { _ in })
  },
  CurlOracleCase("head: -X PATCH -H Content-Type -d") { context in
    ResolvedRequest(
      method: "PATCH", explicitMethod: true, url: context.base + "/received",
      headers: ["Content-Type: application/json", "X-A: 1"],
      body: .data(Array(#"{"a":1}"#.utf8), form: true), options: options { _ in })
  },
  CurlOracleCase("head: -T upload") { context in
    ResolvedRequest(
      method: "PUT", url: context.base + "/received", body: .data(Array("up\n".utf8), form: false),
      options: options { _ in })
  },
  CurlOracleCase("head: -X POST -L 303 keeps the name, not a body") { context in
    ResolvedRequest(
      method: "POST", explicitMethod: true,
      url: context.base + "/redirect?code=303&to=/received",
      body: .data(Array("x=1".utf8), form: true), options: options { $0.followRedirects = true })
  },
  CurlOracleCase("head: -X PUT -L 303 without data") { context in
    ResolvedRequest(
      method: "PUT", explicitMethod: true,
      url: context.base + "/redirect?code=303&to=/received",
      options: options { $0.followRedirects = true })
  },
  CurlOracleCase("-H overrides and removals") { context in
    ResolvedRequest(
      method: "GET", url: context.base + "/echo",
      headers: ["Accept: application/json", "User-Agent:", "X-Empty;", "X-A: 1", "x-a: 2"],
      options: options { _ in })
  },
  CurlOracleCase("-A -b -u") { context in
    get(context.base + "/echo") {
      $0.userAgent = "agent/1.0"
      $0.cookie = "a=b; c=d"
      $0.user = "user:pa:ss"
    }
  },
  CurlOracleCase("-T upload") { context in
    ResolvedRequest(
      method: "PUT", url: context.base + "/echo",
      body: .data(Array("file body\n".utf8), form: false),
      options: options { _ in })
  },
  CurlOracleCase("-F fields and files") { context in
    ResolvedRequest(
      method: "POST", url: context.base + "/multipart",
      body: .multipart([
        ResolvedPart(name: "name", value: Array("value".utf8)),
        ResolvedPart(name: "typed", value: Array("{}".utf8), contentType: "application/json"),
        ResolvedPart(name: "file", value: Array("hello\n".utf8), filename: "a.txt"),
        ResolvedPart(name: "image", value: [0x89, 0x50, 0x4E, 0x47], filename: "p.png"),
        ResolvedPart(name: "other", value: Array("x".utf8), filename: "data.bin"),
        ResolvedPart(
          name: "doc", value: Array("<a/>".utf8), filename: "d.txt", contentType: "text/xml"),
      ]), options: options { _ in })
  },
  CurlOracleCase("-I") { get($0.base + "/json") { $0.headOnly = true } },
  CurlOracleCase("-I -f 404") {
    get($0.base + "/status/404") {
      $0.headOnly = true
      $0.failOnHTTPError = true
      $0.showError = true
    }
  },
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
  CurlOracleCase("-I -L") {
    get($0.base + "/redirect?code=301&to=/json") {
      $0.headOnly = true
      $0.followRedirects = true
    }
  },
  CurlOracleCase("-G -I") { context in
    ResolvedRequest(
      method: "POST", url: context.base + "/json", body: .data(Array("q=1".utf8), form: true),
      options: options {
        $0.dataAsQuery = true
        $0.headOnly = true
        $0.writeOut = "%{url_effective} %{method}"
      })
  },
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
  CurlOracleCase("-w to stderr and %{onerror}") {
    get($0.base + "/status/404") {
      $0.failOnHTTPError = true
      $0.writeOut = "%{stderr}code %{http_code}\n%{onerror}failed: %{errormsg}\n"
    }
  },
  CurlOracleCase("-b cookie file that is missing") { context in
    get(context.base + "/echo") { $0.cookie = context.scratch + "/cookies.txt" }
  },
  CurlOracleCase("SSE -N") { get($0.base + "/sse") { $0.noBuffer = true } },
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

@Suite(.serialized) struct TransportOracleTests {
  @Test(arguments: oracleCases)
  func matchesCurl(_ oracleCase: CurlOracleCase) async throws {
    try await Self.expectSame(oracleCase)
  }

  /// Runs `oracleCase` through curl and through `HTTPClientTransport`, and expects the same.
  static func expectSame(_ oracleCase: CurlOracleCase) async throws {
    guard CurlOracle.isAvailable else {
      print("skipped: \(CurlOracle.curlPath) is missing, oracle case '\(oracleCase.name)' not run")
      return
    }
    let server = try await TestHTTPServer.start()
    let hanging = try FullBacklogListener()
    let transport = HTTPClientTransport(connectTimeout: .seconds(2))
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "curl-oracle-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let closedPort = try await closedPort()

    var runs: [CurlRun] = []
    // Names of one length: curl wraps warnings that quote the path.
    for side in ["curl", "ours"] {
      let scratch = root + "/" + side
      try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
      let context = OracleContext(
        base: server.baseURL, scratch: scratch, closedPort: closedPort, hangingPort: hanging.port)
      let request = oracleCase.build(context)
      let run =
        side == "curl"
        ? try await CurlOracle.runCurl(request, scratch: scratch, files: oracleCase.files)
        : await CurlOracle.runTransport(
          transport, request, scratch: scratch, files: oracleCase.files)
      runs.append(CurlOracle.normalised(run, scratch: scratch, times: oracleCase.times))
    }
    try await transport.shutdown()
    await server.stop()
    #expect(runs[1] == runs[0], "curl:\n\(runs[0])\ntransport:\n\(runs[1])")
  }

  /// A port that was just free: bound, then released.
  static func closedPort() async throws -> Int {
    let server = try await TestHTTPServer.start()
    let port = server.port
    await server.stop()
    return port
  }
}
