import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct RandomLoweringTests {
  @Test(arguments: [
    ("uuidgen", RandomCall(kind: .uuid)),
    ("uuidgen -r", RandomCall(kind: .uuid)),
    ("openssl rand -hex 16", RandomCall(kind: .hex, bytes: "16")),
    ("openssl rand -base64 \"$N\"", RandomCall(kind: .base64, bytes: Template([.variable("N")]))),
  ])
  func forms(_ command: String, _ call: RandomCall) {
    #expect(Lowered.pipeline(command)?.source == .random(call))
  }

  @Test(arguments: [
    ("uuidgen -t", "uuidgen argument '-t' is not supported"),
    ("openssl genrsa 2048", "openssl command 'genrsa' is not supported"),
    ("openssl rand 16", "openssl rand needs -hex or -base64 and a byte count"),
    ("openssl rand -hex 16 -out f", "openssl rand option '-out' is not supported"),
    ("openssl rand -hex 1 2", "openssl rand takes one byte count"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
