import Testing

@testable import ScenarioRuntime

@Suite struct TransportURLTests {
  @Test(arguments: [
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080/", "/"),
    (
      "HTTP://h/A/./b/../c?x=a%20b&y=../z#f", "http://h/A/c?x=a%20b&y=../z#f", "/A/c?x=a%20b&y=../z"
    ),
    ("127.0.0.1:18080/a/../b?x=1#frag", "http://127.0.0.1:18080/b?x=1#frag", "/b?x=1"),
    ("http://h?q=1", "http://h/?q=1", "/?q=1"),
    ("http://h#f", "http://h/#f", "/"),
    ("http:/h/x", "http://h/x", "/x"),
    ("http://user:pw@h:81/", "http://user:pw@h:81/", "/"),
    ("http://h/é?q=é", "http://h/é?q=é", "/%c3%a9?q=é"),
    ("http://[::1]:9/x", "http://[::1]:9/x", "/x"),
    ("http://h/a/..", "http://h/", "/"),
  ])
  func parses(_ input: String, _ effective: String, _ target: String) throws {
    let url = try CurlURL(parsing: input)
    #expect(url.effective == effective)
    #expect(url.requestTarget == target)
  }

  @Test(arguments: [
    "http://h/a b", "http://h:99999/", "http://h:x/", "http:h/x", "//h/x", "http://", "",
    "http://[::1/",
  ])
  func rejectsBadFormat(_ input: String) {
    #expect(throws: CurlURL.ParseError.badFormat) { try CurlURL(parsing: input) }
  }

  @Test func rejectsUnknownScheme() {
    #expect(throws: CurlURL.ParseError.unsupportedScheme("htp")) {
      try CurlURL(parsing: "htp://x")
    }
  }

  @Test func hostHeaderKeepsOnlyOtherPorts() throws {
    #expect(try CurlURL(parsing: "http://h:80/").hostHeader == "h")
    #expect(try CurlURL(parsing: "https://h:8443/").hostHeader == "h:8443")
    #expect(try CurlURL(parsing: "http://[::1]:9/").bareHost == "::1")
  }

  @Test func appendsQueryForGetData() throws {
    let url = try CurlURL(parsing: "http://h/j?z=0")
    #expect(url.appendingQuery(Array("a=1&b=2".utf8)).effective == "http://h/j?z=0&a=1&b=2")
    let bare = try CurlURL(parsing: "http://h/j")
    #expect(bare.appendingQuery(Array("a=1".utf8)).effective == "http://h/j?a=1")
  }

  @Test(arguments: [
    ("/json", "http://h:1/json"),
    ("next", "http://h:1/a/next"),
    ("../up?x=1", "http://h:1/up?x=1"),
    ("?page=2", "http://h:1/a/b?page=2"),
    ("//other/p", "http://other/p"),
    ("https://s/x y", "https://s/x%20y"),
  ])
  func resolvesLocations(_ location: String, _ expected: String) throws {
    let base = try CurlURL(parsing: "http://h:1/a/b?q=1")
    #expect(try base.resolving(location: location).effective == expected)
  }

  @Test func transportURLEncodesWhatFoundationRefuses() throws {
    let url = try CurlURL(parsing: "http://u:p@h/a\"b{c}/é?x={y}&z=%zz&w=%41#f")
    #expect(url.transportURL == "http://h/a%22b%7bc%7d/%c3%a9?x=%7by%7d&z=%25zz&w=%41")
  }
}

@Suite struct TransportRequestPlanTests {
  private func plan(_ request: ResolvedRequest) throws -> CurlRequestPlan {
    let template = try CurlRequestTemplate(request)
    return template.plan(
      url: template.url, method: template.method, sendBody: true, trusted: true)
  }

  private func lines(_ plan: CurlRequestPlan) -> [String] {
    plan.headers.map { "\($0.name): \($0.value)" }
  }

  @Test func defaultHeaders() throws {
    let plan = try plan(ResolvedRequest(method: "GET", url: "http://127.0.0.1:8080/x"))
    #expect(plan.method == "GET")
    #expect(lines(plan) == ["Host: 127.0.0.1:8080", "User-Agent: curl/7.88.1", "Accept: */*"])
    #expect(plan.body == nil)
  }

