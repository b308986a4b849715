/// A function definition printed as bash 5.2 prints it for `declare -f`, `type` and
/// `typeset -f` (print_cmd.c): `NAME () `, `{ ` on the next line, the body indented by four
/// spaces, one command per line ending in `;` (not the last), `then`/`do` after the condition
/// of `if`/`while` and on their own line after a `for` header, `elif` as an `if` nested in
/// `else`, case arms with `;;` on a line of their own, here-document bodies after the line
/// that opens them, words as written except `$(…)` bodies (re-printed on one line) and
/// `$'…'` (decoded and single-quoted), comments dropped. bash's quirks are kept: after a
/// here-document the next command separator is not printed.
public enum BashFunctionPrinter {
  /// `NAME () \n{ \n…\n}` without a final line break (`declare -f` adds one).
  public static func definition(name: String, body: BashStatement) -> String {
    var printer = BashCommandPrinter(insideFunction: 0)
    printer.functionDefinition(name: name, body: body, nested: false)
    return printer.output
  }

  /// A command list printed as bash prints the body of a command substitution: on one line
  /// where bash would separate commands with `;`, compound commands still over several lines.
  public static func commandString(_ statements: [BashStatement]) -> String {
    var printer = BashCommandPrinter(insideFunction: 0)
    printer.statements(statements)
    printer.flushHereDocuments("")
    return printer.output
  }

  /// The words of a command as bash prints them in a function body (see
  /// ``BashWordPrinter``).
  public static func word(_ word: BashWord) -> String {
    BashWordPrinter.word(word)
  }
}

/// The state of print_cmd.c while it prints one command: the text so far, the indentation,
/// whether the next command skips its indentation (it continues a line), whether it is inside
/// a function definition (commands end lines instead of `; `), and the here-documents whose
/// bodies follow the current line.
struct BashCommandPrinter {
  var output = ""
  var indentation = 0
  var skipIndent = 0
  var insideFunction: Int
  var deferred: [BashRedirect] = []
  var wasHereDocument = false
  /// Nesting of statements being printed; deeper input is printed as `…` (bounded recursion).
  var depth = 0

  static let indentAmount = 4

  init(insideFunction: Int) {
    self.insideFunction = insideFunction
  }

  mutating func emit(_ text: String) { output += text }

  mutating func indent() { output += String(repeating: " ", count: indentation) }

  mutating func newline(_ text: String) {
    output += "\n"
    indent()
    output += text
  }

  /// `;` unless the text ends with `&` or a line break.
  mutating func semicolon() {
    if let last = output.last, last == "&" || last == "\n" { return }
    output += ";"
  }

  /// `PRINT_DEFERRED_HEREDOCS`: `separator`, then each pending here-document body on the
  /// lines after.
  mutating func flushHereDocuments(_ separator: String) {
    guard !deferred.isEmpty else { return }
    printHereDocuments(separator)
  }

  mutating func printHereDocuments(_ separator: String) {
    let printsSeparator = !separator.isEmpty && separator != ";"
    if printsSeparator { emit(separator) }
    if !deferred.isEmpty { emit("\n") }
    for redirect in deferred {
      emit(redirect.hereDocument?.text ?? "")
      emit(BashWordPrinter.hereDocumentDelimiter(redirect.word))
      emit("\n")
    }
    if !deferred.isEmpty {
      if printsSeparator { emit(" ") }
      wasHereDocument = true
    }
    deferred = []
  }

  // MARK: Lists

  /// A command list: each statement followed by its connector (`;`, or `&` when it runs in
  /// the background); the last one by none unless it is `&`.
  mutating func statements(_ list: [BashStatement]) {
    for (index, statement) in list.enumerated() {
      let isLast = index == list.count - 1
      command(statement)
      if statement.background {
        printHereDocuments(" &")
        if !isLast {
          emit(" ")
          skipIndent += 1
        }
      } else if !isLast {
        if deferred.isEmpty {
          if !wasHereDocument { emit(";") } else { wasHereDocument = false }
        } else {
          printHereDocuments(insideFunction > 0 ? "" : ";")
        }
        if insideFunction > 0 {
          emit("\n")
        } else {
          emit(" ")
          skipIndent += 1
        }
      }
    }
  }

