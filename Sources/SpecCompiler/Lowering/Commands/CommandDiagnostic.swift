import Shell

/// What lowering one command's options and operands reports, when the message quotes the
/// command line. Messages without arguments are ``CommandUsageDiagnostic``s. Messages that
/// start `COMMAND: ` are the ones the real tool prints for the same mistake (GNU coreutils,
/// bash builtins), so that a scenario fails the same way at compile time.
public enum CommandDiagnostic: DiagnosticMessage {
  // Shapes shared by many commands.
  case unsupportedOption(command: String, option: String)
  case optionNeedsValue(command: String, option: String)
  case optionNeedsLiteralValue(command: String, option: String)
  case optionNeedsLiteralNumber(command: String, option: String)
  /// `cut -d`, `sort -t`: the option written as `COMMAND -LETTER`.
  case takesLiteralValue(command: String)
  case missingOperand(command: String)
  case extraOperand(command: String)
  case invalidTimeInterval(command: String, operand: String)
  /// A message of the tool's own parser, as the tool prints it: `awk: …`, `tr: …`, `sed: …`.
  case toolError(command: String, message: String)
  /// What curl's command line parser (`CurlCommandLine`) reports, as curl words it.
  case curlCommandLine(String)
  // One command each.
  case awkOptionUnsupported(String)
  case base64InvalidWrap(String)
  case base64ExtraOperand(String)
  case commandLookupUnsupported(String)
  case commandLookupNeedsName(command: String)
  case typeOperandUnsupported(command: String, name: String)
  case lookupNeedsLiteralNames(command: String)
  case functionDefinitionUnknown(String)
  case functionListingOptions(command: String)
  case functionListingTakesNames(command: String, flag: String)
  case ddOperandNeedsNumber(String)
  case ddOperandUnsupported(String)
  case cutInvalidDelimiter(String)
  case cutInvalidList(String)
  case dateInvalidArgument(argument: String, option: String)
  case envEmptyEnvironment(option: String)
  case envNeedsVariableName(option: String)
  case envRunsPrograms(command: String)
  case takesOneLiteralStatus(command: String)
  case takesPositiveLiteralCount(command: String)
  case takesOneFile(command: String)
  case takesLiteralArrayName(command: String)
  case takesOneArrayName(command: String)
  case readOptionNeedsLiteralDelimiter(command: String)
  case readOptionNeedsLiteralArrayName(command: String)
  case grepInvalidContextLength(String)
  case jqOptionNeedsNameAnd(option: String, what: String)
  case jobSpecification(String)
  case killNeedsLiteralSignal(String)
  case killStopSignal(String)
  case odInvalidRadix(String)
  case odInvalidType(String)
  case odInvalidArgument(option: String, argument: String)
  case odInvalidWidth(String)
  case odWidthNotMultiple(width: Int, multiple: Int)
  case opensslCommandUnsupported(String)
  case printfConversionUnsupported(Character)
  case setOptionUnsupported(String)
  case sortInvalidTab(String)
  case sortKeyUnsupported(String)
  case sortIncompatibleOptions(String)
  case testNestsTooDeep(maximum: Int)
  case timeoutInvalidSignal(String)
  case trapSignalUnsupported(String)
  case trapCommandsDoNotParse(String)
  case trapOptionUnsupported(String)
  case trapPrintSignalUnsupported(String)
  case uuidgenArgumentUnsupported(String)
  case waitOptionUnsupported(String)
  case xargsCannotRun(String)
  case xargsOneItemARun(String)
  case xargsNeedsPositiveCount(option: String)
  case xxdValueUnsupported(value: String, option: String)
  case shoptChangeUnsupported(String)

  public static let stage = "command"

