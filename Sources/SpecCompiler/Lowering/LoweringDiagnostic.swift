/// What lowering a bash block reports about the shell language itself: syntax, words,
/// expansions, arrays, redirections, pipelines, control flow, tracing and setup blocks. The
/// options and operands of single commands are ``CommandDiagnostic``s. Each message is printed
/// with the owner appended (`… (in S26)`); an unsupported scenario's YAML records it without.
public enum LoweringDiagnostic: DiagnosticMessage {
  case bashSyntaxError(String)
  case unsupportedCommand(name: String)
  case nonLiteralCommandName
  case assignmentsBeforeCommand
  case assignmentRedirection
  case compoundRedirection
  case forWithoutIn(variable: String)
  case caseFallThrough(terminator: String)
  case forSeqOnly
  case seqNeedsLiteralNumbers
  // Words and expansions.
  case arithmetic(String)
  case nonUTF8DollarQuote
  case optionFlagsParameter
  case commandSubstitutionPlacement
  case processSubstitution
  case patternCaseConversion(operator: String)
  case parameterTransformation(operator: String)
  case parameterExpansionOperator(String)
  case globWithExpansion
  case globArgument(glob: String, command: String)
  case hereDocumentWithoutBody
  // Arrays and declarations.
  case indirectExpansion(name: String)
  case unsupportedAssociativeKey(String)
  case invalidAssociativeKey(String, reason: String)
  case unsupportedArrayIndex(String, reason: String)
  case listAssignedToElement
  case appendToElementInList
  case localArrayElement
  case mixedQuotingInElement
  case notKeyValueElement(String)
  case arrayExpandsToSeveralWords(list: String, command: String)
  case declarationOption(declaration: String, option: String)
  case unsupportedDeclaration(String)
  case associativeDeclarationValue(declaration: String)
  // Tests.
  case unsupportedTestOperator(String)
  case testOperatorNeedsWord(String)
  case testOperatorNeedsTwoWords(String)
  case testVariableNeedsLiteralName
  case testVariableInvalidName(String)
  case testVariableUnsupported(String)
  // Redirections and pipelines.
  case unsupportedOutputDuplication(target: String)
  case unsupportedErrorDuplication(target: String)
  case bothOutputsToFile
  case unsupportedRedirection(String)
  case functionErrorRedirection(function: String)
  case onlyDevNullRedirection(command: String)
  case outputRedirectionInPipeline
  case inputRedirectionInPipeline
  case emptyPipelineCommand
  case ignoresInput(command: String)
  case curlReadsNoInput
  case readsScenarioInput(command: String)
  case readsFileAfterPipe(command: String)
  case redirectedSubstitution
  // set -x.
  case untracedFunction(String)
  case untraceableWord
  case untraceablePattern
  case untraceableValue
  case untraceableConstruct(String)
  case untraceableDeclarationArray(declaration: String)
  // jq programs, checked with libjq.
  case jqDoesNotCompile(String)
  case jqProgramTooLarge(bytes: Int, maximum: Int)
  // Setup blocks: `problems` is `(line L, column C: message; …)`.
  case setupNotLowered(environment: String, problems: String)
  case functionNotLowered(
    function: String, environment: String, through: [String], problems: String)

  public static let stage = "lowering"

