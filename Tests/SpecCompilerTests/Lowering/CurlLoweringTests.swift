import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct CurlLoweringTests {
  @Test func combinedShortFlags() throws {
    let r = try #require(Lowered.request(#"curl -fsSN "$BASE_URL/v1/stream""#))
    #expect(
      r.options.failOnHTTPError && r.options.silent && r.options.showError && r.options.noBuffer)
    #expect(r.method == "GET")
    #expect(r.url == Template([.variable("BASE_URL"), .literal("/v1/stream")]))
  }

  @Test func attachedMethodAndJSONBody() throws {
    let r = try #require(
      Lowered.request(#"curl -sS -XPATCH "$U/x" -H 'Content-Type: application/json' -d '{"a":1}'"#))
    #expect(r.method == "PATCH" && r.explicitMethod)
    #expect(r.body == .data(#"{"a":1}"#, json: true))
    #expect(r.headers == ["Content-Type: application/json"])
  }

  @Test func dataMakesAPostAndSeveralDataJoinWithAmpersand() throws {
    let r = try #require(Lowered.request(#"curl "$U" -d a=1 --data-raw 'b=@2'"#))
    #expect(r.method == "POST" && !r.explicitMethod)
    #expect(r.body == .data("a=1&b=@2", json: false))
  }

  @Test func dataFromFileStripsNewlinesButBinaryDoesNot() throws {
    let d = try #require(Lowered.request(#"curl "$U" -d @"$F""#))
    #expect(d.body == .file(Template([.variable("F")]), stripNewlines: true))
    let b = try #require(Lowered.request(#"curl "$U" --data-binary "@$F""#))
    #expect(b.body == .file(Template([.variable("F")]), stripNewlines: false))
  }

  @Test func multipartPartsWithTypeAndFilename() throws {
    let r = try #require(
      Lowered.request(
        #"curl "$U" -F purpose=batch -F "file=@$DIR/a.jsonl;type=application/jsonl;filename=b.jsonl" -F 'note=<notes.txt'"#
      ))
    guard case .multipart(let parts)? = r.body else {
      Issue.record("expected multipart, got \(String(describing: r.body))")
      return
    }
    #expect(parts.count == 3)
    #expect(parts[0] == MultipartPart(name: "purpose", value: "batch"))
    #expect(
      parts[1]
        == MultipartPart(
          name: "file", file: Template([.variable("DIR"), .literal("/a.jsonl")]),
          contentType: "application/jsonl",
          filename: "b.jsonl"))
    #expect(parts[2] == MultipartPart(name: "note", contentFrom: "notes.txt"))
    #expect(r.method == "POST")
  }

  @Test func behaviourFlags() throws {
    let r = try #require(
      Lowered.request(
        #"curl -sS -i -D - -o /dev/null -w '%{http_code}' --max-time 2.5 --connect-timeout 1 --http1.1 -u me:pw -G -d q=1 "$U""#
      ))
    #expect(r.options.includeHeaders)
    #expect(r.options.dumpHeaders == "-")
    #expect(r.options.output == "/dev/null")
    #expect(r.options.writeOut == "%{http_code}")
    #expect(r.options.maxTime == .literal(2.5) && r.options.connectTimeout == .literal(1))
    #expect(r.options.http11 && r.options.dataAsQuery)
    #expect(r.options.user == "me:pw")
    #expect(r.method == "GET")
  }

  @Test func jsonShortcutSetsHeaders() throws {
    let r = try #require(Lowered.request(#"curl --json '{"x":true}' "$U""#))
    #expect(r.headers == ["Content-Type: application/json", "Accept: application/json"])
    #expect(r.body == .data(#"{"x":true}"#, json: true))
  }

  @Test func unknownOptionIsAnErrorAtItsColumn() {
    let (_, diagnostics) = Lowered.steps(#"curl -sS --frobnicate "$U""#)
    #expect(diagnostics == ["doc.md:10:10: error: unknown curl option '--frobnicate' (in S01)"])
  }

  @Test func wordListsKeepTheArgumentVector() throws {
    let p = try #require(Lowered.pipeline(#"curl -fsS "${args[@]}" "$@" "$U/x""#))
    #expect(
      p.source
        == .curl(
          CurlCall(arguments: [
            "-fsS", Template([.variable("args[@]")]), Template([.variable("@")]),
            Template([.variable("U"), .literal("/x")]),
          ])))
  }

  @Test func severalURLsAndNextKeepTheArgumentVector() throws {
    let several = try #require(Lowered.pipeline(#"curl -s "$U/a" "$U/b""#))
    guard case .curl(let call) = several.source else {
      Issue.record("expected an argument vector, got \(several.source)")
      return
    }
    #expect(call.arguments.count == 3)
    let next = try #require(Lowered.pipeline(#"curl -s "$U/a" --next -o /dev/null "$U/b""#))
    guard case .curl = next.source else {
      Issue.record("expected an argument vector, got \(next.source)")
      return
    }
  }

  @Test func oneURLStaysATypedRequest() throws {
    let r = try #require(Lowered.request(#"curl -sS -o out.json -w '%{http_code}' "$U/x""#))
    #expect(r.options.output == "out.json")
    #expect(r.options.writeOut == "%{http_code}")
  }

  @Test func optionWithoutItsValueIsAnErrorAtIt() {
    let (_, diagnostics) = Lowered.steps(#"curl "$U" -H"#)
    #expect(diagnostics == ["doc.md:10:11: error: curl option '-H' needs a value (in S01)"])
  }

  @Test func errorsInAnyNextGroupAreReported() {
    let (_, diagnostics) = Lowered.steps(#"curl "$U" --next --bogus "$U""#)
    #expect(diagnostics == ["doc.md:10:18: error: unknown curl option '--bogus' (in S01)"])
  }
}
