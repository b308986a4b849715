// BashParser on structure: lists, redirections, compound commands, `[[ ]]` and syntax errors.

import Shell
import Testing

@Suite struct BashParserListTests {
  @Test func pipelinesAreFlatLists() {
    #expect(
      statement("a | b |& c")
        == BashStatement(
          position: at(1, 1),
          command: .list(
            simple(1, 1, "a"),
            [
              BashListLink(.pipe, simple(1, 5, "b"), position: at(1, 3)),
              BashListLink(.pipeAll, simple(1, 10, "c"), position: at(1, 7)),
            ])))
  }

  @Test func andOrListsAreFlatAndPipesBindTighter() {
    let pipe = BashStatement(
      position: at(1, 6),
      command: .list(
        simple(1, 6, "b"), [BashListLink(.pipe, simple(1, 10, "c"), position: at(1, 8))]))
    #expect(
      statement("a && b | c || d")
        == BashStatement(
          position: at(1, 1),
          command: .list(
            simple(1, 1, "a"),
            [
              BashListLink(.and, pipe, position: at(1, 3)),
              BashListLink(.or, simple(1, 15, "d"), position: at(1, 12)),
            ])))
  }

  @Test func bangNegatesTheWholePipeline() {
    var negated = BashStatement(
      position: at(1, 1),
      command: .list(
        simple(1, 3, "a"), [BashListLink(.pipe, simple(1, 7, "b"), position: at(1, 5))]))
    negated.negated = true
    #expect(
      statement("! a | b && c")
        == BashStatement(
          position: at(1, 1),
          command: .list(negated, [BashListLink(.and, simple(1, 12, "c"), position: at(1, 9))])))
  }

  @Test func separatorsAndBackground() {
    var background = simple(1, 1, "a")
    background.background = true
    var last = simple(2, 1, "d")
    last.background = true
    #expect(parse("a & b; c\nd &\n") == [background, simple(1, 5, "b"), simple(1, 8, "c"), last])
  }

  @Test func newlinesMayFollowOperators() {
    #expect(
      statement("a &&\n  b |\n\n  # comment\n  c")
        == BashStatement(
          position: at(1, 1),
          command: .list(
            simple(1, 1, "a"),
            [
              BashListLink(
                .and,
                BashStatement(
                  position: at(2, 3),
                  command: .list(
                    simple(2, 3, "b"), [BashListLink(.pipe, simple(5, 3, "c"), position: at(2, 5))]
                  )),
                position: at(1, 3))
            ])))
  }

  @Test func groupsAndSubshells() {
    let statements = parse("{ a; b; } > out 2>&1\n( cd /tmp && ls )")
    #expect(
      statements.first
        == BashStatement(
          position: at(1, 1),
          command: .block([simple(1, 3, "a"), simple(1, 6, "b")], position: at(1, 1)),
          redirects: [
            BashRedirect(position: at(1, 11), op: .output, word: literal(1, 13, "out")),
            BashRedirect(
              position: at(1, 17), descriptor: "2", op: .duplicateOutput, word: literal(1, 20, "1")),
          ]))
    let and = BashStatement(
      position: at(2, 3),
      command: .list(
        simple(2, 3, "cd /tmp"), [BashListLink(.and, simple(2, 14, "ls"), position: at(2, 11))]))
    #expect(statements.last?.command == .subshell([and], position: at(2, 1)))
  }
}

// MARK: Redirections and here-documents

