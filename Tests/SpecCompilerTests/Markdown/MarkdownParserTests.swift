import Testing

@testable import SpecCompiler

@Suite struct MarkdownHeadingTests {
  @Test func atxHeadingsWithPositionsAndClosingSequences() {
    let source = """
      # Title
        ## Sub ##
      ### S01 `code` ###
      #NoSpace
      ####### seven
      #
      ### trailing \\#
      ## foo#
          # indented
      """
    let (document, diagnostics) = parseMarkdown(source)
    #expect(diagnostics.isEmpty)
    #expect(
      document.blocks == [
        headingBlock(1, "Title", line: 1, column: 1, textColumn: 3),
        headingBlock(2, "Sub", line: 2, column: 3, textColumn: 6),
        headingBlock(3, "S01 `code`", line: 3, column: 1, textColumn: 5),
        paragraphBlock(("#NoSpace", 4, 1), ("####### seven", 5, 1)),
        headingBlock(1, "", line: 6, column: 1, textColumn: 2),
        headingBlock(3, "trailing \\#", line: 7, column: 1, textColumn: 5),
        headingBlock(2, "foo#", line: 8, column: 1, textColumn: 4),
        paragraphBlock(("# indented", 9, 5)),
      ])
  }

  @Test func emptyHeadingWithOnlyClosingSequence() {
    let (document, _) = parseMarkdown("### ###\n")
    #expect(document.blocks == [headingBlock(3, "", line: 1, column: 1, textColumn: 4)])
  }

  @Test func setextHeadingsAndThematicBreaks() {
    let source = """
      Title
      =====
      ***
      text
      ---
      - - -
       __ _
      """
    let (document, _) = parseMarkdown(source)
    #expect(
      document.blocks == [
        headingBlock(1, "Title", line: 1, column: 1, textColumn: 1, isSetext: true),
        MarkdownBlock(.thematicBreak, line: 3, column: 1),
        headingBlock(2, "text", line: 4, column: 1, textColumn: 1, isSetext: true),
        MarkdownBlock(.thematicBreak, line: 6, column: 1),
        MarkdownBlock(.thematicBreak, line: 7, column: 2),
      ])
  }
}

@Suite struct MarkdownLineEndingTests {
  @Test func crlfLoneCrAndBom() {
    let source = "\u{FEFF}# A\r\n\r\npara one  \rpara two\r\n```sh\r\necho hi\r\n```\r\n"
    let (document, diagnostics) = parseMarkdown(source)
    #expect(diagnostics.isEmpty)
    #expect(
      document.blocks == [
        headingBlock(1, "A", line: 1, column: 1, textColumn: 3),
        paragraphBlock(("para one", 3, 1), ("para two", 4, 1)),
        MarkdownBlock(
          .fencedCode(
            MarkdownFencedCode(
              fence: "```", info: "sh", language: "sh", code: "echo hi\n", firstLine: 6,
              column: 1)), line: 5, column: 1),
      ])
  }

  @Test func emptyAndBlankDocuments() {
    #expect(parseMarkdown("").0.blocks.isEmpty)
    #expect(parseMarkdown("\u{FEFF}").0.blocks.isEmpty)
    #expect(parseMarkdown("  \n\t\r\n\r").0.blocks.isEmpty)
  }

  @Test func lastLineWithoutTerminator() {
    let (document, _) = parseMarkdown("a\nb")
    #expect(document.blocks == [paragraphBlock(("a", 1, 1), ("b", 2, 1))])
  }
}

