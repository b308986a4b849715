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
  ])
  func options(_ command: String, _ uniq: UniqInvocation) {
    let pipeline = Lowered.pipeline("printf 'a\\na\\n' | sort | " + command)
    #expect(pipeline?.filters == [.sort(SortInvocation()), .uniq(uniq)])
  }

  @Test func readsAFileOperand() {
    let pipeline = Lowered.pipeline("uniq -c ids.txt")
    #expect(pipeline?.source == .file("ids.txt"))
    #expect(pipeline?.filters == [.uniq(UniqInvocation(count: true))])
  }

  @Test(arguments: [
    ("uniq -i", "uniq option '-i' is not supported"),
    ("uniq -f 1", "uniq option '-f' is not supported"),
    ("uniq --all-repeated", "uniq option '--all-repeated' is not supported"),
    ("uniq in.txt out.txt", "uniq with an output file operand is not supported"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf 'a\\n' | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
