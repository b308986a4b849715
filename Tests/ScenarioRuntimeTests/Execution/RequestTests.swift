import Foundation
import ScenarioRuntime
import Testing

/// curl commands through a fake transport: what is sent, what comes out, curl's own failures.
@Suite struct RequestTests {
  static let base = ["BASE_URL": "http://api.test"]

  @Test func getWithHeadersPrintsTheBody() async throws {
    let transport = FakeTransport(["http://api.test/v1/models": .init("{\"ok\":true}\n")])
    let result = try await Snippet.interpret(
      #"curl -sS -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' "$BASE_URL/v1/models""#,
      variables: Self.base.merging(["TOKEN": "t0k"]) { $1 }, transport: transport)
    #expect(result.status == 0)
    #expect(result.out == "{\"ok\":true}\n")
    let request = try #require(transport.requests.first)
    #expect(request.method == "GET")
    #expect(request.headers == ["Authorization: Bearer t0k", "Accept: application/json"])
    #expect(request.options.silent && request.options.showError)
  }

  /// `-o` and `-D` create their files as curl does: 0666 less the shell's umask.
  @Test func outputFilesFollowTheShellsUmask() async throws {
    let transport = FakeTransport(["http://api.test/a": .init("body\n")])
    let result = try await Snippet.interpret(
      """
      curl -sS -o open.txt "$BASE_URL/a"
      (
        umask 077
        curl -sS -o private.txt -D private.headers "$BASE_URL/a"
      )
      """, variables: Self.base, transport: transport)
    #expect(result.status == 0)
    let options = transport.requests.map(\.options)
    #expect(options.map(\.fileMode) == [0o644, 0o600])
  }

  @Test func captureThroughAFilter() async throws {
    let transport = FakeTransport(["http://api.test/a": .init("first\nsecond\n")])
    let result = try await Snippet.interpret(
      "X=$(curl -sS \"$BASE_URL/a\" | head -n 1)\necho \"[$X]\"", variables: Self.base,
      transport: transport)
    #expect(result.out == "[first]\n")
  }

  @Test func curlFailureEndsTheScriptWithItsExitCode() async throws {
    let transport = FakeTransport([
      "http://api.test/missing": .init(
        exitCode: 22, stderr: "curl: (22) The requested URL returned error: 404\n")
    ])
    let result = try await Snippet.interpret(
      "echo start\ncurl -fsS \"$BASE_URL/missing\" | head -n 1\necho never", variables: Self.base,
      transport: transport)
    #expect(result.status == 22)
    #expect(result.out == "start\n")
    #expect(result.err == "curl: (22) The requested URL returned error: 404\n")
    #expect(result.failure == FailurePoint(owner: "S01", line: 6, status: 22))
  }

  @Test func curlErrorsCanBeCapturedOrDiscarded() async throws {
    let transport = FakeTransport([
      "http://api.test/down": .init(exitCode: 7, stderr: "curl: (7) Failed to connect\n")
    ])
    let result = try await Snippet.interpret(
      "X=$(curl -sS \"$BASE_URL/down\" 2>&1) || echo \"rc=$? [$X]\"\n"
        + "curl -sS \"$BASE_URL/down\" 2>/dev/null || echo quiet",
      variables: Self.base, transport: transport)
    #expect(result.out == "rc=7 [curl: (7) Failed to connect]\nquiet\n")
    #expect(result.err == "")
  }

  @Test func unsetVariableInTheURLIsFatal() async throws {
    let transport = FakeTransport()
    let result = try await Snippet.interpret(
      "curl -sS \"$NOT_SET/x\" || echo never", transport: transport)
    #expect(result.status == 1)
    #expect(result.err.hasSuffix(": NOT_SET: unbound variable\n"))
    #expect(transport.requests.isEmpty)
  }