  // MARK: Commands

  mutating func command(_ statement: BashStatement) {
    if skipIndent > 0 { skipIndent -= 1 } else { indent() }
    if statement.negated { emit("! ") }
    guard depth < BashParser.maximumNesting else {
      emit("…")
      return
    }
    depth += 1
    defer { depth -= 1 }
    guard let command = statement.command else {
      redirections(statement.redirects, leadingSpace: false)
      return
    }
    switch command {
    case .call(let assignments, let arguments):
      let words =
        assignments.map(BashWordPrinter.assignment) + arguments.map(BashWordPrinter.word)
      emit(words.joined(separator: " "))
    case .list(let first, let links):
      list(first, links)
    case .subshell(let inner, _):
      emit("( ")
      skipIndent += 1
      statements(inner)
      flushHereDocuments("")
      emit(" )")
    case .block(let inner, _):
      group(inner)
    case .ifClause(let clause):
      ifClause(clause)
    case .whileClause(let condition, let body, let until, _):
      emit(until ? "until " : "while ")
      skipIndent += 1
      statements(condition)
      flushHereDocuments("")
      semicolon()
      emit(" do\n")
      indentation += Self.indentAmount
      statements(body)
      flushHereDocuments("")
      indentation -= Self.indentAmount
      semicolon()
      newline("done")
    case .forClause(let variable, let items, let body, _):
      let words = items?.map(BashWordPrinter.word) ?? ["\"$@\""]
      emit((["for", variable, "in"] + words).joined(separator: " "))
      emit(";")
      doGroup(body)
    case .cStyleFor(let initializer, let condition, let post, let body, _):
      func part(_ text: String) -> String { text.isEmpty ? "1" : text }
      emit("for ((\(part(initializer)); \(part(condition)); \(part(post))))")
      doGroup(body)
    case .caseClause(let clause):
      caseClause(clause)
    case .function(let name, let body, _):
      functionDefinition(name: name, body: body, nested: true)
    case .declaration(let variant, let options, let assignments, _):
      let words =
        [variant] + options.map(BashWordPrinter.word)
        + assignments.map(BashWordPrinter.assignment)
      emit(words.joined(separator: " "))
    case .test(let expression, _):
      emit("[[ ")
      test(expression)
      emit(" ]]")
    case .arithmetic(let text, _):
      emit("((\(text)))")
    }
    if case .function = command { return }
    redirections(statement.redirects, leadingSpace: true)
  }

  /// `a && b || c`, `a | b`: the operands on one line; a here-document opened before an
  /// operator has its body after the operator.
  mutating func list(_ first: BashStatement, _ links: [BashListLink]) {
    var operands = [first] + links.map(\.statement)
    // `a |& b` is `a 2>&1 | b`.
    for (index, link) in links.enumerated() where link.op == .pipeAll {
      operands[index].redirects.append(
        BashRedirect(
          position: link.position, descriptor: "2", op: .duplicateOutput,
          word: BashWord(position: link.position, parts: [.literal("1")], text: "1")))
    }
    skipIndent += 1
    command(operands[0])
    for (index, link) in links.enumerated() {
      switch link.op {
      case .and, .or:
        printHereDocuments(" \(link.op.rawValue) ")
      case .pipe, .pipeAll:
        printHereDocuments(" |")
        emit(" ")
      }
      skipIndent += 1
      command(operands[index + 1])
    }
  }

