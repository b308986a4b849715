import CurlCommandLine
import SpecModel

/// `curl` whose words are only known at run time (`curl "${args[@]}" "$@"`) or that makes
/// several transfers: the words are expanded, read with the compiler's curl parser
/// (`CurlCommandLine`), and each transfer runs as a request, in order.
extension Interpreter {
  /// curl's output is every transfer's output in order; its status is the last transfer's
  /// (curl 7.88: `curl -f URL404 URL200` exits 0). A command line curl rejects prints curl's
  /// message and exits 2 before any transfer; a last `--next` group without a URL, after them.
  func perform(
    _ call: CurlCall, isolated: Bool, scratch: inout ShellState, stream: PipelineSegment?
  ) async throws(ShellSignal) -> PartResult {
    guard
      let words = try expandWordsInPart(call.arguments, isolated: isolated, scratch: &scratch)
    else { return PartResult(status: 1) }
    let line: CurlCommandLine
    switch CurlCommandLine.parse(words.map { CurlArgument($0) }) {
    case .success(let parsed): line = parsed
    case .failure(let errors):
      let error = errors.errors.first ?? CurlCommandLineError(.noURL)
      return PartResult(status: error.exitStatus, stderr: Array(error.curlOutput.utf8))
    }
    // One curl process: its transfers share connections (`%{num_connects}` is 0 on reuse).
    let performed: Result<PartResult, ShellSignal> = await CurlInvocation.run {
      var result = PartResult()
      do throws(ShellSignal) {
        for request in line.transfers {
          let transfer = try await perform(
            request, isolated: isolated, scratch: &scratch, stream: stream)
          result.output += transfer.output
          result.stderr += transfer.stderr
          result.status = transfer.status
          result.writeFailure = transfer.writeFailure
          result.refusedWrite = result.refusedWrite || transfer.refusedWrite
        }
      } catch {
        return .failure(error)
      }
      return .success(result)
    }
    var result = try performed.get()
    if line.missingURL {
      let error = CurlCommandLineError(.noURL)
      result.stderr += Array(error.curlOutput.utf8)
      result.status = error.exitStatus
    }
    return result
  }
}
