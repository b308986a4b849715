import Foundation
import Testing

/// The fidelity harness itself: how it cuts documents and what its normalising may hide.
@Suite("Fidelity harness: extraction and normalising")
struct FidelityHarnessTests {
  static let document = """
    # Doc

    ## Common environment

    ```bash
    export BASE_URL=http://localhost:18080
    export OTHER="${OTHER:-http://localhost:18084}"
    export NOT_A_URL=https://example.invalid
    ```

    ## Auth-enabled runtime environment

    ```bash
    export AUTH_BASE_URL=http://localhost:8080
    ```

    ## 1. Section

    ### S01 First

    ```json
    {"not": "shell"}
    ```

    ```bash
    curl -sS "$BASE_URL/health"
    ```

    ```bash
    echo second block is not the scenario
    ```

    ### S100 Three digits

    ```bash
    echo hi
    ```

    ### Notes

    ```bash
    echo belongs to nobody
    ```
    """

  @Test func cutsSetupAndScenarioBlocks() {
    let document = FidelityDocument(markdown: Self.document)
    #expect(document.setupBlocks.count == 2)
    #expect(document.scenarios.map(\.id) == ["S01", "S100"])
    #expect(document.scenarios.map(\.title) == ["First", "Three digits"])
    #expect(document.scenarios[0].code == #"curl -sS "$BASE_URL/health""#)
    #expect(document.scenarios[1].code == "echo hi")
    #expect(document.localURLVariables == ["BASE_URL", "OTHER", "AUTH_BASE_URL"])
  }

  @Test func normalisesOnlyPidEpochsAndDates() {
    let text = """
      HTTP/1.1 200 OK
      Date: Tue, 24 Nov 2026 22:59:20 GMT
      date: anything
      X-Request-Id: qa-1795561167-1331
      pid 1331 in 13310 and 21331; epoch 1795561167 but not 1795561100 nor 17955611670
      """
    let normal = OutputNormalizer.normalize(
      Array(text.utf8), processID: 1331, epochs: 1_795_561_160...1_795_561_170)
    #expect(
      OutputNormalizer.lines(normal).count == 5)
    #expect(
      normal == """
        HTTP/1.1 200 OK
        Date: <DATE>
        date: <DATE>
        X-Request-Id: qa-<EPOCH>-<PID>
        pid <PID> in 13310 and 21331; epoch <EPOCH> but not 1795561100 nor 17955611670
        """)
  }

  @Test(.enabled(if: FidelityCorpus.isPresent, FidelityCorpus.absence))
  func cutsTheCorpusLikeTheCompiler() throws {
    for name in FidelityCorpus.files {
      let document = FidelityDocument(markdown: try FidelityCorpus.text(name))
      #expect(document.setupBlocks.count == 2, "\(name)")
      #expect(!document.scenarios.isEmpty, "\(name)")
      #expect(document.scenarios.allSatisfy { !$0.code.isEmpty }, "\(name)")
      #expect(document.localURLVariables.contains("BASE_URL"), "\(name)")
      #expect(document.localURLVariables.contains("AUTH_BASE_URL"), "\(name)")
    }
  }

  @Test func comparesBytesNotCharacters() {
    // "é" precomposed and decomposed are equal Strings, but different output.
    let composed = OutputNormalizer.normalize(
      Array("caf\u{E9}\r\n".utf8), processID: 0, epochs: 0...0)
    let decomposed = OutputNormalizer.normalize(
      Array("cafe\u{301}\r\n".utf8), processID: 0, epochs: 0...0)
    #expect(!OutputNormalizer.same(composed, decomposed))
    #expect(OutputNormalizer.lines("a\r\nb\n").count == 3)
    let headers = OutputNormalizer.normalize(
      Array("HTTP/1.1 200 OK\r\nDate: Mon\r\nX: 1\r\n\r\n".utf8), processID: 0, epochs: 0...0)
    #expect(OutputNormalizer.same(headers, "HTTP/1.1 200 OK\r\nDate: <DATE>\r\nX: 1\r\n\r\n"))
    // Invalid UTF-8 is kept byte for byte.
    let invalid = OutputNormalizer.normalize([0xFF, 0x41], processID: 0, epochs: 0...0)
    let other = OutputNormalizer.normalize([0xFE, 0x41], processID: 0, epochs: 0...0)
    #expect(!OutputNormalizer.same(invalid, other))
  }
}
