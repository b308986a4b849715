/// What lowering one command reports when the message quotes nothing: a missing or
/// non-literal operand, options that do not go together. The raw value is the message; a new
/// kind is one line here. Messages that start `COMMAND: ` are the real tool's.
public enum CommandUsageDiagnostic: String, CaseIterable, DiagnosticMessage {
  case awkOptionNeedsValue = "awk option needs a value"
  case awkWithoutProgram = "awk without a program"
  case awkProgramNotLiteral =
    "awk program must be literal text (pass values with -v name=\"$VALUE\")"
  case awkEnviron = "awk ENVIRON is not supported (pass values with -v name=\"$VALUE\")"
  case awkVariableNotLiteral = "awk -v takes name=value with a literal name"
  case base64WrapNotLiteral = "base64 needs a literal wrap width"
  case cdTakesOneDirectory = "cd takes one directory"
  case chmodOperands = "chmod needs a mode (octal or symbolic, no options) and at least one path"
  case ddOperandShape = "dd takes KEY=VALUE operands"
  case cutNulOutputDelimiter = "cut --output-delimiter='' (a NUL delimiter) is not supported"
  case cutNulDelimiter = "cut -d '' (a NUL delimiter) is not supported"
  case cutOneList = "cut: only one list may be specified"
  case cutNoList = "cut: you must specify a list of bytes, characters, or fields"
  case cutDelimiterWithoutFields =
    "cut: an input delimiter may be specified only when operating on fields"
  case cutSuppressWithoutFields =
    "cut: suppressing non-delimited lines makes sense only when operating on fields"
  case cutOutputDelimiterWithoutFields =
    "cut --output-delimiter with -b/-c is not supported (only with -f)"
  case dateOperandNotFormat = "date operand must be '+FORMAT' (setting the clock is not supported)"
  case dateSeveralFormats = "date: multiple output formats specified"
  case echoEscapesNotLiteral = "echo -e needs literal arguments"
  case envWithoutCommand =
    "env without a command is not supported (the environment's order is the process's)"
  case envChangesReadVariable =
    "env changes a variable this word reads before env runs; not supported"
  case grepCountNotLiteral = "grep -m takes a literal count"
  case grepWithoutPattern = "grep without a pattern"
  case jqIndentNotNumber = "jq --indent takes a number"
  case jqWithoutProgram = "jq without a program"
  case jqSplicedExpansion =
    "a shell expansion is spliced into jq code outside a string; pass it with --arg"
  case letExpressionExpected = "let: expression expected"
  case letNotLiteral = "let takes literal expressions; write (( … )) instead"
  case mktempDirectory = "mktemp -p needs a directory"
  case mktempOneTemplate = "mktemp takes one template"
  case opensslRandOneCount = "openssl rand takes one byte count"
  case opensslRandEncoding =
    "openssl rand needs -hex or -base64 and a byte count (raw bytes are not supported)"
  case printenvWithoutName =
    "printenv without a variable name is not supported (the environment's order is the process's)"
  case printfVariableNotLiteral = "printf -v needs a literal variable name"
  case printfWithoutFormat = "printf without a format"
  case printfFormatNotLiteral = "printf needs a literal format"
  case printfFormatEndsInConversion = "printf format ends inside a conversion"
  case readNamesNotLiteral = "read takes literal variable names"
  case readArrayWithNames = "read -a takes no other variable names"
  case sedScriptNotLiteral = "sed needs a literal script"
  case sedLineLengthNotNumber = "sed -l needs a number"
  case sedWithoutScript = "sed without a script"
  case seqFormatWithEqualWidth =
    "seq: format string may not be specified when printing equal width strings"
  case setOptionNameMissing = "set -o needs an option name"
  case setOptionsAndParameters =
    "set with both options and positional parameters is not supported; split it in two"
  case setTraceInSetup = """
    set -x in a setup block is not supported: the scenarios' commands would not be traced; \
    write it in the scenario
    """
  case shiftOneCount = "shift takes at most one count"
  case sleepDurationsNotLiteral = "sleep with several operands needs literal durations"
  case sortEmptyTab = "sort: empty tab"
  case sortIncompatibleTabs = "sort: incompatible tabs"
  case sortCheckWithFile = "sort -c with a file operand is not supported (use 'sort -c < FILE')"
  case sortCheckWithOutput = "sort: options '-co' are incompatible"
  case testUnclosedBracket = "'[' without a closing ']'"
  case testUnsupported = "test expression is not supported"
  case testEndsEarly = "test expression ends early"
  case testUnclosedParenthesis = "'(' without ')' in test expression"
  case timeoutKill = "timeout -s KILL is not supported (timeout itself dies with status 137)"
  case timeoutOperands = "timeout needs a literal duration and a command"
  case timeoutDurationNotLiteral = "timeout needs a literal duration"
  case trSetsNotLiteral = "tr needs literal sets"
  case trSetCount = "tr needs SET1, or SET1 and SET2"
  case trMisalignedClasses = "tr: misaligned [:upper:] and/or [:lower:] construct"
  case trNonUTF8Sets =
    "tr sets with bytes that are not UTF-8 text (octal escapes above \\177) are not supported"
  case trDeleteSqueezeSets = "tr -ds needs SET1 and SET2"
  case trDeleteOneSet = "tr -d takes one set (SET2 only with -s)"
  case trSecondSetMissing = "tr needs SET2 (or -d, or -s without -c)"
  case trapNotLiteral = "trap needs literal commands and a signal"
  case trapPrintNeedsSignals = "trap -p takes signal names (trap -p TERM)"
  case umaskOneMask = "umask needs one octal mask"
  case uniqOutputFile = "uniq with an output file operand is not supported (use '> FILE')"
  case unsetNamesNotLiteral = "unset takes literal names"
  case xargsCountOptionsTogether =
    "xargs: -n, -L and -I together are not supported (xargs keeps the last)"
  case xargsPositionalParameters =
    "xargs: a command word reading the positional parameters is not supported"
  case xargsInvalidDelimiter = "xargs: invalid input delimiter"
  case xargsReplaceNotLiteral = "xargs option '-I' needs a literal string"
  case xxdOutputFile = "xxd with an output file operand is not supported (redirect its output)"
  case xxdZeroColumns = "xxd -c 0 is not supported"
  case xxdIncludeWithPlainOrRevert = "xxd: -i with -p or -r is not supported"
  case xxdRevertWithSeek = "xxd -r with -s or -l is not supported"
  case getoptsUsage = "getopts: usage: getopts optstring name [arg ...]"
  case hashTable = "hash without a name (printing the table) is not supported"
  case shoptListing = "shopt needs -s, -u or -q and option names (listing options is not supported)"
  case evalNotLiteral =
    "eval of text known only at run time is not supported (only literal text is parsed here)"
  case statWithoutFormat =
    "stat without -c, --format or --printf is not supported (its default layout prints times to the nanosecond)"

  public static let stage = "command"
  public static var catalog: [Self] { allCases }
  public var message: String { rawValue }
}
