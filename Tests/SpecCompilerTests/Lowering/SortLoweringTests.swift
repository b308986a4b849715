import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct SortLoweringTests {
  @Test(arguments: [
    ("sort", SortInvocation()),
    ("sort -u", SortInvocation(unique: true)),
    ("sort -rn", SortInvocation(numeric: true, reverse: true)),
    ("sort -n -r -u", SortInvocation(numeric: true, reverse: true, unique: true)),
    ("sort --numeric-sort --reverse --unique", .init(numeric: true, reverse: true, unique: true)),
    ("sort -k2", SortInvocation(keys: [SortKey(from: 2)])),
    ("sort -k 2,2", SortInvocation(keys: [SortKey(from: 2, to: 2)])),
    ("sort -t, -k2n", SortInvocation(keys: [SortKey(from: 2, numeric: true)], separator: ",")),
    (
      "sort -t ':' -k3,3nr -k1,1",
      SortInvocation(
        keys: [SortKey(from: 3, to: 3, numeric: true, reverse: true), SortKey(from: 1, to: 1)],
        separator: ":")
    ),
    (
      "sort --key=1,2 --field-separator=';'", .init(keys: [SortKey(from: 1, to: 2)], separator: ";")
    ),
    ("sort -unk2", SortInvocation(keys: [SortKey(from: 2)], numeric: true, unique: true)),
    ("sort -", SortInvocation()),
    ("sort -V", SortInvocation(ordering: .version)),
    ("sort --human-numeric-sort -r", SortInvocation(reverse: true, ordering: .human)),
    ("sort -g -C", SortInvocation(ordering: .general, check: .quiet)),
    ("sort -c", SortInvocation(check: .diagnose)),
    ("sort -o out.txt", SortInvocation(output: "out.txt")),
    (
      "sort -k2,2V -t.",
      SortInvocation(keys: [SortKey(from: 2, to: 2, ordering: .version)], separator: ".")
    ),
    ("sort -fbs", SortInvocation(foldCase: true, skipBlanks: true, stable: true)),
    (
      "sort --ignore-case --ignore-leading-blanks --stable",
      SortInvocation(foldCase: true, skipBlanks: true, stable: true)
    ),
    (
      "sort -k2bf,3",
      SortInvocation(keys: [SortKey(from: 2, to: 3, foldCase: true, skipBlanks: true)])
    ),
  ])
  func options(_ command: String, _ sort: SortInvocation) {
    let pipeline = Lowered.pipeline("printf 'b\\na\\n' | " + command)
    #expect(pipeline?.filters == [.sort(sort)])
  }

  @Test func readsAFileOperand() {
    let pipeline = Lowered.pipeline("sort -u \"$DIR/ids.txt\"")
    #expect(pipeline?.source == .empty)
    #expect(
      pipeline?.filters == [
        .sort(
          SortInvocation(unique: true, files: [Template([.variable("DIR"), .literal("/ids.txt")])]))
      ])
    #expect(
      Lowered.pipeline("sort a.txt b.txt")?.filters == [
        .sort(SortInvocation(files: ["a.txt", "b.txt"]))
      ])
  }

  @Test(arguments: [
    ("sort -R", "sort option '-R' is not supported"),
    ("sort -M", "sort option '-M' is not supported"),
    ("sort -n -g", "sort: options '-gn' are incompatible"),
    ("sort -hV", "sort: options '-hV' are incompatible"),
    ("sort -k2nV", "sort key '2nV' is not supported"),
    ("sort -k2gh", "sort key '2gh' is not supported"),
    ("sort -c -o out.txt", "sort: options '-co' are incompatible"),
    ("sort -c a.txt", "sort -c with a file operand is not supported (use 'sort -c < FILE')"),
    ("sort -k2,3b", "sort key '2,3b' is not supported"),
    ("sort --random-sort", "sort option '--random-sort' is not supported"),
    ("sort -k2.3", "sort key '2.3' is not supported"),
    ("sort -k0", "sort key '0' is not supported"),
    ("sort -k2M", "sort key '2M' is not supported"),
    ("sort -k1,0", "sort key '1,0' is not supported"),
    ("sort -t 'ab'", "sort -t takes one single-byte character, not 'ab'"),
    ("sort -t é", "sort -t takes one single-byte character, not 'é'"),
    ("sort -t, -t:", "sort: incompatible tabs"),
    ("sort -t \"$SEP\"", "sort -t takes a literal value"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf 'b\\na\\n' | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