  @Test func formDataGetsItsContentType() throws {
    let plan = try plan(
      ResolvedRequest(
        method: "POST", url: "http://h/", headers: ["X-A: 1"],
        body: .data(Array("a=1".utf8), form: true)))
    #expect(
      lines(plan) == [
        "Host: h", "User-Agent: curl/7.88.1", "Accept: */*", "X-A: 1", "Content-Length: 3",
        "Content-Type: application/x-www-form-urlencoded",
      ])
    #expect(plan.body == Array("a=1".utf8))
  }

  @Test(arguments: ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "GET"])
  func bodilessExplicitMethodsSendNoContentLength(_ method: String) throws {
    let plan = try plan(
      ResolvedRequest(
        method: method, explicitMethod: true, url: "http://h/",
        headers: ["Content-Length: 9"]))
    #expect(plan.method == method)
    #expect(lines(plan) == ["Host: h", "User-Agent: curl/7.88.1", "Accept: */*"])
    #expect(plan.body == nil)
  }

  @Test(arguments: ["POST", "DELETE", "GET"])
  func emptyDataSendsContentLengthZero(_ method: String) throws {
    let plan = try plan(
      ResolvedRequest(
        method: method, explicitMethod: true, url: "http://h/", body: .data([], form: true)))
    #expect(
      lines(plan).suffix(2) == [
        "Content-Length: 0", "Content-Type: application/x-www-form-urlencoded",
      ])
    #expect(plan.body == [])
  }

  @Test func customHeadersReplaceRemoveAndEmpty() throws {
    let plan = try plan(
      ResolvedRequest(
        method: "GET", url: "http://h/",
        headers: [
          "Accept:", "X-E;", "User-Agent: me", "host: foo", "X-Semi; ignored", "NoColon",
          "X-Sp:    lots  ",
        ]))
    #expect(lines(plan) == ["Host: foo", "X-E: ", "User-Agent: me", "X-Sp:    lots  "])
  }

  @Test func optionsAddAuthAgentEncodingCookie() throws {
    var options = ResolvedCurlOptions()
    options.user = "user:pa:ss"
    options.userAgent = "agent"
    options.compressed = true
    options.cookie = "a=b;c=d"
    let plan = try plan(ResolvedRequest(method: "GET", url: "http://h/", options: options))
    #expect(
      lines(plan) == [
        "Host: h", "Authorization: Basic dXNlcjpwYTpzcw==", "User-Agent: agent", "Accept: */*",
        "Accept-Encoding: deflate, gzip", "Cookie: a=b;c=d",
      ])
  }

  @Test func emptyAgentSendsNone() throws {
    var options = ResolvedCurlOptions()
    options.userAgent = ""
    let plan = try plan(ResolvedRequest(method: "GET", url: "http://h/", options: options))
    #expect(lines(plan) == ["Host: h", "Accept: */*"])
  }

  @Test func getDataMovesIntoTheQuery() throws {
    var options = ResolvedCurlOptions()
    options.dataAsQuery = true
    let plan = try plan(
      ResolvedRequest(
        method: "POST", url: "http://h/j?z=0", body: .data(Array("q=1".utf8), form: true),
        options: options))
    #expect(plan.method == "GET")
    #expect(plan.url.requestTarget == "/j?z=0&q=1")
    #expect(plan.body == nil)
    #expect(lines(plan) == ["Host: h", "User-Agent: curl/7.88.1", "Accept: */*"])
  }

  @Test func headOnlyAndExplicitMethods() throws {
    var options = ResolvedCurlOptions()
    options.headOnly = true
    #expect(
      try plan(ResolvedRequest(method: "GET", url: "http://h/", options: options)).method == "HEAD")
    let explicit = try plan(
      ResolvedRequest(
        method: "DELETE", explicitMethod: true, url: "http://h/", body: .data([1], form: true)))
    #expect(explicit.method == "DELETE")
    #expect(explicit.body == [1])
  }

  @Test func uploadsAndBigBodiesExpectContinue() throws {
    let upload = try plan(
      ResolvedRequest(method: "PUT", url: "http://h/up/a.txt", body: .data([1, 2], form: false)))
    #expect(lines(upload).suffix(2) == ["Content-Length: 2", "Expect: 100-continue"])
    let big = try plan(
      ResolvedRequest(
        method: "POST", url: "http://h/",
        body: .data(Array(repeating: 97, count: 1_100_000), form: true)))
    #expect(
      lines(big).suffix(3) == [
        "Content-Length: 1100000", "Content-Type: application/x-www-form-urlencoded",
        "Expect: 100-continue",
      ])
    let small = try plan(
      ResolvedRequest(method: "POST", url: "http://h/", body: .data([97], form: true)))
    #expect(!lines(small).contains("Expect: 100-continue"))
  }

  @Test func untrustedRedirectsDropCredentials() throws {
    var options = ResolvedCurlOptions()
    options.user = "u:p"
    let template = try CurlRequestTemplate(
      ResolvedRequest(
        method: "GET", url: "http://h/", headers: ["Cookie: z=1", "Authorization: X", "X-K: v"],
        options: options))
    let other = try CurlURL(parsing: "http://other:81/")
    let plan = template.plan(url: other, method: "GET", sendBody: true, trusted: false)
    #expect(lines(plan) == ["Host: other:81", "User-Agent: curl/7.88.1", "Accept: */*", "X-K: v"])
  }

  @Test func urlCredentialsAuthenticate() throws {
    let plan = try plan(ResolvedRequest(method: "GET", url: "http://us%40r:pw@h/"))
    #expect(lines(plan).contains("Authorization: Basic dXNAcjpwdw=="))
  }

  @Test func sizeCountsHeadAndBody() throws {
    let plan = try plan(ResolvedRequest(method: "GET", url: "http://127.0.0.1:18080/redir"))
    #expect(plan.size == 84)
    // + "Content-Length: 3\r\n" (19) + "Content-Type: application/x-www-form-urlencoded\r\n"
    // (49) + 3 body bytes; the method is one byte longer.
    let post = try self.plan(
      ResolvedRequest(
        method: "POST", url: "http://127.0.0.1:18080/redir", body: .data([1, 2, 3], form: true)))
    #expect(post.size == 84 + 1 + 19 + 49 + 3)
  }
}