@Suite struct BashParserRedirectTests {
  @Test(
    arguments: [
      (">f", nil, BashRedirectOperator.output), (">>f", nil, .append), ("<f", nil, .input),
      ("2>f", "2", .output), (">&f", nil, .duplicateOutput), ("2>&f", "2", .duplicateOutput),
      ("&>f", nil, .outputAll), ("&>>f", nil, .appendAll), ("<<<f", nil, .hereString),
      ("{fd}>f", "{fd}", .output), ("3<&f", "3", .duplicateInput), ("<>f", nil, .readWrite),
      (">|f", nil, .clobber), ("10> f", "10", .output),
    ] as [(String, String?, BashRedirectOperator)])
  func redirection(source: String, descriptor: String?, op: BashRedirectOperator) {
    let redirects = statement("cmd " + source)?.redirects ?? []
    #expect(
      redirects == [
        BashRedirect(
          position: at(1, 5), descriptor: descriptor, op: op,
          word: literal(1, 4 + source.count, "f"))
      ])
  }

  @Test func redirectionsMayComeFirst() {
    #expect(
      parse(">empty\n2>/dev/null cmd") == [
        BashStatement(
          position: at(1, 1), command: nil,
          redirects: [BashRedirect(position: at(1, 1), op: .output, word: literal(1, 2, "empty"))]),
        call(
          2, 1, [literal(2, 13, "cmd")],
          redirects: [
            BashRedirect(
              position: at(2, 1), descriptor: "2", op: .output, word: literal(2, 3, "/dev/null"))
          ]),
      ])
  }

  @Test func severalHereDocumentsOnOneLine() {
    let source = """
      cat <<EOF >out; cat <<'RAW' <<-"TABS"
      a $x \\$y `b`
      EOF
      raw $x
      RAW
      \tone $z
      \t\ttwo
      \tTABS
      echo done
      """
    let statements = parse(source)
    #expect(statements.count == 3)
    #expect(
      statements.first?.redirects == [
        BashRedirect(
          position: at(1, 5), op: .hereDocument, word: literal(1, 7, "EOF"),
          hereDocument: word(
            2, 1, lit("a "), short(2, 3, "x"), lit(" \\$y "),
            .commandSubstitution([simple(2, 11, "b")], position: at(2, 10)), lit("\n"))),
        BashRedirect(position: at(1, 11), op: .output, word: literal(1, 12, "out")),
      ])
    #expect(
      statements.dropFirst().first?.redirects == [
        BashRedirect(
          position: at(1, 21), op: .hereDocument,
          word: word(1, 23, .singleQuoted("RAW", dollar: false)),
          hereDocument: literal(4, 1, "raw $x\n")),
        BashRedirect(
          position: at(1, 29), op: .hereDocumentStripTabs,
          word: word(1, 32, .doubleQuoted([lit("TABS")])),
          hereDocument: literal(6, 1, "one $z\ntwo\n")),
      ])
    #expect(statements.last == simple(9, 1, "echo done"))
  }

  @Test func emptyHereDocumentAndEscapedDelimiter() {
    let statements = parse("cat <<EOF\nEOF\ncat <<\\E\n$x\nE\n")
    #expect(statements.first?.redirects.first?.hereDocument == word(2, 1))
    #expect(statements.last?.redirects.first?.hereDocument == literal(4, 1, "$x\n"))
  }

  @Test func hereDocumentInsideACommandSubstitution() {
    let inner = BashStatement(
      position: at(1, 8), command: .call(assignments: [], arguments: [literal(1, 8, "cat")]),
      redirects: [
        BashRedirect(
          position: at(1, 12), op: .hereDocument, word: literal(1, 14, "EOF"),
          hereDocument: word(2, 1, lit("{\"a\": \""), short(2, 8, "x"), lit("\"}\n")))
      ])
    #expect(
      statement("body=$(cat <<EOF\n{\"a\": \"$x\"}\nEOF\n)")?.command
        == .call(
          assignments: [
            BashAssignment(
              position: at(1, 1), name: "body",
              value: word(1, 6, .commandSubstitution([inner], position: at(1, 6))))
          ], arguments: []))
  }

  @Test func hereDocumentBodyStartsAfterTheLineEvenWithAPipe() {
    let statements = parse("cat <<EOF | grep x &&\nline x\nEOF\necho ok\n")
    #expect(statements.count == 1)
    guard case .list(let pipe, let andLinks)? = statements.first?.command,
      andLinks.count == 1, andLinks[0].op == .and,
      case .list(let cat, let pipeLinks)? = pipe.command, pipeLinks.count == 1
    else {
      Issue.record("unexpected shape")
      return
    }
    let echo = andLinks[0].statement
    #expect(cat.redirects.first?.hereDocument == literal(2, 1, "line x\n"))
    #expect(echo == simple(4, 1, "echo ok"))
  }
}

