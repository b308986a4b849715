import SpecModel

/// Which filters of a pipeline read their standard input as it arrives, and how: the ones that
/// stop early (`head`, `sed Nq`, `dd`, `grep -q`/`-m`) and the ones that read it all but keep
/// only a line or a count (`grep`, `tr`, `cut`, `wc` of one count, `sed s///`, `sed /re/p`,
/// `uniq`, `cat`, `tee`, `base64`). Filters with file operands, and those that need their whole
/// input (`sort`, `tail`, `jq`, `awk`, sed scripts), run when their input has ended.
enum FilterStreams {
  /// The streaming form of `filter`, nil when it has none. `expand` gives a word's value, nil
  /// when expanding it fails (the filter then runs whole and reports it).
  static func of(
    _ filter: Filter, expand: (Template) -> String?, workingDirectory: String
  ) -> (any StreamingFilter)? {
    let head = HeadStream.of(
      filter,
      headCount: { head in
        expand(head.count).flatMap { try? CoreutilsCount.parse($0).get() }
      })
    if let head { return head }
    switch filter {
    case .grep(let grep):
      guard grep.files.isEmpty, let pattern = expand(grep.pattern) else { return nil }
      let name = (grep.withFilename ?? false) ? "(standard input)" : nil
      switch GrepFilter.Scan.start(grep, pattern: pattern, filename: name, inputName: nil) {
      case .success(let scan):
        return GrepStream(scan: scan)
      case .failure(let error):
        // grep exits before it reads.
        return BatchStream(unit: .line) { _ in GrepFilter.Scan.failure(error) }
      }
    case .translate(let translation):
      return TranslateStream(translation)
    case .count(let unit):
      return CountStream(unit)
    case .cut(let cut):
      guard cut.files.isEmpty else { return nil }
      return BatchStream(unit: .line) { CutFilter.run(cut, input: $0) }
    case .substitute(let substitution):
      return BatchStream(unit: .line) { SubstituteFilter.run(substitution, input: $0) }
    case .select(let selection):
      return BatchStream(unit: .line) { SelectFilter.run(selection, input: $0) }
    case .uniq(let uniq):
      guard uniq.file == nil else { return nil }
      return UniqStream(UniqFilter.Groups(uniq))
    case .tee(let templates, let append):
      var files: [String] = []
      for template in templates {
        guard let file = expand(template) else { return nil }
        files.append(file)
      }
      return TeeStream(
        TeeFilter.Writer(files: files, append: append, workingDirectory: workingDirectory))
    case .base64(decode: false, let wrap, file: nil):
      // Whole lines of `wrap` characters: 3 bytes make 4.
      return BatchStream(unit: .bytes(3 * max(wrap, 1))) {
        Base64Filter.run(decode: false, wrap: wrap, input: $0)
      }
    default:
      return nil
    }
  }
}
