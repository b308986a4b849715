// The bash syntax tree. Node kinds and fields follow shfmt's `syntax` package (mvdan.cc/sh),
// so that `shfmt --to-json` can check the parser; positions are 1-based and relative to the
// parsed text (the front end adds the code block's offset).

/// A 1-based position in the parsed bash text.
public struct BashPosition: Equatable, Hashable, Sendable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// A whole script: statements in order.
public struct BashFile: Equatable, Sendable {
  public var statements: [BashStatement]

  public init(statements: [BashStatement]) {
    self.statements = statements
  }
}

/// A command with its modifiers: `! cmd`, `cmd &`, `cmd > file`.
public struct BashStatement: Equatable, Sendable {
  public var position: BashPosition
  /// `nil` for a statement made of redirections only (`> file`).
  public var command: BashCommand?
  /// `! cmd`.
  public var negated: Bool
  /// `cmd &`.
  public var background: Bool
  public var redirects: [BashRedirect]

  public init(
    position: BashPosition, command: BashCommand?, negated: Bool = false, background: Bool = false,
    redirects: [BashRedirect] = []
  ) {
    self.position = position
    self.command = command
    self.negated = negated
    self.background = background
    self.redirects = redirects
  }
}

public indirect enum BashCommand: Equatable, Sendable {
  /// `NAME=value cmd args…` (shfmt: CallExpr). Either list may be empty, not both.
  case call(assignments: [BashAssignment], arguments: [BashWord])
  /// `x && y || z` or `x | y |& z` (shfmt: BinaryCmd nested to the left): the first operand,
  /// then each operator with the operand after it. Kept flat so that a list of any length
  /// needs no recursion; an `&&`/`||` list holds pipelines, a pipeline holds commands.
  case list(BashStatement, [BashListLink])
  /// `( … )`.
  case subshell([BashStatement], position: BashPosition)
  /// `{ …; }`.
  case block([BashStatement], position: BashPosition)
  case ifClause(BashIf)
  /// `while`/`until` (shfmt: WhileClause with Until).
  case whileClause(
    condition: [BashStatement], body: [BashStatement], until: Bool, position: BashPosition)
  /// `for NAME [in WORDS]; do …; done` (shfmt: ForClause with WordIter).
  case forClause(
    variable: String, items: [BashWord]?, body: [BashStatement], position: BashPosition)
  /// `for ((init; cond; post))` (shfmt: ForClause with CStyleLoop); expressions kept as text.
  case cStyleFor(
    initializer: String, condition: String, post: String, body: [BashStatement],
    position: BashPosition)
  case caseClause(BashCase)
  /// `name() { … }` / `function name { … }` (shfmt: FuncDecl); `position` is the name's, or
  /// the `function` keyword's.
  case function(name: String, body: BashStatement, position: BashPosition)
  /// `export`, `local`, `declare`, `readonly`, `typeset`, `nameref` (shfmt: DeclClause).
  /// Words that are not assignments or names (`-r`, `"$x"`) are `options`; bare names are
  /// assignments with a `nil` value. `position` is the builtin's.
  case declaration(
    variant: String, options: [BashWord], assignments: [BashAssignment], position: BashPosition)
  /// `[[ … ]]` (shfmt: TestClause).
  case test(BashTestExpression, position: BashPosition)
  /// `(( … ))` (shfmt: ArithmCmd); the expression as text.
  case arithmetic(String, position: BashPosition)
}

public enum BashBinaryOperator: String, Equatable, Sendable {
  case and = "&&"
  case or = "||"
  case pipe = "|"
  case pipeAll = "|&"
}

/// One `&&`, `||`, `|` or `|&` of a ``BashCommand/list(_:_:)`` and the operand after it.
public struct BashListLink: Equatable, Sendable {
  public var op: BashBinaryOperator
  public var statement: BashStatement
  /// The operator's position.
  public var position: BashPosition

  public init(_ op: BashBinaryOperator, _ statement: BashStatement, position: BashPosition) {
    self.op = op
    self.statement = statement
    self.position = position
  }
}

