// BashParser on words: quotes, parameters, substitutions and assignments.

import Shell
import Testing

@Suite struct BashParserWordTests {
  @Test func simpleCommand() {
    #expect(
      statement("echo hello \"world\"\n")
        == call(
          1, 1,
          [
            literal(1, 1, "echo"), literal(1, 6, "hello"),
            word(1, 12, .doubleQuoted([lit("world")])),
          ]))
  }

  @Test func singleAndAnsiCQuotes() {
    #expect(
      arguments(#"echo 'a $b' $'c\'d\n' x'y'"#) == [
        literal(1, 1, "echo"), word(1, 6, .singleQuoted("a $b", dollar: false)),
        word(1, 13, .singleQuoted(#"c\'d\n"#, dollar: true)),
        word(1, 23, lit("x"), .singleQuoted("y", dollar: false)),
      ])
  }

  @Test func backslashEscapesAreKeptAsWritten() {
    #expect(
      arguments(#"echo a\ b \$x \\ \""#) == [
        literal(1, 1, "echo"), literal(1, 6, #"a\ b"#), literal(1, 11, #"\$x"#),
        literal(1, 15, #"\\"#), literal(1, 18, #"\""#),
      ])
  }

  @Test func lineContinuationsJoinLines() {
    #expect(
      arguments("echo a\\\nb \\\n  c \"d\\\ne\"") == [
        literal(1, 1, "echo"), literal(1, 6, "ab"), literal(3, 3, "c"),
        word(3, 5, .doubleQuoted([lit("de")])),
      ])
  }

  @Test func doubleQuotesHoldExpansions() {
    #expect(
      arguments(#"echo "x $y ${z} $(w) \"q\" $""#) == [
        literal(1, 1, "echo"),
        word(
          1, 6,
          .doubleQuoted([
            lit("x "), short(1, 9, "y"), lit(" "),
            .parameter(BashParameterExpansion(position: at(1, 12), name: "z")), lit(" "),
            .commandSubstitution([simple(1, 19, "w")], position: at(1, 17)),
            lit(#" \"q\" $"#),
          ])),
      ])
  }

  @Test func specialParameters() {
    #expect(
      arguments("echo $$ $? $! $# $@ $* $1 $- $10 ${10} $ a$") == [
        literal(1, 1, "echo"), word(1, 6, short(1, 6, "$")), word(1, 9, short(1, 9, "?")),
        word(1, 12, short(1, 12, "!")), word(1, 15, short(1, 15, "#")),
        word(1, 18, short(1, 18, "@")), word(1, 21, short(1, 21, "*")),
        word(1, 24, short(1, 24, "1")), word(1, 27, short(1, 27, "-")),
        word(1, 30, short(1, 30, "1"), lit("0")),
        word(1, 34, .parameter(BashParameterExpansion(position: at(1, 34), name: "10"))),
        literal(1, 40, "$"), literal(1, 42, "a$"),
      ])
  }

  @Test func nonASCIITextCountsColumnsInCharacters() {
    #expect(
      arguments("echo \"\u{e9}\u{e8}\" $x") == [
        literal(1, 1, "echo"), word(1, 6, .doubleQuoted([lit("\u{e9}\u{e8}")])),
        word(1, 11, short(1, 11, "x")),
      ])
  }

  @Test func commentsAreSkippedButHashInsideWordsIsText() {
    #expect(
      parse("# lead\necho a#b # trailing\n  # alone\necho c\n#end") == [
        simple(2, 1, "echo a#b"), simple(4, 1, "echo c"),
      ])
  }

  @Test func processSubstitution() {
    #expect(
      arguments("diff <(sort a) >(cat)") == [
        literal(1, 1, "diff"),
        word(1, 6, .processSubstitution(output: false, [simple(1, 8, "sort a")])),
        word(1, 16, .processSubstitution(output: true, [simple(1, 18, "cat")])),
      ])
  }
}

// MARK: Parameter expansion

@Suite struct BashParserParameterTests {
  /// The expansion in `echo ${…}`, which starts at 1:6.
  private func expansion(_ source: String, sourceLocation: SourceLocation = #_sourceLocation)
    -> BashParameterExpansion?
  {
    let words = arguments("echo " + source, sourceLocation: sourceLocation)
    guard words.count == 2, words[1].parts.count == 1,
      case .parameter(let expansion) = words[1].parts[0]
    else {
      Issue.record("expected one expansion", sourceLocation: sourceLocation)
      return nil
    }
    return expansion
  }

  private func plain(_ name: String) -> BashParameterExpansion {
    BashParameterExpansion(position: at(1, 6), name: name)
  }

  @Test func shortAndBraced() {
    #expect(
      expansion("$VAR") == BashParameterExpansion(position: at(1, 6), name: "VAR", short: true))
    #expect(expansion("${VAR}") == plain("VAR"))
  }

