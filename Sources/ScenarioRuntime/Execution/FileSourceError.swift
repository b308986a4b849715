import SpecModel

/// The message and status of a pipeline whose file source cannot be read. The IR gives a file
/// to the pipeline's source even when a command names it (`jq . FILE`, `grep P FILE`,
/// `head -n 1 FILE`), so the first filter tells which command bash would have run: its own
/// message and status are used, and it does not run. A file with no filter after it is read by
/// `cat` (also what `$(< FILE)` lowers to; bash's own message would then differ). `tr`, `wc` and
/// `base64` cannot name a file in a document, so a file before them was a `< FILE`
/// redirection: bash's message. `sort FILE`, `uniq FILE` and `cut … FILE` are taken to name their
/// file (a `< FILE` redirection would print bash's message instead).
enum FileSourceError {
  struct Outcome: Equatable {
    /// The whole message, newline included; empty when the command prints none.
    var message: String
    var status: Int32
    /// The first filter is the command that failed: it does not run.
    var consumesFirstFilter: Bool
  }

  /// `shellPrefix`: `bash: line N: ` for redirection errors.
  static func outcome(path: String, error: SystemError, firstFilter: Filter?, shellPrefix: String)
    -> Outcome
  {
    let reason = error.description
    let isDirectory = error == .isDirectory
    let quoted = Quoting.always(path)
    switch firstFilter {
    case .jq?:
      return Outcome(
        message: isDirectory ? "" : "jq: error: Could not open file \(path): \(reason)\n",
        status: 2, consumesFirstFilter: true)
    case .grep(let grep)?:
      // `-s` silences the message, not the status.
      return Outcome(
        message: grep.noMessages ? "" : "grep: \(path): \(reason)\n", status: 2,
        consumesFirstFilter: true)
    case .lines(let range)?:
      // `tail -n N FILE`; a line range over a file is `sed -n 'A,Bp' FILE` in documents far more
      // often than `head -n N FILE` (the IR does not tell them apart).
      if range.last != nil { return headOrTail("tail", quoted: quoted, error: error) }
      return sed(path, error: error)
    case .head?:
      return headOrTail("head", quoted: quoted, error: error)
    case .tail?:
      return headOrTail("tail", quoted: quoted, error: error)
    case .substitute?, .select?, .sed?:
      return sed(path, error: error)
    case .bytes(let range)?:
      if range.skip > 0 {
        return Outcome(
          message: "dd: failed to open \(quoted): \(reason)\n", status: 1,
          consumesFirstFilter: true)
      }
      return headOrTail("head", quoted: quoted, error: error)
    case .translate?, .count?, .wordCount?, .checksum?, .cat?, .base64?, .awk?:
      return Outcome(
        message: "\(shellPrefix)\(path): \(reason)\n", status: 1, consumesFirstFilter: true)
    case .sort?:
      let message =
        error == .isDirectory
        ? "sort: read failed: \(Quoting.ifNeeded(path)): \(reason)\n"
        : "sort: cannot read: \(Quoting.ifNeeded(path)): \(reason)\n"
      return Outcome(message: message, status: 2, consumesFirstFilter: true)
    case .uniq?:
      let message =
        error == .isDirectory
        ? "uniq: error reading \(Quoting.always(path))\n"
        : "uniq: \(Quoting.ifNeeded(path)): \(reason)\n"
      return Outcome(message: message, status: 1, consumesFirstFilter: true)
    case .cut?:
      return Outcome(
        message: "cut: \(Quoting.ifNeeded(path)): \(reason)\n", status: 1,
        consumesFirstFilter: true)
    case .shell?:
      // `while …; done < FILE | …`: bash's redirection error, and the stage does not run.
      return Outcome(
        message: "\(shellPrefix)\(path): \(reason)\n", status: 1, consumesFirstFilter: true)
    case .tee?, nil:
      return Outcome(
        message: "cat: \(Quoting.ifNeeded(path)): \(reason)\n", status: 1,
        consumesFirstFilter: false)
    }
  }

  private static func headOrTail(_ command: String, quoted: String, error: SystemError) -> Outcome {
    let message =
      error == .isDirectory
      ? "\(command): error reading \(quoted): \(error.description)\n"
      : "\(command): cannot open \(quoted) for reading: \(error.description)\n"
    return Outcome(message: message, status: 1, consumesFirstFilter: true)
  }

  private static func sed(_ path: String, error: SystemError) -> Outcome {
    if error == .isDirectory {
      return Outcome(
        message: "sed: read error on \(path): \(error.description)\n", status: 4,
        consumesFirstFilter: true)
    }
    return Outcome(
      message: "sed: can't read \(path): \(error.description)\n", status: 2,
      consumesFirstFilter: true)
  }
}