public struct BashIf: Equatable, Sendable {
  public var position: BashPosition
  public var condition: [BashStatement]
  public var then: [BashStatement]
  /// At most one element: the `elif` clause (a `BashIf` with a condition) or the `else`
  /// clause (a `BashIf` whose condition is empty and whose `then` holds the else statements),
  /// as shfmt's `IfClause.Else`.
  public var otherwise: [BashIf]

  public init(
    position: BashPosition, condition: [BashStatement], then: [BashStatement],
    otherwise: [BashIf] = []
  ) {
    self.position = position
    self.condition = condition
    self.then = then
    self.otherwise = otherwise
  }
}

public struct BashCase: Equatable, Sendable {
  public var position: BashPosition
  public var subject: BashWord
  public var items: [Item]

  public struct Item: Equatable, Sendable {
    public var patterns: [BashWord]
    public var body: [BashStatement]
    /// `;;`, `;&` or `;;&`.
    public var terminator: String

    public init(patterns: [BashWord], body: [BashStatement], terminator: String = ";;") {
      self.patterns = patterns
      self.body = body
      self.terminator = terminator
    }
  }

  public init(position: BashPosition, subject: BashWord, items: [Item]) {
    self.position = position
    self.subject = subject
    self.items = items
  }
}

/// `NAME=value`, `NAME+=value`, `NAME=(a b)`, or a bare `NAME` in a declaration.
public struct BashAssignment: Equatable, Sendable {
  public var position: BashPosition
  public var name: String
  /// `nil` for `NAME` alone (`export NAME`); an empty word for `NAME=`.
  public var value: BashWord?
  public var append: Bool
  /// `NAME=(…)`.
  public var array: [BashWord]?
  /// `NAME[index]=value`, index as text.
  public var index: String?

  public init(
    position: BashPosition, name: String, value: BashWord?, append: Bool = false,
    array: [BashWord]? = nil,
    index: String? = nil
  ) {
    self.position = position
    self.name = name
    self.value = value
    self.append = append
    self.array = array
    self.index = index
  }
}

/// A shell word: adjacent parts with no blank between them.
public struct BashWord: Equatable, Sendable {
  public var position: BashPosition
  public var parts: [BashWordPart]
  /// The word as written in the source (what `set -x` prints for an array assignment or a
  /// `for` header); not part of equality.
  public var text: String?

  public init(position: BashPosition, parts: [BashWordPart], text: String? = nil) {
    self.position = position
    self.parts = parts
    self.text = text
  }

  public static func == (a: BashWord, b: BashWord) -> Bool {
    a.position == b.position && a.parts == b.parts
  }
}

public indirect enum BashWordPart: Equatable, Sendable {
  /// Unquoted text, backslash escapes kept as written (shfmt: Lit).
  case literal(String)
  /// `'…'` (`dollar` for `$'…'`, whose text is kept as written, escapes unprocessed).
  case singleQuoted(String, dollar: Bool)
  /// `"…"`.
  case doubleQuoted([BashWordPart])
  case parameter(BashParameterExpansion)
  /// `$(…)` or `` `…` ``.
  case commandSubstitution([BashStatement], position: BashPosition)
  /// `$(( … ))`; the expression as text.
  case arithmetic(String)
  /// `<(…)` / `>(…)`.
  case processSubstitution(output: Bool, [BashStatement])
}

/// `$NAME`, `${NAME}`, `${NAME:-x}`, `${#NAME}`, `${NAME//a/b}`, `$1`, `$$`, `$?`, `$!`, `$@`.
public struct BashParameterExpansion: Equatable, Sendable {
  public var position: BashPosition
  public var name: String
  /// `$NAME` without braces.
  public var short: Bool
  /// `${#NAME}`.
  public var length: Bool
  /// `${!NAME}`.
  public var indirect: Bool
  /// `${!PREFIX*}` / `${!PREFIX@}` (names starting with PREFIX): `*` or `@`, with `indirect` set.
  public var names: String?
  /// `${NAME[index]}`, index as text.
  public var index: String?
  /// `${NAME:offset:length}`, expressions as text.
  public var slice: (offset: String, length: String?)?
  /// `${NAME/pattern/replacement}`: `all` for `//`; `anchor` is `#` or `%` for `/#` and `/%`.
  public var replacement: Replacement?
  /// `${NAME op word}` for `:-`, `-`, `:=`, `=`, `:+`, `+`, `:?`, `?`, `#`, `##`, `%`, `%%`, `^`, `^^`, `,`, `,,`.
  public var operation: (op: String, word: BashWord?)?

