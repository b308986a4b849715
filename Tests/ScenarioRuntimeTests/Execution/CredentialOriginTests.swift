import SpecModel
import Testing

@testable import ScenarioRuntime

/// Which names are a credential's, and which members a jq program outputs.
@Suite struct CredentialOriginTests {
  @Test(arguments: [
    ("key", true), ("api_key", true), ("apiKey", true), ("X-Api-Key", true),
    ("access_token", true), ("client_secret", true), ("password", true), ("APIKEY", true),
    ("key_id", false), ("token_type", false), ("total_tokens", false), ("keys", false),
    ("monkey", false), ("name", false), ("redacted_value", false),
  ])
  func credentialNamesEndWithACredentialWord(_ name: String, _ expected: Bool) {
    #expect(CredentialOrigin.isCredentialName(name) == expected)
  }

  @Test(arguments: [
    (".key", ["key"]),
    (".data.api_key", ["api_key"]),
    (".data[0].key", ["key"]),
    (".data[]?.token", ["token"]),
    (".token // empty", ["token"]),
    (#".["client_secret"]"#, ["client_secret"]),
    (#"."api-key""#, ["api-key"]),
    ("$r.value", ["value"]),
    ("[.data[] | select(.name==$name)] | length", ["data"]),
    (#".data[] | select(.token_type == "bearer") | .id"#, ["data", "id"]),
    (".items | map(.key) | first", ["items", "key"]),
    ("if .ok then .secret else .error end", ["secret", "error"]),
    (#".a == "x" and .b"#, []),
    (#""\(.key) literal" | length"#, []),
  ])
  func jqOutputFieldsAreTheLastComponentsOfOutputPaths(_ program: String, _ fields: [String]) {
    #expect(JQOutputFields.fields(of: program) == fields)
  }

  @Test func headerAndJSONMemberNamesInPatterns() {
    #expect(CredentialOrigin.namesInPattern("^X-Api-Key:") == ["X-Api-Key"])
    #expect(CredentialOrigin.namesInPattern(#".*"token":"\([^"]*\)".*"#) == ["token"])
    #expect(CredentialOrigin.namesInPattern("^data: ") == ["data"])
    #expect(CredentialOrigin.namesInPattern("ok").isEmpty)
  }

  @Test func capturesAreCredentialsByTheirLastJQProgramOrHeaderFilter() {
    func pipeline(_ filters: [Filter]) -> Pipeline {
      Pipeline(source: .empty, filters: filters, sink: .capture("V"))
    }
    #expect(CredentialOrigin.capturesCredential(pipeline([.jq(JQInvocation(program: ".key"))])))
    #expect(
      !CredentialOrigin.capturesCredential(
        pipeline([.jq(JQInvocation(program: ".key")), .jq(JQInvocation(program: ".id"))])))
    #expect(
      CredentialOrigin.capturesCredential(
        pipeline([.grep(GrepInvocation(pattern: "^x-api-key:"))])))
    #expect(!CredentialOrigin.capturesCredential(pipeline([.jq(JQInvocation(program: ".id"))])))
  }

  @Test func privateContentValues() {
    #expect(CredentialOrigin.values(inPrivateContent: Array("tok-1\n".utf8)) == ["tok-1"])
    #expect(
      CredentialOrigin.values(inPrivateContent: Array("A=1\nB='two'\n".utf8)) == ["1", "two"])
    let headers = "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nX-Api-Key: hk-1\r\n\r\n"
    #expect(CredentialOrigin.values(inPrivateContent: Array(headers.utf8)) == ["hk-1"])
    #expect(CredentialOrigin.values(inPrivateContent: Array("some prose line\n".utf8)).isEmpty)
    let json = CredentialOrigin.values(
      inPrivateContent: Array(#"{"id":"x","auth":{"password":"pw-1"}}"#.utf8))
    #expect(Set(json) == ["pw-1", #"{"id":"x","auth":{"password":"pw-1"}}"#])
  }
}