  public var message: String {
    switch self {
    case .unsupportedOption(let command, let option):
      "\(command) option '\(option)' is not supported"
    case .optionNeedsValue(let command, let option): "\(command) option '\(option)' needs a value"
    case .optionNeedsLiteralValue(let command, let option):
      "\(command) option '\(option)' needs a literal value"
    case .optionNeedsLiteralNumber(let command, let option):
      "\(command) option '\(option)' needs a literal number"
    case .takesLiteralValue(let command): "\(command) takes a literal value"
    case .missingOperand(let command): "\(command): missing operand"
    case .extraOperand(let command): "\(command): extra operand"
    case .invalidTimeInterval(let command, let operand):
      "\(command): invalid time interval '\(operand)'"
    case .toolError(let command, let message): "\(command): \(message)"
    case .curlCommandLine(let message): message
    case .awkOptionUnsupported(let option):
      "awk option '\(option)' is not supported (only -F fs and -v name=value)"
    case .base64InvalidWrap(let text): "base64: invalid wrap size: '\(text)'"
    case .base64ExtraOperand(let text): "base64: extra operand ‘\(text)’"
    case .commandLookupUnsupported(let shown):
      "'\(shown)' is not supported (only 'command -v', 'command -V', 'type -t', 'type -p', "
        + "'type -a' and 'type')"
    case .commandLookupNeedsName(let command): "'\(command)' needs a command name"
    case .typeOperandUnsupported(let command, let name):
      "'\(command) \(name)' is not supported: use 'type -t' or 'command -v'"
    case .lookupNeedsLiteralNames(let command):
      "'\(command)' needs literal names (or use 'type -t')"
    case .functionDefinitionUnknown(let name):
      "the definition of function '\(name)' is not known here: it cannot be printed"
    case .functionListingOptions(let command):
      "'\(command)' with '-f' or '-F' and other options is not supported"
    case .functionListingTakesNames(let command, let flag):
      "'\(command) \(flag)' takes function names"
    case .ddOperandNeedsNumber(let name): "dd \(name)= takes a literal number"
    case .ddOperandUnsupported(let name): "dd operand '\(name)' is not supported"
    case .cutInvalidDelimiter(let text):
      "cut: the delimiter must be a single character, not '\(text)'"
    case .cutInvalidList(let text):
      "cut list '\(text)' is not valid (N, N-M, N- or -M, numbered from 1, separated by commas)"
    case .dateInvalidArgument(let argument, let option):
      "date: invalid argument '\(argument)' for '\(option)'"
    case .envEmptyEnvironment(let option): "env \(option) (an empty environment) is not supported"
    case .envNeedsVariableName(let option): "env \(option) needs a literal variable name"
    case .envRunsPrograms(let command):
      "env runs programs; '\(command)' is not one the runtime implements"
    case .takesOneLiteralStatus(let command): "\(command) takes one literal status"
    case .takesPositiveLiteralCount(let command): "\(command) takes a positive literal count"
    case .takesOneFile(let command): "\(command) takes one file"
    case .takesLiteralArrayName(let command): "\(command) takes a literal array name"
    case .takesOneArrayName(let command): "\(command) takes one array name"
    case .readOptionNeedsLiteralDelimiter(let command): "\(command) -d needs a literal delimiter"
    case .readOptionNeedsLiteralArrayName(let command): "\(command) -a needs a literal array name"
    case .grepInvalidContextLength(let text):
      "grep: \(text): invalid context length argument (a literal count)"
    case .jqOptionNeedsNameAnd(let option, let what):
      "jq \(option) takes a literal name and \(what)"
    case .jobSpecification(let text): "job specifications ('\(text)') are not supported; use \"$!\""
    case .killNeedsLiteralSignal(let option): "kill \(option) needs a literal signal"
    case .killStopSignal(let name):
      "kill -\(name) is not supported: it stops a job, which then never ends"
    case .odInvalidRadix(let text): "od: invalid output address radix '\(text)'"
    case .odInvalidType(let text):
      "od: invalid or unsupported type string '\(text)' (d, u, o, x with a size, c, a)"
    case .odInvalidArgument(let option, let argument):
      "od: invalid \(option) argument '\(argument)'"
    case .odInvalidWidth(let text): "od: invalid width '\(text)'"
    case .odWidthNotMultiple(let width, let multiple):
      "od: width \(width) is not a multiple of \(multiple), the largest value size"
    case .opensslCommandUnsupported(let command):
      "openssl command '\(command)' is not supported (only 'openssl rand -hex N' and "
        + "'openssl rand -base64 N')"
    case .printfConversionUnsupported(let conversion):
      "printf conversion %\(conversion) is not supported"
    case .setOptionUnsupported(let name): "set -o \(name) is not supported"
    case .sortInvalidTab(let text): "sort -t takes one single-byte character, not '\(text)'"
    case .sortKeyUnsupported(let text):
      "sort key '\(text)' is not supported (only N[,M] fields, numbered from 1, "
        + "with the options b (first field only), f, g, h, n, r and V)"
    case .sortIncompatibleOptions(let letters): "sort: options '-\(letters)' are incompatible"
    case .testNestsTooDeep(let maximum):
      "parentheses in test expression nest deeper than \(maximum)"
    case .timeoutInvalidSignal(let value): "timeout: '\(value)': invalid signal"
    case .trapSignalUnsupported(let signal):
      "trap on '\(signal)' is not supported (EXIT, ERR and signals)"
    case .trapCommandsDoNotParse(let message): "trap commands do not parse: \(message)"
    case .trapOptionUnsupported(let option): "trap option '\(option)' is not supported"
    case .trapPrintSignalUnsupported(let word):
      "trap -p takes signal names (not EXIT or ERR), not '\(word)'"
    case .uuidgenArgumentUnsupported(let text):
      "uuidgen argument '\(text)' is not supported (only random UUIDs: 'uuidgen' or 'uuidgen -r')"
    case .waitOptionUnsupported(let text): "wait option '\(text)' is not supported (only -n)"
    case .xargsCannotRun(let name):
      "xargs cannot run '\(name)' with arguments known only at run time"
    case .xargsOneItemARun(let name):
      "xargs: '\(name)' can only take one item a run here (use -n 1 or -I)"
    case .xargsNeedsPositiveCount(let option):
      "xargs: option '\(option)' needs a literal positive count"
    case .xxdValueUnsupported(let value, let option):
      "xxd: value '\(value)' of '\(option)' is not supported (a count from the start)"
    case .shoptChangeUnsupported(let change):
      "'shopt \(change)' is not supported: the runtime runs bash's default shell options, "
        + "with inherit_errexit"
    }
  }