// MARK: Compound commands

@Suite struct BashParserCompoundTests {
  @Test func functions() {
    let statements = parse("f() { a; }\nfunction g { b; }\nfunction h() ( c )\nk ()\n{\n  d\n} >&2")
    #expect(
      statements.map(\.command) == [
        .function(
          name: "f",
          body: BashStatement(
            position: at(1, 5), command: .block([simple(1, 7, "a")], position: at(1, 5))),
          position: at(1, 1)),
        .function(
          name: "g",
          body: BashStatement(
            position: at(2, 12), command: .block([simple(2, 14, "b")], position: at(2, 12))),
          position: at(2, 1)),
        .function(
          name: "h",
          body: BashStatement(
            position: at(3, 14), command: .subshell([simple(3, 16, "c")], position: at(3, 14))),
          position: at(3, 1)),
        .function(
          name: "k",
          body: BashStatement(
            position: at(5, 1), command: .block([simple(6, 3, "d")], position: at(5, 1)),
            redirects: [
              BashRedirect(position: at(7, 3), op: .duplicateOutput, word: literal(7, 5, "2"))
            ]),
          position: at(4, 1)),
      ])
  }

  @Test func ifElifElse() {
    let source = "if a; then\n  b\nelif c; then d\nelse\n  e\nfi"
    let expected = BashIf(
      position: at(1, 1), condition: [simple(1, 4, "a")], then: [simple(2, 3, "b")],
      otherwise: [
        BashIf(
          position: at(3, 1), condition: [simple(3, 6, "c")], then: [simple(3, 14, "d")],
          otherwise: [BashIf(position: at(4, 1), condition: [], then: [simple(5, 3, "e")])])
      ])
    #expect(statement(source)?.command == .ifClause(expected))
  }

  @Test func forLoops() {
    let statements = parse(
      "for x in a \"b c\"; do e; done\nfor y; do f; done\nfor z in; do g; done\nfor w\ndo h; done")
    #expect(
      statements.map(\.command) == [
        .forClause(
          variable: "x", items: [literal(1, 10, "a"), word(1, 12, .doubleQuoted([lit("b c")]))],
          body: [simple(1, 22, "e")], position: at(1, 1)),
        .forClause(variable: "y", items: nil, body: [simple(2, 11, "f")], position: at(2, 1)),
        .forClause(variable: "z", items: [], body: [simple(3, 14, "g")], position: at(3, 1)),
        .forClause(variable: "w", items: nil, body: [simple(5, 4, "h")], position: at(4, 1)),
      ])
  }

  @Test func whileAndUntil() {
    let statements = parse("while a; do b; done < in\nuntil c\ndo\n  d\ndone")
    #expect(
      statements.first
        == BashStatement(
          position: at(1, 1),
          command: .whileClause(
            condition: [simple(1, 7, "a")], body: [simple(1, 13, "b")], until: false,
            position: at(1, 1)),
          redirects: [BashRedirect(position: at(1, 21), op: .input, word: literal(1, 23, "in"))]))
    #expect(
      statements.last?.command
        == .whileClause(
          condition: [simple(2, 7, "c")], body: [simple(4, 3, "d")], until: true, position: at(2, 1)
        ))
  }

  @Test func caseClause() {
    let source = "case $1 in\n  a|b) x ;;\n  (c) y ;&\n  d) ;;&\n  *) z\nesac"
    let expected = BashCase(
      position: at(1, 1), subject: word(1, 6, short(1, 6, "1")),
      items: [
        .init(patterns: [literal(2, 3, "a"), literal(2, 5, "b")], body: [simple(2, 8, "x")]),
        .init(patterns: [literal(3, 4, "c")], body: [simple(3, 7, "y")], terminator: ";&"),
        .init(patterns: [literal(4, 3, "d")], body: [], terminator: ";;&"),
        .init(patterns: [literal(5, 3, "*")], body: [simple(5, 6, "z")]),
      ])
    #expect(statement(source)?.command == .caseClause(expected))
  }

  @Test func singleBracketIsAnOrdinaryCommand() {
    #expect(
      statement("[ -f \"$a\" ]")
        == call(
          1, 1,
          [
            literal(1, 1, "["), literal(1, 3, "-f"), word(1, 6, .doubleQuoted([short(1, 7, "a")])),
            literal(1, 11, "]"),
          ]))
  }

  @Test func keywordsAreOnlyRecognizedInCommandPosition() {
    #expect(
      statement("echo if then fi { } [[ ! done")
        == simple(1, 1, "echo if then fi { } [[ ! done"))
    let block = BashStatement(
      position: at(1, 12), command: .block([simple(1, 14, "b")], position: at(1, 12)))
    #expect(
      statement("if a; then { b; } fi")?.command
        == .ifClause(BashIf(position: at(1, 1), condition: [simple(1, 4, "a")], then: [block])))
  }
}

