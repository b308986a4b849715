import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct PathPartLoweringTests {
  @Test(arguments: [
    ("basename a/b", PathPartCall(part: .base, names: ["a/b"])),
    ("basename a/b.c .c", PathPartCall(part: .base, names: ["a/b.c"], suffix: ".c")),
    ("basename -a x y z", PathPartCall(part: .base, names: ["x", "y", "z"])),
    ("basename -s .c x y", PathPartCall(part: .base, names: ["x", "y"], suffix: ".c")),
    ("basename -z -- -x", PathPartCall(part: .base, names: ["-x"], zero: true)),
    ("dirname a/b c", PathPartCall(part: .directory, names: ["a/b", "c"])),
  ])
  func options(_ command: String, _ call: PathPartCall) {
    #expect(Lowered.pipeline(command)?.source == .pathPart(call))
  }

  @Test(arguments: [
    ("basename", "basename: missing operand"),
    ("basename a b c", "basename: extra operand"),
    ("basename -q a", "basename option '-q' is not supported"),
    ("dirname", "dirname: missing operand"),
    ("dirname -q a", "dirname option '-q' is not supported"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