@Suite struct MarkdownFencedCodeTests {
  @Test func tildeFencesLongerFencesAndInfoStrings() {
    let source = """
      ~~~bash  extra words
      echo `date`
      ```
      ~~~
      ````sh
      ```
      inner
      `````
      ``` a`b
      """
    let (document, diagnostics) = parseMarkdown(source)
    #expect(diagnostics.isEmpty)
    #expect(
      document.blocks == [
        MarkdownBlock(
          .fencedCode(
            MarkdownFencedCode(
              fence: "~~~", info: "bash  extra words", language: "bash",
              code: "echo `date`\n```\n", firstLine: 2, column: 1)), line: 1, column: 1),
        MarkdownBlock(
          .fencedCode(
            MarkdownFencedCode(
              fence: "````", info: "sh", language: "sh", code: "```\ninner\n", firstLine: 6,
              column: 1)), line: 5, column: 1),
        paragraphBlock(("``` a`b", 9, 1)),
      ])
  }

  @Test func indentedFenceRemovesItsIndentationFromContent() {
    let source = """
      para
        ```bash
        echo one
          echo two
       echo three
      echo four
         ```
      """
    let (document, diagnostics) = parseMarkdown(source)
    #expect(diagnostics.isEmpty)
    #expect(
      document.blocks == [
        paragraphBlock(("para", 1, 1)),
        MarkdownBlock(
          .fencedCode(
            MarkdownFencedCode(
              fence: "```", info: "bash", language: "bash",
              code: "echo one\n  echo two\necho three\necho four\n", firstLine: 3, column: 3)),
          line: 2, column: 3),
      ])
  }

  @Test func emptyBlockAndBlankContentLines() {
    let (document, _) = parseMarkdown("```\n```\n~~~console\n\n$ ls\n\n~~~\n")
    #expect(
      document.blocks.map(\.fencedCode) == [
        MarkdownFencedCode(
          fence: "```", info: "", language: "", code: "", firstLine: 2, column: 1),
        MarkdownFencedCode(
          fence: "~~~", info: "console", language: "console", code: "\n$ ls\n\n", firstLine: 4,
          column: 1),
      ])
  }

  @Test func unterminatedFenceRunsToEndAndIsReported() {
    let source = """
      # T

         ~~~sh
      echo hi
      ```

      ## not a heading
      """
    let (document, diagnostics) = parseMarkdown(source)
    #expect(
      diagnostics.map(\.description) == [
        "doc.md:3:4: error: unterminated code fence: no closing ~~~ before the end of the document"
      ])
    #expect(
      document.blocks == [
        headingBlock(1, "T", line: 1, column: 1, textColumn: 3),
        MarkdownBlock(
          .fencedCode(
            MarkdownFencedCode(
              fence: "~~~", info: "sh", language: "sh",
              code: "echo hi\n```\n\n## not a heading\n", firstLine: 4, column: 4,
              isClosed: false)), line: 3, column: 4),
      ])
  }

  @Test func unterminatedFenceInsideListItemEndsWithTheItem() {
    let source = """
      - item
        ```bash
        echo in item
      after the list
      """
    let (document, diagnostics) = parseMarkdown(source)
    #expect(
      diagnostics.map(\.description) == [
        "doc.md:2:3: error: unterminated code fence: no closing ``` before the end of the "
          + "enclosing block"
      ])
    #expect(document.blocks.count == 2)
    #expect(document.blocks[1] == paragraphBlock(("after the list", 4, 1)))
  }
}

@Suite struct MarkdownParagraphTests {
  @Test func paragraphsAreSeparatedByBlankLinesAndInterruptedByBlocks() {
    let source = """
      first line
         second line\t
      # heading

      next
      ```
      code
      ```
      para
      2. not a list
      1. a list
      """
    let (document, _) = parseMarkdown(source)
    #expect(document.blocks.count == 6)
    #expect(document.blocks[0] == paragraphBlock(("first line", 1, 1), ("second line", 2, 4)))
    #expect(document.blocks[0].paragraph?.text == "first line\nsecond line")
    #expect(document.blocks[2] == paragraphBlock(("next", 5, 1)))
    #expect(document.blocks[3].fencedCode?.code == "code\n")
    #expect(document.blocks[4] == paragraphBlock(("para", 9, 1), ("2. not a list", 10, 1)))
    #expect(document.blocks[5].list?.marker == .ordered(start: 1, delimiter: "."))
  }

  @Test func htmlAndIndentedCodeAreReadAsText() {
    let source = "<!-- note -->\n\n    indented code\n"
    let (document, _) = parseMarkdown(source)
    #expect(
      document.blocks == [
        paragraphBlock(("<!-- note -->", 1, 1)),
        paragraphBlock(("indented code", 3, 5)),
      ])
  }
}