  public static let catalog: [Self] = [
    .unsupportedOption(command: "COMMAND", option: "OPTION"),
    .optionNeedsValue(command: "COMMAND", option: "OPTION"),
    .optionNeedsLiteralValue(command: "COMMAND", option: "OPTION"),
    .optionNeedsLiteralNumber(command: "COMMAND", option: "OPTION"),
    .takesLiteralValue(command: "COMMAND -X"), .missingOperand(command: "COMMAND"),
    .extraOperand(command: "COMMAND"), .invalidTimeInterval(command: "COMMAND", operand: "TEXT"),
    .toolError(command: "COMMAND", message: "MESSAGE"), .curlCommandLine("MESSAGE"),
    .awkOptionUnsupported("OPTION"), .base64InvalidWrap("TEXT"), .base64ExtraOperand("TEXT"),
    .commandLookupUnsupported("command -p"), .commandLookupNeedsName(command: "COMMAND"),
    .typeOperandUnsupported(command: "type", name: "NAME"),
    .lookupNeedsLiteralNames(command: "type"), .functionDefinitionUnknown("NAME"),
    .functionListingOptions(command: "declare"),
    .functionListingTakesNames(command: "declare", flag: "-f"),
    .ddOperandNeedsNumber("NAME"),
    .ddOperandUnsupported("NAME"), .cutInvalidDelimiter("TEXT"), .cutInvalidList("TEXT"),
    .dateInvalidArgument(argument: "TEXT", option: "OPTION"),
    .envEmptyEnvironment(option: "-i"), .envNeedsVariableName(option: "-u"),
    .envRunsPrograms(command: "NAME"), .takesOneLiteralStatus(command: "exit"),
    .takesPositiveLiteralCount(command: "break"), .takesOneFile(command: "source"),
    .takesLiteralArrayName(command: "mapfile"), .takesOneArrayName(command: "mapfile"),
    .readOptionNeedsLiteralDelimiter(command: "mapfile"),
    .readOptionNeedsLiteralArrayName(command: "read"), .grepInvalidContextLength("TEXT"),
    .jqOptionNeedsNameAnd(option: "--arg", what: "a value"), .jobSpecification("%1"),
    .killNeedsLiteralSignal("-s"), .killStopSignal("NAME"), .odInvalidRadix("TEXT"),
    .odInvalidType("TEXT"), .odInvalidArgument(option: "OPTION", argument: "TEXT"),
    .odInvalidWidth("TEXT"), .odWidthNotMultiple(width: 6, multiple: 4),
    .opensslCommandUnsupported("NAME"), .printfConversionUnsupported("n"),
    .setOptionUnsupported("NAME"), .sortInvalidTab("TEXT"), .sortKeyUnsupported("TEXT"),
    .sortIncompatibleOptions("gn"), .testNestsTooDeep(maximum: BashParser.maximumNesting),
    .timeoutInvalidSignal("TEXT"), .trapSignalUnsupported("SIGNAL"),
    .trapCommandsDoNotParse("MESSAGE"), .trapOptionUnsupported("-X"),
    .trapPrintSignalUnsupported("WORD"),
    .uuidgenArgumentUnsupported("TEXT"), .waitOptionUnsupported("OPTION"),
    .xargsCannotRun("NAME"), .xargsOneItemARun("NAME"), .xargsNeedsPositiveCount(option: "-n"),
    .xxdValueUnsupported(value: "TEXT", option: "-s"),
    .shoptChangeUnsupported("-s nullglob"),
  ]
}