  @Test(arguments: [":-", "-", ":=", "=", ":+", "+", ":?", "?", "#", "##", "%", "%%"])
  func operationsWithWords(op: String) {
    var expected = plain("V")
    let wordColumn = 9 + op.count
    expected.operation = (op, word(1, wordColumn, lit("x "), short(1, wordColumn + 2, "y")))
    #expect(expansion("${V\(op)x $y}") == expected)
  }

  @Test func emptyOperationWord() {
    var expected = plain("V")
    expected.operation = (":-", nil)
    #expect(expansion("${V:-}") == expected)
  }

  @Test(arguments: ["^^", "^", ",,", ","])
  func caseConversions(op: String) {
    var expected = plain("V")
    expected.operation = (op, nil)
    #expect(expansion("${V\(op)}") == expected)
  }

  @Test func quotedOperationWord() {
    var expected = plain("V")
    expected.operation = (":-", word(1, 11, .doubleQuoted([lit("a b")])))
    #expect(expansion(#"${V:-"a b"}"#) == expected)
  }

  @Test func lengthAndIndirection() {
    var length = plain("V")
    length.length = true
    #expect(expansion("${#V}") == length)
    var indirect = plain("V")
    indirect.indirect = true
    #expect(expansion("${!V}") == indirect)
    var names = plain("PRE")
    names.indirect = true
    names.names = "*"
    #expect(expansion("${!PRE*}") == names)
    #expect(expansion("${#}") == plain("#"))
  }

  @Test func replacements() {
    var first = plain("V")
    first.replacement = .init(all: false, pattern: literal(1, 10, "a"), with: literal(1, 12, "b"))
    #expect(expansion("${V/a/b}") == first)
    var all = plain("V")
    all.replacement = .init(all: true, pattern: literal(1, 11, "[^a]"), with: literal(1, 16, "_"))
    #expect(expansion("${V//[^a]/_}") == all)
    var prefix = plain("V")
    prefix.replacement = .init(
      all: false, anchor: "#", pattern: literal(1, 11, "a"), with: literal(1, 13, "b"))
    #expect(expansion("${V/#a/b}") == prefix)
    var suffix = plain("V")
    suffix.replacement = .init(all: false, anchor: "%", pattern: literal(1, 11, "a"), with: nil)
    #expect(expansion("${V/%a}") == suffix)
    var escaped = plain("V")
    escaped.replacement = .init(
      all: true, pattern: literal(1, 11, #"\/"#), with: literal(1, 14, "-"))
    #expect(expansion(#"${V//\//-}"#) == escaped)
  }

  @Test func slicesAndIndexes() {
    var slice = plain("V")
    slice.slice = ("1", "2")
    #expect(expansion("${V:1:2}") == slice)
    var negative = plain("V")
    negative.slice = ("-3", nil)
    #expect(expansion("${V: -3}") == negative)
    var indexed = plain("a")
    indexed.index = "i + 1"
    indexed.operation = (":-", literal(1, 18, "x"))
    #expect(expansion("${a[i + 1]:-x}") == indexed)
    var count = plain("a")
    count.length = true
    count.index = "@"
    #expect(expansion("${#a[@]}") == count)
  }
}

// MARK: Substitutions

@Suite struct BashParserSubstitutionTests {
  @Test func nestedCommandSubstitutionWithQuotesAndCase() {
    let source = #"x=$(case "$1" in a) echo ")";; esac)"#
    let caseClause = BashCase(
      position: at(1, 5), subject: word(1, 10, .doubleQuoted([short(1, 11, "1")])),
      items: [
        .init(
          patterns: [literal(1, 18, "a")],
          body: [call(1, 21, [literal(1, 21, "echo"), word(1, 26, .doubleQuoted([lit(")")]))])])
      ])
    let expected = BashStatement(
      position: at(1, 1),
      command: .call(
        assignments: [
          BashAssignment(
            position: at(1, 1), name: "x",
            value: word(
              1, 3,
              .commandSubstitution(
                [BashStatement(position: at(1, 5), command: .caseClause(caseClause))],
                position: at(1, 3))))
        ], arguments: []))
    #expect(statement(source) == expected)
  }

  @Test func backquotesMapPositionsBackToTheSource() {
    #expect(
      arguments("echo `date +%s` `echo \\`pwd\\``") == [
        literal(1, 1, "echo"),
        word(1, 6, .commandSubstitution([simple(1, 7, "date +%s")], position: at(1, 6))),
        word(
          1, 17,
          .commandSubstitution(
            [
              call(
                1, 18,
                [
                  literal(1, 18, "echo"),
                  word(1, 24, .commandSubstitution([simple(1, 25, "pwd")], position: at(1, 24))),
                ])
            ], position: at(1, 17))),
      ])
  }

  @Test func readingAFile() {
    let redirect = BashRedirect(position: at(1, 8), op: .input, word: literal(1, 9, "f"))
    #expect(
      arguments("echo $(<f)") == [
        literal(1, 1, "echo"),
        word(
          1, 6,
          .commandSubstitution(
            [BashStatement(position: at(1, 8), command: nil, redirects: [redirect])],
            position: at(1, 6))),
      ])
  }