// MARK: [[ … ]]

@Suite struct BashParserTestClauseTests {
  private func test(_ source: String, sourceLocation: SourceLocation = #_sourceLocation)
    -> BashTestExpression?
  {
    guard
      case .test(let expression, _)? = statement(source, sourceLocation: sourceLocation)?.command
    else {
      Issue.record("expected [[ ]]", sourceLocation: sourceLocation)
      return nil
    }
    return expression
  }

  @Test func operatorsAndPrecedence() {
    // `!` binds tighter than `&&`, which binds tighter than `||`.
    #expect(
      test("[[ ! -f a || b && c ]]")
        == .andOr(
          .unary(op: "!", .unary(op: "-f", .word(literal(1, 9, "a")))),
          [
            BashTestLink("||", .word(literal(1, 14, "b"))),
            BashTestLink("&&", .word(literal(1, 19, "c"))),
          ]))
  }

  @Test func parenthesesAndBinaryOperators() {
    #expect(
      test(#"[[ -n "$a" && ( $b == x* || $c -ne 2 ) ]]"#)
        == .andOr(
          .unary(op: "-n", .word(word(1, 7, .doubleQuoted([short(1, 8, "a")])))),
          [
            BashTestLink(
              "&&",
              .paren(
                .andOr(
                  .binary(
                    op: "==", .word(word(1, 17, short(1, 17, "b"))), .word(literal(1, 23, "x*"))),
                  [
                    BashTestLink(
                      "||",
                      .binary(
                        op: "-ne", .word(word(1, 29, short(1, 29, "c"))),
                        .word(literal(1, 36, "2"))))
                  ])))
          ]))
  }

  @Test func regularExpressionRightSide() {
    #expect(
      test("[[ $v =~ ^(a|b)[0-9]+$ ]]")
        == .binary(
          op: "=~", .word(word(1, 4, short(1, 4, "v"))), .word(literal(1, 10, "^(a|b)[0-9]+$"))))
  }

  @Test func lessThanIsAComparisonNotARedirection() {
    #expect(
      test("[[ a < b ]]") == .binary(op: "<", .word(literal(1, 4, "a")), .word(literal(1, 8, "b"))))
  }

  @Test func aLoneOperatorIsAWord() {
    #expect(test("[[ -f ]]") == .word(literal(1, 4, "-f")))
  }

  @Test func arithmeticCommandPosition() {
    #expect(
      statement("[[ a ]] && (( b ))")?.command
        == .list(
          BashStatement(
            position: at(1, 1), command: .test(.word(literal(1, 4, "a")), position: at(1, 1))),
          [
            BashListLink(
              .and,
              BashStatement(position: at(1, 12), command: .arithmetic(" b ", position: at(1, 12))),
              position: at(1, 9))
          ]))
  }
}

