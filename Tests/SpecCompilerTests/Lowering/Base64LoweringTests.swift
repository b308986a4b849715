import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct Base64LoweringTests {
  @Test(arguments: [
    ("base64", Filter.base64(decode: false)),
    ("base64 -w0", .base64(decode: false, wrap: 0)),
    ("base64 -w 0", .base64(decode: false, wrap: 0)),
    ("base64 --wrap=0", .base64(decode: false, wrap: 0)),
    ("base64 --wrap 20", .base64(decode: false, wrap: 20)),
    ("base64 -w 100", .base64(decode: false, wrap: 100)),
    ("base64 -d", .base64(decode: true)),
    ("base64 --decode -w0", .base64(decode: true, wrap: 0)),
    ("base64 -", .base64(decode: false)),
  ])
  func wrapWidth(_ command: String, _ filter: Filter) {
    #expect(Lowered.pipeline("printf x | " + command)?.filters == [filter])
  }

  @Test func invalidWrapIsADiagnostic() {
    let (_, diagnostics) = Lowered.steps("printf x | base64 -w x")
    #expect(diagnostics.contains { $0.contains("base64: invalid wrap size: 'x'") })
  }

  /// A file operand lives on base64, which opens it; a second one is base64's own error.
  @Test func fileOperand() {
    let pipeline = Lowered.pipeline("base64 -d \"$F\"")
    #expect(pipeline?.source == .empty)
    #expect(pipeline?.filters == [.base64(decode: true, file: Template([.variable("F")]))])
    let (_, diagnostics) = Lowered.steps("base64 a b")
    #expect(diagnostics.contains { $0.contains("base64: extra operand ‘b’") }, "\(diagnostics)")
  }
}
