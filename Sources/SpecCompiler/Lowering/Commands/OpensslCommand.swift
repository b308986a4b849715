import SpecModel

/// `openssl rand -hex N`, `openssl rand -base64 N`: random bytes as text. Other openssl
/// commands (and `rand` writing raw bytes or to a file) are not supported.
enum OpensslCommand: PipelineCommand {
  static let names = ["openssl"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    let words = call.arguments
    guard let first = words.first, context.staticText(first) == "rand" else {
      context.error(
        CommandDiagnostic.opensslCommandUnsupported(
          words.first.flatMap { context.staticText($0) } ?? ""),
        at: words.first?.position ?? call.position)
      return nil
    }
    var kind: RandomCall.Kind?
    var count: Template?
    for word in words.dropFirst() {
      switch context.staticText(word) {
      case "-hex": kind = .hex
      case "-base64": kind = .base64
      case let text? where text.hasPrefix("-"):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "openssl rand", option: text),
          at: word.position)
        return nil
      default:
        guard count == nil else {
          context.error(CommandUsageDiagnostic.opensslRandOneCount, at: word.position)
          return nil
        }
        guard let t = context.template(word) else { return nil }
        count = t
      }
    }
    guard let kind, let count else {
      context.error(
        CommandUsageDiagnostic.opensslRandEncoding,
        at: call.position)
      return nil
    }
    return .source(.random(RandomCall(kind: kind, bytes: count)))
  }
}