  public var message: String {
    switch self {
    case .bashSyntaxError(let message): "bash syntax error: \(message)"
    case .unsupportedCommand(let name): "unsupported command '\(name)'"
    case .nonLiteralCommandName: "the command name must be literal"
    case .assignmentsBeforeCommand:
      "assignments before a command (NAME=value command) are not supported"
    case .assignmentRedirection: "redirections on an assignment are not supported"
    case .compoundRedirection: "redirections on a compound command are not supported"
    case .forWithoutIn(let variable): "'for \(variable)' without 'in' is not supported"
    case .caseFallThrough(let terminator): "case fall-through '\(terminator)' is not supported"
    case .forSeqOnly: "only $(seq [FIRST] LAST) can be iterated over"
    case .seqNeedsLiteralNumbers: "seq needs literal numbers"
    case .arithmetic(let message): "arithmetic: \(message)"
    case .nonUTF8DollarQuote: "$'…' gives bytes that are not UTF-8 text, which words cannot hold"
    case .optionFlagsParameter: "'$-' (the shell's option flags) is not supported"
    case .commandSubstitutionPlacement:
      "command substitution is not supported here (only in the words of commands, assignments, "
        + "tests, redirections, for lists and case subjects, and in arithmetic)"
    case .processSubstitution:
      "process substitution is not supported here (only as standard input: COMMAND < <(…))"
    case .patternCaseConversion(let op):
      "case conversion of the characters a pattern matches ('${NAME\(op)PATTERN}') is not "
        + "supported"
    case .parameterTransformation(let op):
      "parameter transformation '@\(op)' is not supported (only @Q, @U, @u, @L)"
    case .parameterExpansionOperator(let op):
      "parameter expansion operator '\(op)' is not supported"
    case .globWithExpansion:
      "a filename glob with an expansion in the same word is not supported; "
        + "quote the glob characters or build the list another way"
    case .globArgument(let glob, let command):
      "filename glob '\(glob)' as an argument of '\(command)' is not supported "
        + "(only in a 'for' list); quote it if it is not a glob"
    case .hereDocumentWithoutBody: "here-document without a body"
    case .indirectExpansion(let name): "indirect expansion ${!\(name)…} is not supported"
    case .unsupportedAssociativeKey(let key): "associative array key '\(key)' is not supported"
    case .invalidAssociativeKey(let key, let reason): "associative array key '\(key)': \(reason)"
    case .unsupportedArrayIndex(let index, let reason):
      "array index '\(index)' is not supported: \(reason)"
    case .listAssignedToElement: "an array element cannot be assigned a list"
    case .appendToElementInList:
      "appending to an element in a list, '[KEY]+=VALUE', is not supported"
    case .localArrayElement: "'local' cannot declare an array element"
    case .mixedQuotingInElement:
      "an array element with an unquoted expansion next to quoted text is not supported; "
        + "quote the whole word or split it yourself"
    case .notKeyValueElement(let text):
      "associative array element '\(text)' is not '[KEY]=VALUE'"
    case .arrayExpandsToSeveralWords(let list, let command):
      "'\(list)' expands to several words, which '\(command)' cannot take as arguments yet; "
        + "pass each value as its own word"
    case .declarationOption(let declaration, let option):
      "\(declaration) option '\(option)' is not supported"
    case .unsupportedDeclaration(let declaration): "'\(declaration)' is not supported"
    case .associativeDeclarationValue(let declaration):
      "\(declaration) -A with a value that is not '([KEY]=VALUE …)' is not supported"
    case .unsupportedTestOperator(let op): "test operator '\(op)' is not supported"
    case .testOperatorNeedsWord(let op): "test operator '\(op)' needs a word"
    case .testOperatorNeedsTwoWords(let op): "test operator '\(op)' needs words on both sides"
    case .testVariableNeedsLiteralName: "test operator '-v' needs a literal variable name"
    case .testVariableInvalidName(let text): "test operator '-v': '\(text)' is not a variable name"
    case .testVariableUnsupported(let text): "test operator '-v' on '\(text)' is not supported"
    case .unsupportedOutputDuplication(let target): "redirection >&\(target) is not supported"
    case .unsupportedErrorDuplication(let target): "redirection 2>&\(target) is not supported"
    case .bothOutputsToFile: "redirecting both outputs to a file is not supported"
    case .unsupportedRedirection(let text): "redirection '\(text)' is not supported"
    case .functionErrorRedirection(let function):
      "redirecting the standard error of function '\(function)' is not supported"
    case .onlyDevNullRedirection(let command):
      "'\(command)' does not take redirections other than 2>/dev/null"
    case .outputRedirectionInPipeline:
      "output redirection in the middle of a pipeline is not supported"
    case .inputRedirectionInPipeline:
      "input redirection in the middle of a pipeline is not supported"
    case .emptyPipelineCommand: "empty command in a pipeline"
    case .ignoresInput(let command): "'\(command)' ignores its input; it cannot follow '|'"
    case .curlReadsNoInput: "curl does not read standard input here"
    case .readsScenarioInput(let command):
      "'\(command)' would read the scenario's standard input; give it a file or a pipe"
    case .readsFileAfterPipe(let command): "'\(command)' reads a file; it cannot follow '|'"
    case .redirectedSubstitution:
      "a command substitution whose output is redirected captures nothing"
    case .untracedFunction(let function):
      "set -x: function '\(function)' is defined outside this block; its commands cannot be "
        + "traced"
    case .untraceableWord: "set -x: this word cannot be traced"
    case .untraceablePattern: "set -x: this pattern cannot be traced"
    case .untraceableValue: "set -x: this assignment's value cannot be traced"
    case .untraceableConstruct(let construct): "set -x: tracing \(construct) is not supported"
    case .untraceableDeclarationArray(let declaration):
      "set -x: tracing an array or '+=' in '\(declaration)' is not supported"
    case .jqDoesNotCompile(let message): "jq program does not compile: \(message)"
    case .jqProgramTooLarge(let bytes, let maximum):
      "jq program is \(bytes) bytes, more than the \(maximum) accepted"
    case .setupNotLowered(let environment, let problems):
      "uses \(environment), whose setup could not be lowered \(problems)"
    case .functionNotLowered(let function, let environment, let through, let problems):
      "calls function '\(function)' of \(environment), "
        + through.map { "which calls '\($0)', " }.joined()
        + "which could not be lowered \(problems)"
    }
  }

