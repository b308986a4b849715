import Foundation
import Testing

@testable import ScenarioRuntime

/// A worker sends each scenario's outcome to the runner in a frame (`WorkerFraming`): every
/// field comes back equal. As JSON (reports), the output bytes are one base64 string, not an
/// array of numbers.
@Suite struct ScenarioOutcomeCodingTests {
  private static var outcomes: [ScenarioOutcome] {
    var full = ScenarioOutcome(
      id: "S61", title: "Chat\tcompletion", status: 22, timedOut: true, seconds: 1.25,
      stdout: Array("{\"id\": \"é\"}\n".utf8), stderr: [0, 0xFF, 0x0A, 0x22],
      failure: FailurePoint(owner: "S61", line: 4, status: 22), failureLine: 12,
      failedNeeds: ["S60"],
      unsupported: [.init(line: 3, column: 7, message: "unsupported: `eval`")])
    full.detail = FailureDetail(variables: ["BASE_URL": "http://127.0.0.1:1"])
    full.interrupted = true
    let empty = ScenarioOutcome(id: "S1", title: "", status: 0)
    let large = ScenarioOutcome(
      id: "S2", title: "t", status: 0, stdout: (0..<70_000).map { UInt8(truncatingIfNeeded: $0) })
    return [full, empty, large]
  }

  @Test(arguments: outcomes)
  func roundTripsThroughAWorkerFrame(_ outcome: ScenarioOutcome) throws {
    var buffer = WorkerFrameBuffer()
    buffer.append(WorkerFraming.encode(WorkerEvent.finished(outcome, abandoned: false)))
    let frame = buffer.next()
    let decoded = try WorkerFraming.event(try #require(frame))
    guard case .finished(let back, let abandoned) = decoded else {
      Issue.record("decoded \(decoded)")
      return
    }
    #expect(back == outcome)
    #expect(!abandoned)
  }

  @Test func outputIsOneBase64String() throws {
    let outcome = ScenarioOutcome(
      id: "S1", title: "t", status: 0, stdout: Array("hi\n".utf8), stderr: [0xFF])
    let object = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(outcome)) as? [String: Any])
    #expect(object["stdout"] as? String == Data("hi\n".utf8).base64EncodedString())
    #expect(object["stderr"] as? String == Data([0xFF]).base64EncodedString())
  }
}
