import SpecModel

/// `sed [-n] [-E] 's/PATTERN/REPLACEMENT/[g][N][I][p]'`: the short form of one `s` command,
/// run by the Sed interpreter (glibc's regular expressions, as GNU sed 4.9 in a UTF-8 locale)
/// on the script it stands for.
enum SubstituteFilter {
  static func run(_ substitution: SedSubstitution, input: [UInt8]) -> FilterResult {
    SedFilter.run(
      script: script(substitution), quiet: substitution.quiet, extended: substitution.extended,
      input: input)
  }

  /// `s/PATTERN/REPLACEMENT/FLAGS`, with a delimiter neither text holds.
  static func script(_ substitution: SedSubstitution) -> String {
    let delimiter = SedFilter.delimiter(avoiding: substitution.pattern + substitution.replacement)
    var flags = ""
    if substitution.global { flags += "g" }
    if let occurrence = substitution.occurrence { flags += String(occurrence) }
    if substitution.ignoreCase { flags += "I" }
    if substitution.print { flags += "p" }
    return "s" + delimiter + substitution.pattern + delimiter + substitution.replacement
      + delimiter + flags
  }
}
