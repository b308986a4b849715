import Testing

@testable import SpecModel

/// `Template.normalized` joins adjacent literals and drops empty ones. It runs on every word the
/// compiler lowers and must stay linear: the fuzzer's 100,000-word `echo` (one 1 MB line) took
/// 5.8 s of CPU in a release build when each join copied the text joined so far (now 1.3 s in a
/// debug build for the whole document; `LargeInputTests` compiles that command).
@Suite struct TemplateNormalizationTests {
  @Test func adjacentLiteralsAreJoinedAndEmptyOnesDropped() {
    let template = Template([
      .literal("a"), .literal(""), .literal("b"), .variable("X"), .literal(""), .literal("c"),
      .literal("d"), .lastStatus, .literal(""),
    ])
    #expect(
      template.normalized.parts == [.literal("ab"), .variable("X"), .literal("cd"), .lastStatus])
    #expect(Template([.literal(""), .literal("")]).normalized.parts.isEmpty)
  }
}
