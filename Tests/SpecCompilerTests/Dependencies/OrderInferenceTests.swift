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

    ### S14 Asks for a completion

    ```bash
    curl -sS "$API/v1/chat/completions" -d '{"prompt":"one"}'
    ```

    ### S15 Asks for another completion

    ```bash
    curl -sS "$API/v1/chat/completions" -d '{"prompt":"two"}'
    ```

    ### S16 Asks for the first completion again

    ```bash
    curl -sS "$API/v1/chat/completions" -d '{"prompt":"one"}'
    ```

    ### S17 Counts the latest requests

    ```bash
    curl -sS "$API/admin/log?limit=3" | jq length
    ```

    ### S18 Finds its own request in the log

    ```bash
    ID="qa-first-$(date +%s)-$$"
    curl -sS "$API/v1/chat/completions" -H "X-Request-ID: $ID" -d '{"prompt":"three"}'
    sleep 1
    curl -sS "$API/admin/log?search=$ID"
    ```

    ### S19 Finds another request in the log

    ```bash
    ID="qa-second-$(date +%s)-$$"
    curl -sS "$API/v1/chat/completions" -H "X-Request-ID: $ID" -d '{"prompt":"four"}'
    sleep 1
    curl -sS "$API/admin/log?search=$ID"
    ```

    ### S20 Asks once more

    ```bash
    curl -sS "$API/v1/chat/completions" -d '{"prompt":"five"}'
    ```

    ### S21 Asks a last time

    ```bash
    curl -sS "$API/v1/chat/completions" -d '{"prompt":"six"}'
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
    #expect(Self.scenarios.map(\.id) == (1...21).map { String(format: "S%02d", $0) })
  }

  /// S01 writes `$OUT`, S02 reads it (a need), S03 removes it: after the reader and the writer.
  @Test func aRemovedFileKeepsItsPlaceAfterItsReadersAndWriters() {
    let s02 = Self.scenarios.first { $0.id == "S02" }
    #expect(s02?.needs.map(\.scenario) == ["S01"])
    #expect(Self.after("S02")["S01"] == nil, "a need already orders the pair")
    #expect(Self.after("S03")["S02"] == .file)
  }

  /// PUT and DELETE of the same alias (a need already orders them), then a listing of the
  /// collection, after both.
  @Test func changesOfOneResourceAndItsCollectionKeepTheirOrder() {
    #expect(Self.scenarios.first { $0.id == "S05" }?.needs.map(\.scenario).contains("S04") == true)
    #expect(Self.after("S05")["S04"] == nil, "a need already orders the pair")
    #expect(Self.after("S06")["S05"] != nil)
  }

  /// A GET without identifiers reads what `$API` shows of every request (`GET /metrics`): it
  /// keeps its place among the requests to `$API`, and so do the requests before the last such
  /// GET (S17): a log shows the order in which they arrived.
  @Test func requestsToOneServerKeepTheirOrderBeforeTheLastReaderOfItsLog() {
    #expect(Self.after("S07") == ["S06": .gateway])
    // And after S05, which deleted the alias they read.
    #expect(Self.after("S09") == ["S05": .resource, "S08": .gateway])
    #expect(Self.after("S10")["S09"] == .gateway)
    #expect(Self.after("S14") == ["S10": .gateway, "S12": .collection])
    #expect(Self.after("S15") == ["S12": .collection, "S14": .gateway])
    #expect(Self.after("S17") == ["S12": .collection, "S16": .gateway])
  }

  /// After the last reader of the log, POSTs to one collection commute (S18 to S21 may run
  /// together); the same POST twice does not (a response cache answers the second: S16 after
  /// S14, for that reason first).
  @Test func additionsAfterTheLastReaderRunTogether() {
    #expect(Self.after("S16")["S14"] == .gateway)
    #expect(
      Self.scenarios.first { $0.id == "S16" }?.after.first { $0.scenario == "S14" }?.detail
        .hasPrefix("sends POST") == true)
    #expect(Self.after("S20") == ["S12": .collection, "S17": .gateway])
    #expect(Self.after("S21") == ["S12": .collection, "S17": .gateway])
  }

  /// S18 and S19 each search the log for an id of their own (`ID="qa-first-$(date +%s)-$$"`):
  /// their reads wait for no other request, and the two run together.
  @Test func aSearchForAScenariosOwnIdentifierWaitsForNoOtherRequest() {
    #expect(Self.after("S18") == ["S12": .collection, "S17": .gateway])
    #expect(Self.after("S19") == ["S12": .collection, "S17": .gateway])
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
    // S11 (a server in a variable it sets) already waits for every earlier request.
    let s11 = Self.after("S11")
    for earlier in ["S07", "S09", "S10"] {
      #expect(s11[earlier] != nil, "S11 should come after \(earlier): \(s11)")
    }
    #expect(Self.after("S12").keys.sorted() == ["S11"])
    #expect(Self.after("S13").keys.sorted() == ["S12"])
  }

  @Test func eachEdgeSaysWhy() {
    let edge = Self.scenarios.first { $0.id == "S03" }?.after.first { $0.scenario == "S02" }
    #expect(edge?.detail == "changes ${OUT}, which S02 reads")
    let gateway = Self.scenarios.first { $0.id == "S07" }?.after.first
    #expect(gateway?.detail == "changes the requests ${API} counts and logs, which S06 changes")
    let reader = Self.scenarios.first { $0.id == "S18" }?.after.first { $0.scenario == "S17" }
    #expect(reader?.detail == "adds to the requests ${API} counts and logs, which S17 changes")
    let cache = Self.scenarios.first { $0.id == "S16" }?.after.first { $0.scenario == "S14" }
    #expect(
      cache?.detail
        == "sends POST ${API}/v1/chat/completions {\"prompt\":\"one\"}, as S14 does "
        + "(a response cache may answer the second)")
  }
}
