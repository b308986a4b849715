import Testing

@testable import SpecModel

@Suite struct TemplateSyntaxTests {
  @Test(arguments: [
    "${BASE_URL}/v1/files/${FILE_ID}?provider=openai",
    "${QA_SUFFIX:-$(date +%s)-$$}",
    "qa-${X//a\\/b/c}-${#Y}-${Z%%.*}-${W#pre}-${V:2:3}-${U^^}",
    "price: \\$5 and a backslash \\\\",
    "${A-${B:+x}}",
    "${M: -4}-${M: -4:2}",
    "x${~P}-${~Q:-a*}",
  ])
  func roundTrips(_ text: String) throws {
    let template = try TemplateSyntax.parse(text)
    #expect(TemplateSyntax.render(template) == text)
  }

  /// `${~NAME}`: an expansion written unquoted in a pattern, whose value is a pattern.
  @Test func parsesPatternValues() throws {
    let t = try TemplateSyntax.parse("${~P}${~Q#x}")
    #expect(
      t.parts == [
        .patternValue(.variable("P")),
        .patternValue(
          .expansion(ParameterExpansion(name: "Q", operation: .removePrefix("x", longest: false)))),
      ])
  }

  @Test func parsesParts() throws {
    let t = try TemplateSyntax.parse("qa-$(date +%s)-$$-${N:-0}")
    #expect(
      t.parts == [
        .literal("qa-"), .date(format: "%s"), .literal("-"), .processID, .literal("-"),
        .expansion(ParameterExpansion(name: "N", operation: .useDefault("0", nullIsUnset: true))),
      ])
  }

  /// A combining mark right after a variable (`$e` then U+0301, as bash reads `$é` written
  /// decomposed) is literal text: rendered after `${e}`, it must not merge with the `}` into one
  /// character the parser no longer recognises (a fuzzing find: compile wrote YAML it could not
  /// read back).
  @Test(arguments: ["\u{301}", "\u{301}\u{1B}#\u{2028}\u{0}x", "\u{20DD}}"])
  func combiningMarksAfterAnExpansionRoundTrip(_ literal: String) throws {
    let template = Template([.variable("e"), .literal(literal), .variable("f")])
    let text = TemplateSyntax.render(template)
    #expect(try TemplateSyntax.parse(text) == template)
  }

  @Test(arguments: ["$X", "${", "${A:-b", "$(curl x)", "${A!}"])
  func rejectsMalformed(_ text: String) {
    #expect(throws: TemplateSyntax.ParseError.self) { try TemplateSyntax.parse(text) }
  }
}
