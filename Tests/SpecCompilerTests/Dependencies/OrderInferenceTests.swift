import SpecCompiler
import SpecModel
import Testing

/// `Scenario.after`: which scenarios keep their document order when they run concurrently, and
/// which may run together, each edge with its reason.
@Suite struct OrderInferenceTests {
  static let markdown = """
    # Orders

    ## Common environment

    ```bash
    export API=http://localhost:19090
    export OUT=/tmp/orders-out.json
    export ALIAS=qa-alias
    fetch_report() {
      curl -sS "$API/v1/report" -o "$OUT"
    }
    ```

    ## Checks

    ### S01 Writes the file

    ```bash
    curl -sS "$API/v1/items/$ALIAS" -o "$OUT"
    ```

    ### S02 Reads the file

    ```bash
    jq -r .id "$OUT"
    ```

    ### S03 Removes the file

    ```bash
    rm -f "$OUT"
    ```

    ### S04 Renames the alias

    ```bash
    curl -sS -X PUT "$API/v1/aliases/$ALIAS" -d '{}'
    ```

    ### S05 Deletes the alias

    ```bash
    curl -sS -X DELETE "$API/v1/aliases/$ALIAS"
    ```

    ### S06 Lists the aliases

    ```bash
    curl -sS "$API/v1/aliases" | jq length
    ```

    ### S07 Reads the counters

    ```bash
    curl -sS "$API/metrics"
    ```

    ### S08 Writes through a helper

    ```bash
    fetch_report
    ```

    ### S09 Sends a request of its own

    ```bash
    curl -sS "$API/v1/things/$ALIAS"
    ```

    ### S10 Sends another

    ```bash
    curl -sS "$API/v1/others/$ALIAS"
    ```

    ### S11 Changes an unknown URL

    ```bash
    URL="$API/v1/x"
    curl -sS -X POST "$URL"
    ```

    ### S12 Sends what an array holds

    ```bash
    ARGS=(-sS "$API/v1/ping")
    curl "${ARGS[@]}"
    ```

    ### S13 Asks another server

    ```bash
    curl -sS "http://localhost:19191/health"
    ```
    """

  static let scenarios: [Scenario] = {
    let output = DocumentCompiler.compile(markdown: markdown, file: "orders.md")
    return output.compiled?.scenarios ?? []
  }()

  static func after(_ id: String) -> [String: Ordering.Reason] {
    let scenario = scenarios.first { $0.id == id }
    return Dictionary(
      (scenario?.after ?? []).map { ($0.scenario, $0.reason) }, uniquingKeysWith: { a, _ in a })
  }

  @Test func everyScenarioCompiles() {
    #expect(Self.scenarios.map(\.id) == (1...13).map { String(format: "S%02d", $0) })
  }

  /// S01 writes `$OUT`, S02 reads it (a need), S03 removes it: after the reader and the writer.
  @Test func aRemovedFileKeepsItsPlaceAfterItsReadersAndWriters() {
    let s02 = Self.scenarios.first { $0.id == "S02" }
    #expect(s02?.needs.map(\.scenario) == ["S01"])
    #expect(Self.after("S02")["S01"] == nil, "a need already orders the pair")
    #expect(Self.after("S03")["S02"] == .file)
  }

  /// PUT and DELETE of the same alias (a need already orders them), then a listing of the
  /// collection.
  @Test func changesOfOneResourceAndItsCollectionKeepTheirOrder() {
    #expect(Self.scenarios.first { $0.id == "S05" }?.needs.map(\.scenario).contains("S04") == true)
    #expect(Self.after("S05").isEmpty)
    #expect(Self.after("S06")["S05"] == .collection)
  }

  /// Every request to `$API` is counted and logged there in the order it arrives (`GET
  /// /metrics` shows it): the scenarios sending them form a chain, not an edge to every
  /// earlier scenario.
  @Test func requestsToOneServerKeepTheirOrder() {
    #expect(Self.after("S07") == ["S06": .gateway])
    // And after S05, which deleted the alias they read.
    #expect(Self.after("S09") == ["S05": .resource, "S08": .gateway])
    #expect(Self.after("S10") == ["S05": .resource, "S09": .gateway])
  }

  /// S02 only reads a file S01 wrote (a need): nothing orders it with the requests.
  @Test func aScenarioWithoutRequestsIsFreeOfTheServers() {
    #expect(Self.after("S02").isEmpty)
    #expect(Self.after("S03").values.allSatisfy { $0 == .file })
  }

  /// `fetch_report` writes `$OUT` and reads `/v1/report`: S08 is ordered as if it did.
  @Test func aSetupFunctionCountsAsTheScenarioThatCallsIt() {
    #expect(Self.after("S08")["S03"] == .file)
  }

  /// A POST to a URL the compiler cannot see into changes every collection.
  @Test func aChangeAtAnUnknownURLKeepsItsPlaceAmongAllRequests() {
    #expect(Self.after("S11")["S09"] == .collection)
    #expect(Self.after("S11")["S10"] == .collection)
  }

  /// A curl line only known at run time may talk to any server: it comes after every earlier
  /// scenario that sent requests, and every later one comes after it, whatever its server.
  @Test func aCurlLineKnownOnlyAtRunTimeKeepsItsPlaceAmongEveryServer() {
    let s12 = Self.after("S12")
    for earlier in ["S07", "S09", "S10", "S11"] {
      #expect(s12[earlier] != nil, "S12 should come after \(earlier): \(s12)")
    }
    // (Its reason is the first key they share: every collection, which S12 may change.)
    #expect(Self.after("S13").keys.sorted() == ["S12"])
  }

  @Test func eachEdgeSaysWhy() {
    let edge = Self.scenarios.first { $0.id == "S03" }?.after.first { $0.scenario == "S02" }
    #expect(edge?.detail == "changes ${OUT}, which S02 reads")
    let gateway = Self.scenarios.first { $0.id == "S07" }?.after.first
    #expect(
      gateway?.detail
        == "sends requests that change the request counters and logs of ${API}, as S06 does")
  }
}
