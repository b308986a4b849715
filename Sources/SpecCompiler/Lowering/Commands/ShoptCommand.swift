import SpecModel

/// `shopt -s|-u|-q NAME…`. The runtime runs bash's defaults for `bash -c` plus
/// `inherit_errexit` (which the runner sets) and has no other option: setting an option to the
/// value it has is a no-op, `-q` answers from those values, and any change is an error here
/// (its effect is not implemented), as is a name bash does not know.
enum ShoptCommand: StepCommand {
  static let names = ["shopt"]

  /// `shopt` of bash 5.2 in `bash -c`, with `shopt -s inherit_errexit`: the options that are on.
  static let enabled: Set<String> = [
    "checkwinsize", "cmdhist", "complete_fullquote", "extquote", "force_fignore",
    "globasciiranges", "globskipdots", "hostcomplete", "inherit_errexit", "interactive_comments",
    "patsub_replacement", "progcomp", "promptvars", "sourcepath",
  ]
  /// Every option `shopt` knows in bash 5.2.
  static let known: Set<String> = enabled.union([
    "autocd", "assoc_expand_once", "cdable_vars", "cdspell", "checkhash", "checkjobs", "compat31",
    "compat32", "compat40", "compat41", "compat42", "compat43", "compat44", "direxpand",
    "dirspell", "dotglob", "execfail", "expand_aliases", "extdebug", "extglob", "failglob",
    "globstar", "gnu_errfmt", "histappend", "histreedit", "histverify", "huponexit", "lastpipe",
    "lithist", "localvar_inherit", "localvar_unset", "login_shell", "mailwarn",
    "no_empty_cmd_completion", "nocaseglob", "nocasematch", "noexpand_translation", "nullglob",
    "progcomp_alias", "restricted_shell", "shift_verbose", "varredir_close", "xpg_echo",
  ])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var words = call.arguments[...]
    var mode: Character?
    var quiet = false
    while let first = words.first, let text = context.staticText(first), text.hasPrefix("-"),
      text.count > 1
    {
      words.removeFirst()
      if text == "--" { break }
      for letter in text.dropFirst() {
        switch letter {
        case "s", "u": mode = letter
        case "q": quiet = true
        default:
          context.error(
            CommandDiagnostic.unsupportedOption(command: "shopt", option: "-\(letter)"),
            at: first.position)
          return nil
        }
      }
    }
    guard !words.isEmpty, mode != nil || quiet else {
      context.error(CommandUsageDiagnostic.shoptListing, at: call.position)
      return nil
    }
    var allOn = true
    for word in words {
      guard let name = context.staticText(word) else {
        context.error(
          CommandDiagnostic.lookupNeedsLiteralNames(command: "shopt"), at: word.position)
        return nil
      }
      guard known.contains(name) else {
        context.error(
          CommandDiagnostic.toolError(
            command: "shopt", message: "\(name): invalid shell option name"),
          at: word.position)
        return nil
      }
      let on = enabled.contains(name)
      allOn = allOn && on
      if let mode, on != (mode == "s") {
        context.error(
          CommandDiagnostic.shoptChangeUnsupported("-\(mode) \(name)"), at: word.position)
        return nil
      }
    }
    // `-s`/`-u` answer 0 (the options already have those values); `-q` alone, whether all are on.
    return .status(mode == nil && !allOn ? 1 : 0)
  }
}
