import JQ
import Testing

@Test func errorDescriptionIsTheMessage() {
  #expect(JQError("jq: error: x/0 is not defined").description == "jq: error: x/0 is not defined")
}
