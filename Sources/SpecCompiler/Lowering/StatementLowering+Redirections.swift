import Shell
import SpecModel

/// Output redirections of a simple command or pipeline.
extension LoweringContext {
  /// `> FILE`, `>> FILE`, `>&2`, `> /dev/null`, `2>/dev/null`, `2>&1`, `&> /dev/null`.
  mutating func outputRedirects(_ redirects: [BashRedirect]) -> (Sink, ErrorSink?)? {
    var sink: Sink = .stdout
    var errors: ErrorSink?
    for r in redirects {
      let target = staticText(r.word)
      let fd = r.descriptor ?? (r.op == .input ? "0" : "1")
      switch (r.op, fd) {
      case (.output, "1"), (.clobber, "1"), (.append, "1"):
        if target == "/dev/null" {
          sink = .discard
        } else {
          guard let path = template(r.word) else { return nil }
          sink = .file(path, append: r.op == .append, mode: umask.map { 0o666 & ~$0 })
        }
      case (.output, "2"), (.append, "2"):
        if target == "/dev/null" {
          errors = .discard
        } else {
          guard let path = template(r.word) else { return nil }
          errors = .file(path, append: r.op == .append)
        }
      case (.duplicateOutput, "1"):
        guard target == "2" else {
          error(
            LoweringDiagnostic.unsupportedOutputDuplication(target: target ?? "?"), at: r.position)
          return nil
        }
        sink = .stderr
      case (.duplicateOutput, "2"):
        guard target == "1" else {
          error(
            LoweringDiagnostic.unsupportedErrorDuplication(target: target ?? "?"), at: r.position)
          return nil
        }
        errors = .stdout
      case (.outputAll, _), (.appendAll, _):
        guard target == "/dev/null" else {
          error(LoweringDiagnostic.bothOutputsToFile, at: r.position)
          return nil
        }
        sink = .discard
        errors = .discard
      default:
        error(LoweringDiagnostic.unsupportedRedirection("\(fd)\(r.op.rawValue)"), at: r.position)
        return nil
      }
    }
    return (sink, errors)
  }
}