  mutating func group(_ inner: [BashStatement]) {
    emit("{ ")
    if insideFunction == 0 {
      skipIndent += 1
    } else {
      emit("\n")
      indentation += Self.indentAmount
    }
    statements(inner)
    flushHereDocuments("")
    if insideFunction > 0 {
      emit("\n")
      indentation -= Self.indentAmount
      indent()
    } else {
      semicolon()
      emit(" ")
    }
    emit("}")
  }

  mutating func doGroup(_ body: [BashStatement]) {
    newline("do\n")
    indentation += Self.indentAmount
    statements(body)
    flushHereDocuments("")
    semicolon()
    indentation -= Self.indentAmount
    newline("done")
  }

  mutating func ifClause(_ clause: BashIf) {
    emit("if ")
    skipIndent += 1
    statements(clause.condition)
    semicolon()
    emit(" then\n")
    indentation += Self.indentAmount
    statements(clause.then)
    flushHereDocuments("")
    semicolon()
    indentation -= Self.indentAmount
    if let otherwise = clause.otherwise.first {
      newline("else\n")
      indentation += Self.indentAmount
      if otherwise.condition.isEmpty {
        statements(otherwise.then)
      } else {
        // `elif` is an `if` inside `else`.
        indent()
        ifClause(otherwise)
      }
      flushHereDocuments("")
      semicolon()
      indentation -= Self.indentAmount
    }
    newline("fi")
  }

  mutating func caseClause(_ clause: BashCase) {
    emit("case \(BashWordPrinter.word(clause.subject)) in ")
    indentation += Self.indentAmount
    for item in clause.items {
      newline("")
      emit(item.patterns.map(BashWordPrinter.word).joined(separator: " | "))
      emit(")\n")
      indentation += Self.indentAmount
      statements(item.body)
      indentation -= Self.indentAmount
      flushHereDocuments("")
      newline(item.terminator)
    }
    indentation -= Self.indentAmount
    newline("esac")
  }

  /// `NAME () \n{ \n…\n}` (`function NAME () ` when nested, or when NAME is a keyword); the
  /// redirections of a `{ … }` body after the closing brace.
  mutating func functionDefinition(name: String, body: BashStatement, nested: Bool) {
    let keyword = nested || BashCommandNames.keywords.contains(name)
    emit((keyword ? "function " : "") + name + " () \n")
    if nested { indent() }
    let savedIndentation = indentation
    if !nested { indentation += Self.indentAmount }
    insideFunction += 1
    emit("{ \n")
    if nested { indentation += Self.indentAmount }
    var redirects: [BashRedirect] = []
    if case .block(let inner, _)? = body.command, !body.negated {
      redirects = body.redirects
      statements(inner)
    } else {
      command(body)
    }
    flushHereDocuments("")
    indentation = savedIndentation
    insideFunction -= 1
    if redirects.isEmpty {
      newline("}")
    } else {
      newline("} ")
      self.redirections(redirects, leadingSpace: false)
    }
  }

  // MARK: Redirections

  mutating func redirections(_ redirects: [BashRedirect], leadingSpace: Bool) {
    guard !redirects.isEmpty else { return }
    if leadingSpace { emit(" ") }
    var texts: [String] = []
    for redirect in redirects {
      if redirect.op == .hereDocument || redirect.op == .hereDocumentStripTabs {
        deferred.append(redirect)
      }
      texts.append(BashWordPrinter.redirection(redirect))
    }
    emit(texts.joined(separator: " "))
  }

  // MARK: [[ … ]]

  mutating func test(_ expression: BashTestExpression) {
    switch expression {
    case .word(let word):
      emit(BashWordPrinter.word(word))
    case .unary(let op, let operand):
      emit(op == "!" ? "! " : op + " ")
      test(operand)
    case .binary(let op, let left, let right):
      test(left)
      emit(" \(op) ")
      test(right)
    case .andOr(let first, let links):
      test(first)
      for link in links {
        emit(" \(link.op) ")
        test(link.operand)
      }
    case .paren(let inner):
      emit("( ")
      test(inner)
      emit(" )")
    }
  }
}
