import SpecModel
import Testing

@testable import SpecCompiler

/// Associative arrays in lowering: a name declared `-A` (earlier in the block or by a setup
/// block) has word subscripts, lowered as key templates; any other name keeps arithmetic ones.
@Suite struct AssociativeArrayLoweringTests {
  @Test func declarationAndEntries() {
    let (steps, diagnostics) = Lowered.steps("declare -A m=([\"a b\"]=1 [$k]=\"$v\")")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(
      steps.map(\.action) == [
        .assignArray(
          ArrayAssignment(
            name: "m", elements: nil, associative: true,
            entries: [
              KeyedElement(key: "a b", value: "1"),
              KeyedElement(key: Template([.variable("k")]), value: Template([.variable("v")])),
            ]))
      ])
  }

  @Test(arguments: [
    ("m[$k]=x", "${k}"), ("m[\"a b\"]=x", "a b"), ("m[i+1]=x", "i+1"), ("m[v1.json]=x", "v1.json"),
    ("m['$lit']=x", "\\$lit"),
  ])
  func elementKeys(_ assignment: String, _ key: String) {
    let (steps, diagnostics) = Lowered.steps("declare -A m\n" + assignment)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    guard case .assignElement(let element)? = steps.last?.action else {
      Issue.record("not an element assignment: \(steps)")
      return
    }
    #expect(element.element == ArrayElement(name: "m", index: key))
  }

  @Test func indexedNamesKeepArithmetic() {
    let (_, diagnostics) = Lowered.steps("a[v1.json]=x")
    #expect(diagnostics.contains { $0.contains("array index 'v1.json' is not supported") })
  }

  @Test func readsAndUnset() {
    let (steps, diagnostics) = Lowered.steps(
      "declare -A m\necho \"${m[\"a b\"]}\" \"${!m[@]}\"\nunset \"m[$k]\"")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(steps.last?.action == .unsetElement(ArrayElement(name: "m", index: "${k}")))
  }

  @Test func keyValueWordList() {
    let (steps, diagnostics) = Lowered.steps("declare -A m=(a 1 b 2)")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(
      steps.map(\.action) == [
        .assignArray(
          ArrayAssignment(name: "m", elements: ["a", "1", "b", "2"], associative: true))
      ])
  }
}