@Suite struct MarkdownListTests {
  @Test func bulletAndOrderedListsWithContinuationLines() {
    let source = """
      Stateful note:

      - `S13`-`S60` mutate
        shared state
      - second
      continued lazily
      * other bullet

      10) ten
      11) eleven
          more
      """
    let (document, diagnostics) = parseMarkdown(source)
    #expect(diagnostics.isEmpty)
    #expect(
      document.blocks == [
        paragraphBlock(("Stateful note:", 1, 1)),
        MarkdownBlock(
          .list(
            MarkdownList(
              marker: .bullet("-"),
              items: [
                listItem(
                  ("`S13`-`S60` mutate", 3, 3), ("shared state", 4, 3), line: 3, column: 1),
                listItem(("second", 5, 3), ("continued lazily", 6, 1), line: 5, column: 1),
              ])), line: 3, column: 1),
        MarkdownBlock(
          .list(
            MarkdownList(
              marker: .bullet("*"),
              items: [listItem(("other bullet", 7, 3), line: 7, column: 1)])),
          line: 7, column: 1),
        MarkdownBlock(
          .list(
            MarkdownList(
              marker: .ordered(start: 10, delimiter: ")"),
              items: [
                listItem(("ten", 9, 5), line: 9, column: 1),
                listItem(("eleven", 10, 5), ("more", 11, 5), line: 10, column: 1),
              ])), line: 9, column: 1),
      ])
    #expect(document.blocks[1].list?.items[0].text == "`S13`-`S60` mutate shared state")
    #expect(document.blocks[3].list?.markerText(forItem: 1) == "11)")
  }

  @Test func itemsHoldCodeBlocksAndNestedLists() {
    let source = """
      1. step one

         ```bash
         echo in item
         ```
         - nested
      2. step two

      after
      """
    let (document, diagnostics) = parseMarkdown(source)
    #expect(diagnostics.isEmpty)
    let nested = MarkdownBlock(
      .list(
        MarkdownList(marker: .bullet("-"), items: [listItem(("nested", 6, 6), line: 6, column: 4)])
      ), line: 6, column: 4)
    let code = MarkdownBlock(
      .fencedCode(
        MarkdownFencedCode(
          fence: "```", info: "bash", language: "bash", code: "echo in item\n", firstLine: 4,
          column: 4)), line: 3, column: 4)
    #expect(
      document.blocks == [
        MarkdownBlock(
          .list(
            MarkdownList(
              marker: .ordered(start: 1, delimiter: "."),
              items: [
                MarkdownListItem(
                  blocks: [paragraphBlock(("step one", 1, 4)), code, nested], line: 1, column: 1),
                listItem(("step two", 7, 4), line: 7, column: 1),
              ])), line: 1, column: 1),
        paragraphBlock(("after", 9, 1)),
      ])
  }

  @Test func tabsAfterMarkersAndInIndentation() {
    let source = "-\tTabbed item\n\tcontinued\n\nend\n\n\t```bash\n\n  ```\n\techo\n  ```\n"
    let (document, diagnostics) = parseMarkdown(source)
    #expect(diagnostics.isEmpty)
    #expect(
      document.blocks == [
        MarkdownBlock(
          .list(
            MarkdownList(
              marker: .bullet("-"),
              items: [
                listItem(("Tabbed item", 1, 3), ("continued", 2, 2), line: 1, column: 1)
              ])), line: 1, column: 1),
        paragraphBlock(("end", 4, 1)),
        // A tab is 4 columns of indentation: indented code, read as text, not a fence.
        paragraphBlock(("```bash", 6, 2)),
        // A tab partly removed with the fence's 2 columns leaves 2 spaces.
        MarkdownBlock(
          .fencedCode(
            MarkdownFencedCode(
              fence: "```", info: "", language: "", code: "  echo\n", firstLine: 9, column: 3)),
          line: 8, column: 3),
      ])
  }

  @Test func tabInsideAnItemContinuesIt() {
    let (document, diagnostics) = parseMarkdown("- a\n\n\t```bash\n\techo\n\t```\n")
    #expect(diagnostics.isEmpty)
    let item = document.blocks.first?.list?.items.first
    #expect(item?.blocks.count == 2)
    #expect(
      item?.blocks.last
        == MarkdownBlock(
          .fencedCode(
            MarkdownFencedCode(
              fence: "```", info: "bash", language: "bash", code: "echo\n", firstLine: 4,
              column: 2)), line: 3, column: 2))
  }

  @Test func emptyItemFollowedByBlankLineIsEmpty() {
    let (document, _) = parseMarkdown("-\n\n  text\n")
    #expect(
      document.blocks == [
        MarkdownBlock(
          .list(
            MarkdownList(
              marker: .bullet("-"), items: [MarkdownListItem(blocks: [], line: 1, column: 1)])),
          line: 1, column: 1),
        paragraphBlock(("text", 3, 3)),
      ])
  }
}

@Suite struct MarkdownBlockQuoteTests {
  @Test func blockQuotesKeepTheirContentAsBlocks() {
    let source = """
      > quoted *text*
      continued lazily
      > > nested
      >
      > ```sh
      > echo q
      > ```

      after
      """
    let (document, diagnostics) = parseMarkdown(source)
    #expect(diagnostics.isEmpty)
    #expect(
      document.blocks == [
        MarkdownBlock(
          .blockQuote([
            paragraphBlock(("quoted *text*", 1, 3), ("continued lazily", 2, 1)),
            MarkdownBlock(.blockQuote([paragraphBlock(("nested", 3, 5))]), line: 3, column: 3),
            MarkdownBlock(
              .fencedCode(
                MarkdownFencedCode(
                  fence: "```", info: "sh", language: "sh", code: "echo q\n", firstLine: 6,
                  column: 3)), line: 5, column: 3),
          ]), line: 1, column: 1),
        paragraphBlock(("after", 9, 1)),
      ])
  }

  @Test func deepNestingDoesNotRecurseWithoutBound() {
    let source = String(repeating: "> ", count: 5_000) + "deep\n"
    let (document, _) = parseMarkdown(source)
    #expect(document.blocks.count == 1)
  }
}

@Suite struct MarkdownInlineTests {
  @Test func plainTextStripsCodeSpansEmphasisAndLinks() {
    #expect(MarkdownInline.plainText("Verify `/v1/models` **now**") == "Verify /v1/models now")
    #expect(
      MarkdownInline.plainText("QA_RUN_DIR and snake_case stay") == "QA_RUN_DIR and snake_case stay"
    )
    #expect(MarkdownInline.plainText("_em_ and *x* and a * b") == "em and x and a * b")
    #expect(MarkdownInline.plainText("[the docs](http://x) \\*lit\\*") == "the docs *lit*")
    #expect(MarkdownInline.plainText("``a ` b`` and `` `x` ``") == "a ` b and `x`")
    #expect(MarkdownInline.plainText("~~gone~~ ~kept~ `open") == "gone ~kept~ `open")
  }
}
