import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct XxdLoweringTests {
  @Test(arguments: [
    ("xxd", XxdInvocation()),
    ("xxd -p", XxdInvocation(mode: .plain)),
    ("xxd -ps -c 0x10", XxdInvocation(mode: .plain, columns: 16)),
    ("xxd -r -p", XxdInvocation(mode: .reversePlain)),
    // xxd reads an option by its first letter: `-rp` is `-r`, `-pr` is `-p`.
    ("xxd -rp", XxdInvocation(mode: .reverse)),
    ("xxd -pr", XxdInvocation(mode: .plain)),
    (
      "xxd -i -C -g3 -l 5 -s 2 -u",
      XxdInvocation(
        mode: .include, groupSize: 3, length: 5, seek: 2, uppercase: true, capitalize: true)
    ),
    ("xxd -cols 8", XxdInvocation(columns: 8)),
  ])
  func options(_ command: String, _ xxd: XxdInvocation) {
    #expect(Lowered.pipeline("printf x | " + command)?.filters == [.xxd(xxd)])
  }

  @Test(arguments: [
    ("xxd -b", "xxd option '-b' is not supported"),
    ("xxd -s -2", "xxd: value '-2' of '-s' is not supported"),
    ("xxd -c 0", "xxd -c 0 is not supported"),
    ("xxd -r -s 2", "xxd -r with -s or -l is not supported"),
    ("xxd a b", "xxd with an output file operand is not supported"),
  ])
  func unsupportedIsADiagnostic(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf x | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