@Suite struct TransportMultipartTests {
  @Test func encodesLikeCurl() {
    let multipart = CurlMultipart(
      parts: [
        ResolvedPart(name: "name", value: Array("val".utf8)),
        ResolvedPart(name: "f", value: Array("hello\n".utf8), filename: "a.txt"),
        ResolvedPart(name: "g", value: Array("x".utf8), filename: "b.weird"),
        ResolvedPart(name: "q\"x", value: Array("v".utf8), contentType: "text/foo"),
      ], boundary: "------------------------0123456789abcdef")
    let expected =
      "--------------------------0123456789abcdef\r\n"
      + "Content-Disposition: form-data; name=\"name\"\r\n\r\nval\r\n"
      + "--------------------------0123456789abcdef\r\n"
      + "Content-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n"
      + "Content-Type: text/plain\r\n\r\nhello\n\r\n"
      + "--------------------------0123456789abcdef\r\n"
      + "Content-Disposition: form-data; name=\"g\"; filename=\"b.weird\"\r\n"
      + "Content-Type: application/octet-stream\r\n\r\nx\r\n"
      + "--------------------------0123456789abcdef\r\n"
      + "Content-Disposition: form-data; name=\"q%22x\"\r\n"
      + "Content-Type: text/foo\r\n\r\nv\r\n"
      + "--------------------------0123456789abcdef--\r\n"
    #expect(String(decoding: multipart.body, as: UTF8.self) == expected)
    #expect(
      multipart.contentType()
        == "multipart/form-data; boundary=------------------------0123456789abcdef")
  }

  @Test func boundaryShape() {
    let boundary = CurlMultipart.randomBoundary()
    #expect(boundary.count == 40)
    #expect(boundary.hasPrefix(String(repeating: "-", count: 24)))
    #expect(boundary.dropFirst(24).allSatisfy { $0.isHexDigit && !$0.isUppercase })
  }

  @Test(arguments: [
    ("a.GIF", "image/gif"), ("a.jpg", "image/jpeg"), ("a.jpeg", "image/jpeg"),
    ("a.png", "image/png"), ("a.svg", "image/svg+xml"), ("a.txt", "text/plain"),
    ("a.htm", "text/html"), ("a.html", "text/html"), ("a.pdf", "application/pdf"),
    ("a.xml", "application/xml"), ("a.json", "application/octet-stream"),
    ("noext", "application/octet-stream"),
  ])
  func guessesTypes(_ filename: String, _ type: String) {
    #expect(CurlMultipart.contentType(forFilename: filename) == type)
  }
}

