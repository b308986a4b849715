import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct UniqLoweringTests {
  @Test(arguments: [
    ("uniq", UniqInvocation()),
    ("uniq -c", UniqInvocation(count: true)),
    ("uniq -d", UniqInvocation(repeated: true)),
    ("uniq -u", UniqInvocation(unique: true)),
    ("uniq -cd", UniqInvocation(count: true, repeated: true)),
    ("uniq --count --repeated --unique", UniqInvocation(count: true, repeated: true, unique: true)),
    ("uniq -", UniqInvocation()),
    (
      "uniq -i -f 1 -s2 -w 3",
      UniqInvocation(ignoreCase: true, skipFields: 1, skipChars: 2, checkChars: 3)
    ),
    ("uniq --skip-fields=2 --check-chars 4", UniqInvocation(skipFields: 2, checkChars: 4)),
  ])
  func options(_ command: String, _ uniq: UniqInvocation) {
    let pipeline = Lowered.pipeline("printf 'a\\na\\n' | sort | " + command)
    #expect(pipeline?.filters == [.sort(SortInvocation()), .uniq(uniq)])
  }

  @Test func readsAFileOperand() {
    let pipeline = Lowered.pipeline("uniq -c ids.txt")
    #expect(pipeline?.source == .empty)
    #expect(pipeline?.filters == [.uniq(UniqInvocation(count: true, file: "ids.txt"))])
  }

  @Test(arguments: [
    ("uniq -z", "uniq option '-z' is not supported"),
    ("uniq -f x", "uniq option '-f' needs a literal number"),
    ("uniq -s \"$N\"", "uniq option '-s' needs a literal number"),
    ("uniq --all-repeated", "uniq option '--all-repeated' is not supported"),
    ("uniq in.txt out.txt", "uniq with an output file operand is not supported"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf 'a\\n' | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
