import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct OdLoweringTests {
  @Test func typesAndOptions() {
    let filter = Lowered.pipeline("printf x | od -An -t x1c -w8 -j 0x2 -N 1k -v")?.filters
    #expect(
      filter == [
        .od(
          OdInvocation(
            addressRadix: .none, formats: [.init(.hex, size: 1), .init(.character)], width: 8,
            skip: 2, limit: 1024, verbose: true))
      ])
    #expect(
      Lowered.pipeline("printf x | od -tdS -tuL -to -b -w")?.filters == [
        .od(
          OdInvocation(
            formats: [
              .init(.signed, size: 2), .init(.unsigned, size: 8), .init(.octal, size: 4),
              .init(.octal, size: 1),
            ], width: 32))
      ])
  }

  @Test(arguments: [
    ("od -t f4", "od: invalid or unsupported type string 'f4'"),
    ("od -t x1z", "od: invalid or unsupported type string 'x1z'"),
    ("od -t x3", "od: invalid or unsupported type string 'x3'"),
    ("od -A q", "od: invalid output address radix 'q'"),
    ("od -t x4 -w6", "od: width 6 is not a multiple of 4"),
    ("od -S 3", "od option '-S' is not supported"),
  ])
  func unsupportedIsADiagnostic(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf x | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