@Suite struct TransportWriteOutTests {
  private var info: CurlTransferInfo {
    var info = CurlTransferInfo(
      url: "http://h/json", urlEffective: "http://h/json", method: "GET", scheme: "http")
    info.httpCode = 200
    info.httpVersion = "1.1"
    info.headers = [
      .init(name: "Content-Type", value: "application/json"),
      .init(name: "X-Multi", value: "a"), .init(name: "x-multi", value: "b"),
      .init(name: "Content-Length", value: "11"),
    ]
    info.sizeDownload = 11
    info.timeTotal = 0.0123456
    return info
  }

  @Test func expandsVariablesAndEscapes() {
    let out = CurlWriteOut.render(
      "%{http_code}|%{content_type}|%{size_download}|%{num_headers}|%header{x-multi}|%header{nope}|%{time_total}\\n",
      info: info)
    #expect(
      String(decoding: out.stdout, as: UTF8.self)
        == "200|application/json|11|4|a||0.012345\n")
    #expect(out.stderr.isEmpty)
  }

  @Test func keepsWhatItDoesNotKnow() {
    let out = CurlWriteOut.render("%{foo}|%zz|%|%%|\\t|\\x|%{", info: info)
    #expect(String(decoding: out.stdout, as: UTF8.self) == "|%zz|%|%|\t|\\x|%{")
    #expect(
      String(decoding: out.stderr, as: UTF8.self) == "curl: unknown --write-out variable: 'foo'\n")
  }

  @Test func switchesStreamsAndStopsOnSuccessAtOnError() {
    let out = CurlWriteOut.render(
      "%{response_code}%{stderr}err%{stdout}out%{onerror}never", info: info)
    #expect(String(decoding: out.stdout, as: UTF8.self) == "200out")
    #expect(String(decoding: out.stderr, as: UTF8.self) == "err")
  }

  @Test func headerJSON() {
    #expect(
      CurlWriteOut.headerJSON(info)
        == "{\"content-type\":[\"application/json\"],\n\"x-multi\":[\"a\",\"b\"],\n\"content-length\":[\"11\"]\n}"
    )
    var empty = info
    empty.headers = []
    #expect(CurlWriteOut.headerJSON(empty) == "{\n}")
  }

  @Test func missingResponsePrintsZeros() {
    var failed = info
    failed.httpCode = 0
    failed.headers = []
    let out = CurlWriteOut.render("%{http_code}|%{content_type}|%{http_version}", info: failed)
    #expect(String(decoding: out.stdout, as: UTF8.self) == "000||1.1")
  }
}

@Suite struct TransportDiagnosticsTests {
  @Test func wrapsWarningsLikeCurl() {
    let text = "Failed to open the file /nonexist/dir/b.txt: No such file or directory"
    #expect(
      String(decoding: CurlDiagnostics.wrappedWarning(text), as: UTF8.self)
        == "Warning: Failed to open the file /nonexist/dir/b.txt: No such file or \nWarning: directory\n"
    )
  }

  @Test func silentHidesErrorsUnlessShowError() {
    var silent = CurlDiagnostics(silent: true, showError: false)
    silent.report(.emptyReply)
    silent.warn("x")
    #expect(silent.bytes.isEmpty)
    var shown = CurlDiagnostics(silent: true, showError: true)
    shown.report(.emptyReply)
    shown.warn("x")
    #expect(String(decoding: shown.bytes, as: UTF8.self) == "curl: (52) Empty reply from server\n")
  }
}