// MARK: Errors

@Suite struct BashParserErrorTests {
  @Test func unterminatedQuotes() {
    expectError("echo \"abc", at: 1, 6, "unterminated double quote")
    expectError("echo x 'abc\n", at: 1, 8, "unterminated single quote")
    expectError("echo `abc", at: 1, 6, "unterminated backquote")
    expectError("echo $'abc", at: 1, 6, "unterminated ANSI-C quote")
  }

  @Test func missingClosingKeywords() {
    expectError("if true; then\n  echo hi\n", at: 3, 1, "expected 'fi' to close 'if' at 1:1")
    expectError("while a; do b; }", at: 1, 16, "unexpected '}'")
    expectError("for x in a; do b", at: 1, 17, "expected 'done' to close 'for' at 1:1")
    expectError("case x in a) b;", at: 1, 16, "expected 'esac' to close 'case' at 1:1")
    expectError("{ a", at: 1, 4, "expected '}' to close '{' at 1:1")
    expectError("( a", at: 1, 4, "expected ')' to close '(' at 1:1")
    expectError("[[ a ", at: 1, 6, "expected ']]' to close '[[' at 1:1")
  }

  @Test func emptyBodies() {
    expectError(
      "if a; then\nfi", at: 2, 1, "expected a command after 'then' at 1:7, found 'fi'")
  }

  @Test func unterminatedHereDocument() {
    expectError("cat <<EOF\nabc\n", at: 1, 5, "here-document delimited by 'EOF' never ends")
    expectError("cat <<'END' # no body", at: 1, 5, "here-document delimited by 'END' never ends")
  }

  @Test func strayTokens() {
    expectError("echo a )", at: 1, 8, "unexpected ')'")
    expectError("fi", at: 1, 1, "unexpected 'fi'")
    expectError(";; x", at: 1, 1, "unexpected ';;'")
    expectError("a && ", at: 1, 6, "expected a command after '&&' at 1:3")
    expectError("| b", at: 1, 1, "unexpected '|'")
    expectError("echo >", at: 1, 7, "expected a word after '>', found end of input")
    expectError("echo (x)", at: 1, 6, "unexpected '(' after a command word")
  }

  @Test func unclosedExpansions() {
    expectError("echo $(echo", at: 1, 12, "expected ')' to close '$(' at 1:6")
    expectError("echo ${a", at: 1, 9, "expected '}' to close '${' at 1:6")
    expectError("echo $((1+2)", at: 1, 12, "unexpected ')' in expression of '$((' at 1:6")
    expectError("echo ${}", at: 1, 8, "invalid parameter name in '${', found '}'")
  }

  @Test(
    arguments: [
      ("", "echo $("), ("", "{ "), ("", "( "), ("", "echo \"$("), ("", "echo ${a:-"),
      ("[[ ", "( "), ("", "if a; then "),
    ])
  func deepNestingIsRejectedNotCrashing(prefix: String, opener: String) {
    let source = prefix + String(repeating: opener, count: 1000)
    guard case .failure(let error) = BashParser.parse(source) else {
      Issue.record("expected an error")
      return
    }
    #expect(error.message == "nesting is deeper than 200 levels")
  }

  @Test func longElifChainsAreNotNesting() {
    let source = "if a; then b\n" + String(repeating: "elif c; then d\n", count: 1000) + "fi"
    guard case .success(let file) = BashParser.parse(source),
      case .ifClause(var clause)? = file.statements.first?.command
    else {
      Issue.record("expected an if clause")
      return
    }
    var branches = 1
    while let next = clause.otherwise.first {
      branches += 1
      clause = next
    }
    #expect(branches == 1001)
  }
}