  public struct Replacement: Equatable, Sendable {
    public var all: Bool
    public var anchor: String?
    public var pattern: BashWord?
    public var with: BashWord?

    public init(all: Bool, anchor: String? = nil, pattern: BashWord?, with: BashWord?) {
      self.all = all
      self.anchor = anchor
      self.pattern = pattern
      self.with = with
    }
  }

  public init(
    position: BashPosition, name: String, short: Bool = false, length: Bool = false,
    indirect: Bool = false,
    index: String? = nil, slice: (offset: String, length: String?)? = nil,
    replacement: Replacement? = nil,
    operation: (op: String, word: BashWord?)? = nil, names: String? = nil
  ) {
    self.position = position
    self.name = name
    self.short = short
    self.length = length
    self.indirect = indirect
    self.index = index
    self.slice = slice
    self.replacement = replacement
    self.operation = operation
    self.names = names
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.position == b.position && a.name == b.name && a.short == b.short && a.length == b.length
      && a.indirect == b.indirect && a.index == b.index && a.slice?.offset == b.slice?.offset
      && a.slice?.length == b.slice?.length && a.replacement == b.replacement
      && a.operation?.op == b.operation?.op && a.operation?.word == b.operation?.word
      && a.names == b.names
  }
}

public struct BashRedirect: Equatable, Sendable {
  public var position: BashPosition
  /// `2` in `2>file`, `nil` when absent.
  public var descriptor: String?
  public var op: BashRedirectOperator
  /// The target word; for here-documents the delimiter word (quoted when the body is literal).
  public var word: BashWord
  /// The here-document body, for `<<` and `<<-`: literal text for a quoted delimiter, else
  /// parsed parts (expansions inside are live). `<<-` bodies have leading tabs removed.
  public var hereDocument: BashWord?

  public init(
    position: BashPosition, descriptor: String? = nil, op: BashRedirectOperator, word: BashWord,
    hereDocument: BashWord? = nil
  ) {
    self.position = position
    self.descriptor = descriptor
    self.op = op
    self.word = word
    self.hereDocument = hereDocument
  }
}

public enum BashRedirectOperator: String, Equatable, Sendable {
  case output = ">"
  case append = ">>"
  case input = "<"
  case duplicateOutput = ">&"
  case duplicateInput = "<&"
  case
    clobber = ">|"
  case readWrite = "<>"
  case hereDocument = "<<"
  case hereDocumentStripTabs = "<<-"
  case
    hereString = "<<<"
  case outputAll = "&>"
  case appendAll = "&>>"
}

/// The expression of `[[ … ]]`. A chain of `!` is folded by parity (bash inverts the result
/// once per `!`), so `! ! x` is `x`.
public indirect enum BashTestExpression: Equatable, Sendable {
  case word(BashWord)
  case unary(op: String, BashTestExpression)
  /// A comparison: `word op word`.
  case binary(op: String, BashTestExpression, BashTestExpression)
  /// `x && y || z` (shfmt: BinaryTest nested): the first operand, then each `&&` or `||` with
  /// the operand after it, flat; `&&` binds tighter than `||`, as in bash.
  case andOr(BashTestExpression, [BashTestLink])
  case paren(BashTestExpression)
}

/// One `&&` or `||` of a ``BashTestExpression/andOr(_:_:)`` and the operand after it.
public struct BashTestLink: Equatable, Sendable {
  /// `&&` or `||`.
  public var op: String
  public var operand: BashTestExpression

  public init(_ op: String, _ operand: BashTestExpression) {
    self.op = op
    self.operand = operand
  }
}