  @Test func dataBodies() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "{\"a\":\r\n1}\n".write(toFile: directory + "/body.json", atomically: true, encoding: .utf8)
    let transport = FakeTransport()
    let compiled = try Snippet.compile(
      """
      curl -s "$BASE_URL/1" -H 'Content-Type: application/json' -d '{"x":1}' || true
      curl -s "$BASE_URL/2" -d @body.json || true
      curl -s "$BASE_URL/3" --data-binary @body.json || true
      curl -s -T body.json "$BASE_URL/4/" || true
      curl -s "$BASE_URL/5" --data-urlencode "q=a b&c" --data-urlencode "=x/y" || true
      curl -s -X PUT "$BASE_URL/6" -d 'a=1' -d 'b=2' || true
      """)
    _ = await Snippet.interpret(compiled, in: directory, variables: Self.base, transport: transport)
    let requests = transport.requests
    try #require(requests.count == 6)
    #expect(requests[0].method == "POST")
    #expect(requests[0].body == .data(Array("{\"x\":1}".utf8), form: true))
    #expect(requests[1].body == .data(Array("{\"a\":1}".utf8), form: true))
    #expect(requests[2].body == .data(Array("{\"a\":\r\n1}\n".utf8), form: true))
    #expect(requests[3].method == "PUT")
    #expect(requests[3].url == "http://api.test/4/body.json")
    #expect(requests[3].body == .data(Array("{\"a\":\r\n1}\n".utf8), form: false))
    #expect(requests[4].body == .data(Array("q=a%20b%26c&x%2Fy".utf8), form: true))
    #expect(requests[5].method == "PUT" && requests[5].explicitMethod)
    #expect(requests[5].body == .data(Array("a=1&b=2".utf8), form: true))
  }

  @Test func missingDataFileWarnsUnlessSilent() async throws {
    let transport = FakeTransport(["http://api.test/p": .init("ok")])
    let result = try await Snippet.interpret(
      "curl \"$BASE_URL/p\" -d @missing.json\necho\ncurl -s \"$BASE_URL/p\" -d @missing.json",
      variables: Self.base, transport: transport)
    #expect(result.status == 0)
    #expect(
      result.err
        == "Warning: Couldn't read data from file \"missing.json\", this makes an empty POST.\n")
    #expect(transport.requests.map(\.body) == [.data([], form: true), .data([], form: true)])
  }

  @Test func multipartParts() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "line\n".write(toFile: directory + "/upload.txt", atomically: true, encoding: .utf8)
    let transport = FakeTransport()
    let compiled = try Snippet.compile(
      """
      F="$PWD/upload.txt"
      curl -s "$BASE_URL/files" -F purpose=batch -F "file=@$F" || true
      curl -s "$BASE_URL/files" -F "file=@upload.txt;type=text/plain;filename=renamed.txt" || true
      curl -s "$BASE_URL/files" -F "text=<upload.txt" || true
      """)
    _ = await Snippet.interpret(compiled, in: directory, variables: Self.base, transport: transport)
    let requests = transport.requests
    try #require(requests.count == 3)
    #expect(
      requests[0].body
        == .multipart([
          ResolvedPart(name: "purpose", value: Array("batch".utf8)),
          ResolvedPart(name: "file", value: Array("line\n".utf8), filename: "upload.txt"),
        ]))
    #expect(
      requests[1].body
        == .multipart([
          ResolvedPart(
            name: "file", value: Array("line\n".utf8), filename: "renamed.txt",
            contentType: "text/plain")
        ]))
    #expect(
      requests[2].body == .multipart([ResolvedPart(name: "text", value: Array("line\n".utf8))]))
  }

  @Test func missingMultipartFileIsCurlError26() async throws {
    let transport = FakeTransport()
    let result = try await Snippet.interpret(
      "curl -sS \"$BASE_URL/files\" -F \"file=@missing.bin\" || echo \"rc=$?\"\n"
        + "curl -s \"$BASE_URL/files\" -F \"file=@missing.bin\" || echo \"rc=$?\"",
      variables: Self.base, transport: transport)
    #expect(result.out == "rc=26\nrc=26\n")
    #expect(result.err == "curl: (26) Failed to open/read local data from file/application\n")
    #expect(transport.requests.isEmpty)
  }

  @Test func outputFilesAreHandedOverAsAbsolutePaths() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let transport = FakeTransport(["http://api.test/x": .init("body")])
    let compiled = try Snippet.compile(
      "curl -sS -o out.json -D headers.txt -w '%{http_code}' --max-time \"${CURL_MAX_TIME:-12}\" \"$BASE_URL/x\""
    )
    _ = await Snippet.interpret(compiled, in: directory, variables: Self.base, transport: transport)
    let request = try #require(transport.requests.first)
    #expect(request.options.output == directory + "/out.json")
    #expect(request.options.dumpHeaders == directory + "/headers.txt")
    #expect(request.options.writeOut == "%{http_code}")
    #expect(request.options.maxTime == 12)
  }

  @Test func streamedResponseInTheBackgroundKeepsWhatArrived() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let transport = FakeTransport([
      "http://api.test/live": .init(
        chunks: ["event: one\nevent: two\n"], delay: .zero, hangs: true)
    ])
    let compiled = try Snippet.compile(
      """
      curl -sS --no-buffer -N "$BASE_URL/live" > live.sse &
      LIVE_PID=$!
      for _ in $(seq 1 200); do
        [ ! -s live.sse ] || break
        sleep 0.05
      done
      kill "$LIVE_PID" 2>/dev/null || true
      wait "$LIVE_PID" 2>/dev/null || echo "rc=$?"
      cat live.sse
      """)
    let result = await Snippet.interpret(
      compiled, in: directory, variables: Self.base, transport: transport)
    #expect(result.status == 0)
    #expect(result.out == "rc=143\nevent: one\nevent: two\n")
  }

  @Test(.timeLimit(.minutes(1)))
  func timeoutCutsAStreamAndKeepsThePartialOutput() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let transport = FakeTransport([
      "http://api.test/stream": .init(chunks: ["data: 1\n"], delay: .zero, hangs: true)
    ])
    let compiled = try Snippet.compile(
      """
      timeout 1 curl -sS --no-buffer "$BASE_URL/stream" > partial.sse 2>/dev/null || echo "rc=$?"
      cat partial.sse
      """)
    // The transfer never ends: only `timeout` can stop it (within the test's time limit).
    let result = await Snippet.interpret(
      compiled, in: directory, variables: Self.base, transport: transport)
    #expect(result.out == "rc=124\ndata: 1\n")
  }
}