  public static let catalog: [Self] = [
    .bashSyntaxError("MESSAGE"), .unsupportedCommand(name: "NAME"), .nonLiteralCommandName,
    .assignmentsBeforeCommand, .assignmentRedirection, .compoundRedirection,
    .forWithoutIn(variable: "NAME"), .caseFallThrough(terminator: ";&"), .forSeqOnly,
    .seqNeedsLiteralNumbers, .arithmetic("MESSAGE"), .nonUTF8DollarQuote,
    .optionFlagsParameter, .commandSubstitutionPlacement, .processSubstitution,
    .patternCaseConversion(operator: "^"), .parameterTransformation(operator: "X"),
    .parameterExpansionOperator("OP"), .globWithExpansion,
    .globArgument(glob: "GLOB", command: "NAME"), .hereDocumentWithoutBody,
    .indirectExpansion(name: "NAME"), .unsupportedAssociativeKey("KEY"),
    .invalidAssociativeKey("KEY", reason: "REASON"),
    .unsupportedArrayIndex("INDEX", reason: "REASON"), .listAssignedToElement,
    .appendToElementInList, .localArrayElement, .mixedQuotingInElement,
    .notKeyValueElement("WORD"), .arrayExpandsToSeveralWords(list: "${A[@]}", command: "NAME"),
    .declarationOption(declaration: "declare", option: "OPTION"),
    .unsupportedDeclaration("declare -n"), .associativeDeclarationValue(declaration: "declare"),
    .unsupportedTestOperator("OP"), .testOperatorNeedsWord("OP"),
    .testOperatorNeedsTwoWords("OP"), .testVariableNeedsLiteralName,
    .testVariableInvalidName("WORD"), .testVariableUnsupported("WORD"),
    .unsupportedOutputDuplication(target: "N"), .unsupportedErrorDuplication(target: "N"),
    .bothOutputsToFile, .unsupportedRedirection("N>"),
    .functionErrorRedirection(function: "NAME"), .onlyDevNullRedirection(command: "NAME"),
    .outputRedirectionInPipeline, .inputRedirectionInPipeline, .emptyPipelineCommand,
    .ignoresInput(command: "NAME"), .curlReadsNoInput, .readsScenarioInput(command: "NAME"),
    .readsFileAfterPipe(command: "NAME"), .redirectedSubstitution, .untracedFunction("NAME"),
    .untraceableWord, .untraceablePattern, .untraceableValue, .untraceableConstruct("CONSTRUCT"),
    .untraceableDeclarationArray(declaration: "declare"), .jqDoesNotCompile("MESSAGE"),
    .jqProgramTooLarge(bytes: 70000, maximum: JQProgramCheck.maximumProgramBytes),
    .setupNotLowered(environment: "ENVIRONMENT", problems: "(line L, column C: MESSAGE)"),
    .functionNotLowered(
      function: "NAME", environment: "ENVIRONMENT", through: ["CALLEE"],
      problems: "(line L, column C: MESSAGE)"),
  ]
}
