import Foundation
import Testing

@testable import ScenarioRuntime

/// What is sent: the request head line by line (`Content-Length`, `Content-Type`, `Expect`), `-G`, `-d`, `-H`, `-A -b -u`, `-T`, `-F`.
extension TransportOracleTests {
  static let requestCases: [CurlOracleCase] = [
    CurlOracleCase("-G -d") { context in
      ResolvedRequest(
        method: "POST", url: context.base + "/echo?z=0",
        body: .data(Array("a=1&b=two".utf8), form: true), options: options { $0.dataAsQuery = true }
      )
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
        method: "PUT", url: context.base + "/received",
        body: .data(Array("up\n".utf8), form: false),
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
    CurlOracleCase("-G -I") { context in
      ResolvedRequest(
        method: "POST", url: context.base + "/json", body: .data(Array("q=1".utf8), form: true),
        options: options {
          $0.dataAsQuery = true
          $0.headOnly = true
          $0.writeOut = "%{url_effective} %{method}"
        })
    },
    CurlOracleCase("-b cookie file that is missing") { context in
      get(context.base + "/echo") { $0.cookie = context.scratch + "/cookies.txt" }
    },
  ]

  @Test(arguments: requestCases)
  func requestMatchesCurl(_ oracleCase: CurlOracleCase) async throws {
    try await Self.expectSame(oracleCase)
  }
}
