import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct CutLoweringTests {
  @Test(arguments: [
    ("cut -f1", CutInvocation(unit: .fields, ranges: [CutRange(from: 1, to: 1)])),
    (
      "cut -d, -f 1,3-4",
      CutInvocation(
        unit: .fields, ranges: [CutRange(from: 1, to: 1), CutRange(from: 3, to: 4)],
        delimiter: ",")
    ),
    (
      "cut -d ':' -f2- -s",
      CutInvocation(
        unit: .fields, ranges: [CutRange(from: 2, to: nil)], delimiter: ":", onlyDelimited: true)
    ),
    (
      "cut --delimiter=' ' --fields=-2 --only-delimited",
      CutInvocation(
        unit: .fields, ranges: [CutRange(from: 1, to: 2)], delimiter: " ", onlyDelimited: true)
    ),
    ("cut -c1-8", CutInvocation(unit: .bytes, ranges: [CutRange(from: 1, to: 8)])),
    ("cut -b 3", CutInvocation(unit: .bytes, ranges: [CutRange(from: 3, to: 3)])),
    (
      "cut --characters='2,5-'",
      CutInvocation(
        unit: .bytes, ranges: [CutRange(from: 2, to: 2), CutRange(from: 5, to: nil)])
    ),
    (
      "cut -sf2 -d=",
      CutInvocation(
        unit: .fields, ranges: [CutRange(from: 2, to: 2)], delimiter: "=", onlyDelimited: true)
    ),
  ])
  func options(_ command: String, _ cut: CutInvocation) {
    let pipeline = Lowered.pipeline("printf 'a,b\\n' | " + command)
    #expect(pipeline?.filters == [.cut(cut)])
  }

  @Test func complementAndOutputDelimiter() {
    #expect(
      Lowered.pipeline("printf 'a,b\\n' | cut -d, --complement -f2 --output-delimiter ' | '")?
        .filters == [
          .cut(
            CutInvocation(
              unit: .fields, ranges: [CutRange(from: 2, to: 2)], delimiter: ",", complement: true,
              outputDelimiter: " | "))
        ])
    #expect(
      Lowered.pipeline("printf 'abc\\n' | cut --complement -c2")?.filters == [
        .cut(CutInvocation(unit: .bytes, ranges: [CutRange(from: 2, to: 2)], complement: true))
      ])
  }

  @Test func readsAFileOperand() {
    let pipeline = Lowered.pipeline("cut -d, -f2 \"$DIR/t.csv\"")
    #expect(pipeline?.source == .empty)
    #expect(
      pipeline?.filters == [
        .cut(
          CutInvocation(
            unit: .fields, ranges: [CutRange(from: 2, to: 2)], delimiter: ",",
            files: [Template([.variable("DIR"), .literal("/t.csv")])]))
      ])
  }

  @Test func listsRoundTripThroughTheirText() {
    let ranges = CutRange.parseList("3-4,1 6-,-2")
    #expect(
      ranges == [
        CutRange(from: 3, to: 4), CutRange(from: 1, to: 1), CutRange(from: 6, to: nil),
        CutRange(from: 1, to: 2),
      ])
    #expect(ranges.map(CutRange.listText) == "3-4,1,6-,1-2")
  }

  @Test(arguments: [
    ("cut -f0", "cut list '0' is not valid"),
    ("cut -f 3-2", "cut list '3-2' is not valid"),
    ("cut -f -", "cut list '-' is not valid"),
    ("cut -c ''", "cut list '' is not valid"),
    ("cut -f1,x", "cut list '1,x' is not valid"),
    ("cut -f '1, 3'", "cut list '1, 3' is not valid"),
    ("cut -f 3,", "cut list '3,' is not valid"),
    ("cut -d ab -f1", "cut: the delimiter must be a single character, not 'ab'"),
    ("cut -d é -f1", "cut: the delimiter must be a single character, not 'é'"),
    ("cut -d '' -f1", "cut -d '' (a NUL delimiter) is not supported"),
    ("cut -f1 -c1", "cut: only one list may be specified"),
    ("cut -d,", "cut: you must specify a list of bytes, characters, or fields"),
    (
      "cut -c1 -s", "cut: suppressing non-delimited lines makes sense only when operating on fields"
    ),
    ("cut -c1 -d,", "cut: an input delimiter may be specified only when operating on fields"),
    ("cut --output-delimiter= -f1", "cut --output-delimiter='' (a NUL delimiter) is not supported"),
    ("cut --output-delimiter=: -c1", "cut --output-delimiter with -b/-c is not supported"),
    ("cut -n -c1", "cut option '-n' is not supported"),
    ("cut -z -f1", "cut option '-z' is not supported"),
    ("cut -f \"$N\"", "cut -f takes a literal value"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf 'a\\n' | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
