import SpecModel

/// `COMMAND < DIRECTORY`: bash opens the directory, and the command's first read of its
/// standard input fails with `EISDIR`. What each command then says and how it exits, as GNU
/// coreutils, grep and sed and jq 1.6 do.
enum DirectoryStandardInput {
  /// How a command fails on a directory as standard input.
  struct Failure: Equatable {
    /// What it writes to standard error.
    var message: String
    var status: Int32
    /// Whether it still prints what it prints for an empty input (`grep -c` its `0`, `wc` its
    /// zero counts, `jq -s` its `[]`; `tee` has created its files), so it runs on no input.
    var runsOnEmptyInput: Bool
  }

  /// How `filter`'s command fails when its standard input is a directory; nil for commands
  /// that do not read it (file operands, `jq -n` without `input`) or that this does not know
  /// (`awk`; `lines` that may be `head` or `sed`, `bytes`, which do not name their command).
  static func failure(of filter: Filter) -> Failure? {
    switch filter {
    case .cat(let cat) where cat.files.isEmpty:
      return Failure(message: "cat: -: Is a directory\n", status: 1, runsOnEmptyInput: false)
    case .tee(let files, _) where files.isEmpty:
      // `cat` without options (a `tee` without files reads the same).
      return Failure(message: "cat: -: Is a directory\n", status: 1, runsOnEmptyInput: false)
    case .lines(let range) where range.last != nil:
      return tail
    case .lines(let range) where range.readsToEnd:
      return sed
    case .grep(let grep) where grep.files.isEmpty:
      let message = grep.noMessages ? "" : "grep: (standard input): Is a directory\n"
      return Failure(message: message, status: 2, runsOnEmptyInput: true)
    case .count:
      return wordCount
    case .wordCount(let wc) where wc.files.isEmpty:
      return wordCount
    case .jq(let jq) where jq.inputFiles.isEmpty:
      guard !jq.nullInput else { return nil }
      return Failure(message: "", status: 2, runsOnEmptyInput: true)
    case .substitute, .select:
      return sed
    case .sed(let sed) where sed.files.isEmpty:
      return self.sed
    case .checksum(let checksum) where checksum.files.isEmpty:
      return Failure(
        message: "\(checksum.algorithm.rawValue)sum: -: Is a directory\n", status: 1,
        runsOnEmptyInput: false)
    case .translate:
      return Failure(
        message: "tr: read error: Is a directory\n", status: 1, runsOnEmptyInput: false)
    case .tee(let files, _) where !files.isEmpty:
      return Failure(
        message: "tee: read error: Is a directory\n", status: 1, runsOnEmptyInput: true)
    case .base64(_, _, nil):
      return Failure(
        message: "base64: read error: Is a directory\n", status: 1, runsOnEmptyInput: false)
    case .sort(let sort) where sort.files.isEmpty:
      return Failure(
        message: "sort: read failed: -: Is a directory\n", status: 2, runsOnEmptyInput: false)
    case .uniq(let uniq) where uniq.file == nil:
      return Failure(message: "uniq: error reading '-'\n", status: 1, runsOnEmptyInput: false)
    case .cut(let cut) where cut.files.isEmpty:
      return Failure(message: "cut: -: Is a directory\n", status: 1, runsOnEmptyInput: false)
    case .head(let count) where count.files.isEmpty:
      return Failure(
        message: "head: error reading 'standard input': Is a directory\n", status: 1,
        runsOnEmptyInput: false)
    case .tail(let count) where count.files.isEmpty:
      return tail
    default:
      return nil
    }
  }

  private static let tail = Failure(
    message: "tail: error reading 'standard input': Is a directory\n", status: 1,
    runsOnEmptyInput: false)

  private static let wordCount = Failure(
    message: "wc: 'standard input': Is a directory\n", status: 1, runsOnEmptyInput: true)

  private static let sed = Failure(
    message: "sed: read error on stdin: Is a directory\n", status: 4, runsOnEmptyInput: false)
}
