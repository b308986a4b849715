import GlibcRegex
import Testing

@Suite("GlibcRegex: glibc's POSIX matcher on bytes")
struct GlibcRegexTests {
  private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test func takesTheLeftmostLongestMatchAmongAlternatives() throws {
    let regex = try GlibcRegex(bytes("a|ab|abc"), options: .extended)
    #expect(regex.match(bytes("xabcd"))?[0] == 1..<4)
  }

  @Test func reportsGroupsAndGroupsThatTookNoPart() throws {
    let regex = try GlibcRegex(bytes("(a)|(b)"), options: .extended)
    #expect(regex.groupCount == 2)
    let match = try #require(regex.match(bytes("b")))
    #expect(match[1] == nil)
    #expect(match[2] == 0..<1)
  }

  @Test func basicSyntaxHasGNUOperatorsAndBackReferences() throws {
    let regex = try GlibcRegex(bytes(#"\(ab\)\+-\1"#))
    #expect(regex.match(bytes("ababab-ab"))?[0] == 0..<9)
  }

  @Test func bytesBeforeTheStartAreContext() throws {
    let regex = try GlibcRegex(bytes("^a"), options: .extended)
    #expect(regex.match(bytes("aa"), from: 1) == nil)
    let word = try GlibcRegex(bytes(#"\<b"#))
    #expect(word.match(bytes("ab"), from: 1) == nil)
    #expect(word.match(bytes("a b"), from: 1)?[0] == 2..<3)
  }

  @Test func notBeginningOfLineAndNewlineSensitivity() throws {
    let anchored = try GlibcRegex(bytes("^x"), options: .extended)
    #expect(anchored.match(bytes("x"), notBeginningOfLine: true) == nil)
    #expect(anchored.match(bytes("a\nx")) == nil)
    let lines = try GlibcRegex(bytes("^x"), options: [.extended, .newlineSensitive])
    #expect(lines.match(bytes("a\nx"))?[0] == 2..<3)
  }

  @Test func theLocaleDecidesWhatACharacterIs() throws {
    let utf8 = try GlibcRegex(bytes("^.$"), options: .extended, locale: .utf8)
    let c = try GlibcRegex(bytes("^.$"), options: .extended, locale: .c)
    #expect(utf8.matches(bytes("é")))
    #expect(!c.matches(bytes("é")))
  }

  @Test func ignoreCase() throws {
    let regex = try GlibcRegex(bytes("abc"), options: [.extended, .ignoreCase])
    #expect(regex.matches(bytes("xABC")))
  }

  @Test func invalidPatternsThrowGlibcsMessage() {
    #expect(throws: GlibcRegexError(message: "Unmatched ( or \\(")) {
      try GlibcRegex(bytes("(a"), options: .extended)
    }
    #expect(throws: GlibcRegexError(message: "Unmatched [, [^, [:, [., or [=")) {
      try GlibcRegex(bytes("[a"))
    }
  }

  @Test func matchesTheEmptySubject() throws {
    let regex = try GlibcRegex(bytes("^$"))
    #expect(regex.match([])?[0] == 0..<0)
  }
}