  @Test func arithmetic() {
    #expect(
      arguments("echo $(( 1 + (2 * $x) )) $((i++))") == [
        literal(1, 1, "echo"), word(1, 6, .arithmetic("1 + (2 * $x)")),
        word(1, 26, .arithmetic("i++")),
      ])
    #expect(
      statement("(( n += 1 ))")
        == BashStatement(position: at(1, 1), command: .arithmetic(" n += 1 ", position: at(1, 1))))
  }

  @Test func cStyleFor() {
    #expect(
      statement("for ((i = 0; i < 3; i++)); do echo; done")?.command
        == .cStyleFor(
          initializer: "i = 0", condition: "i < 3", post: "i++", body: [simple(1, 31, "echo")],
          position: at(1, 1)))
  }
}

// MARK: Assignments and declarations

@Suite struct BashParserAssignmentTests {
  @Test func prefixAssignments() {
    #expect(
      statement("A=b B+=c D[1]=e F= cmd arg")
        == call(
          1, 1, [literal(1, 20, "cmd"), literal(1, 24, "arg")],
          assignments: [
            BashAssignment(position: at(1, 1), name: "A", value: literal(1, 3, "b")),
            BashAssignment(position: at(1, 5), name: "B", value: literal(1, 8, "c"), append: true),
            BashAssignment(position: at(1, 10), name: "D", value: literal(1, 15, "e"), index: "1"),
            BashAssignment(position: at(1, 17), name: "F", value: word(1, 19)),
          ]))
  }

  @Test func arrays() {
    #expect(
      statement("C=(x \"y z\"\n  w) E+=()")
        == call(
          1, 1, [],
          assignments: [
            BashAssignment(
              position: at(1, 1), name: "C", value: nil,
              array: [
                literal(1, 4, "x"), word(1, 6, .doubleQuoted([lit("y z")])), literal(2, 3, "w"),
              ]),
            BashAssignment(position: at(2, 6), name: "E", value: nil, append: true, array: []),
          ]))
  }

  @Test func anAssignmentAfterTheCommandNameIsAnArgument() {
    #expect(arguments("env A=b") == [literal(1, 1, "env"), literal(1, 5, "A=b")])
  }

  @Test func declarations() {
    let statements = parse(
      "export A=1 B\nlocal -r x=\"$1\"\ndeclare -a arr=(1 2)\nreadonly X >/dev/null")
    #expect(
      statements.map(\.command) == [
        .declaration(
          variant: "export", options: [],
          assignments: [
            BashAssignment(position: at(1, 8), name: "A", value: literal(1, 10, "1")),
            BashAssignment(position: at(1, 12), name: "B", value: nil),
          ], position: at(1, 1)),
        .declaration(
          variant: "local", options: [literal(2, 7, "-r")],
          assignments: [
            BashAssignment(
              position: at(2, 10), name: "x", value: word(2, 12, .doubleQuoted([short(2, 13, "1")]))
            )
          ], position: at(2, 1)),
        .declaration(
          variant: "declare", options: [literal(3, 9, "-a")],
          assignments: [
            BashAssignment(
              position: at(3, 12), name: "arr", value: nil,
              array: [literal(3, 17, "1"), literal(3, 19, "2")])
          ], position: at(3, 1)),
        .declaration(
          variant: "readonly", options: [],
          assignments: [BashAssignment(position: at(4, 10), name: "X", value: nil)],
          position: at(4, 1)),
      ])
    #expect(statements.last?.redirects.map(\.op) == [.output])
  }
}

// MARK: Lists and pipelines
