import SpecModel

/// `openssl rand -hex N`, `openssl rand -base64 N`: random bytes as text. Other openssl
/// commands (and `rand` writing raw bytes or to a file) are not supported.
enum OpensslCommand: PipelineCommand {
  static let names = ["openssl"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    let words = call.arguments
    guard let first = words.first, context.staticText(first) == "rand" else {
      context.error(
        "openssl command '\(words.first.flatMap { context.staticText($0) } ?? "")' is not "
          + "supported (only 'openssl rand -hex N' and 'openssl rand -base64 N')",
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
        context.error("openssl rand option '\(text)' is not supported", at: word.position)
        return nil
      default:
        guard count == nil else {
          context.error("openssl rand takes one byte count", at: word.position)
          return nil
        }
        guard let t = context.template(word) else { return nil }
        count = t
      }
    }
    guard let kind, let count else {
      context.error(
        "openssl rand needs -hex or -base64 and a byte count (raw bytes are not supported)",
        at: call.position)
      return nil
    }
    return .source(.random(RandomCall(kind: kind, bytes: count)))
  }
}
