import CurlCommandLine
import Shell
import SpecModel

/// `curl`: read with `CurlCommandLine`, the parser the runtime uses too. One URL gives a typed
/// request; several URLs, `--next`, or a word that expands to several words (`"${args[@]}"`,
/// `"$@"`) keep the argument vector, which the runtime reads with the same parser once the
/// words are known.
enum CurlCommand: PipelineCommand {
  static let names = ["curl"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var arguments: [CurlArgument] = []
    for word in call.arguments {
      guard let template = context.template(word) else { return nil }
      arguments.append(CurlArgument(text: context.staticText(word), template: template))
    }
    if arguments.contains(where: { $0.template.isWordList }) {
      return .source(.curl(CurlCall(arguments: arguments.map(\.template))))
    }
    switch CurlCommandLine.parse(arguments) {
    case .failure(let errors):
      for error in errors.errors {
        let position = error.argument.map { call.arguments[$0].position } ?? call.position
        context.error(CommandDiagnostic.curlCommandLine(error.diagnostic), at: position)
      }
      return nil
    case .success(let line):
      if line.transfers.count == 1, !line.hasNext {
        return .source(.request(line.transfers[0]))
      }
      return .source(.curl(CurlCall(arguments: arguments.map(\.template))))
    }
  }
}

extension Source {
  /// A `curl` transfer (typed, or an argument vector).
  var isCurl: Bool {
    switch self {
    case .request, .curl: true
    default: false
    }
  }
}
