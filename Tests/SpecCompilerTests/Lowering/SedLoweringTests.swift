import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct SedLoweringTests {
  static func filters(_ command: String) -> [Filter]? {
    Lowered.pipeline("curl -sS \"$U\" | " + command)?.filters
  }

  @Test func theFlagsOfSubstitutionAreKept() {
    #expect(
      Self.filters("sed 's/a/b/p'")
        == [.substitute(SedSubstitution(pattern: "a", replacement: "b", print: true))])
    #expect(
      Self.filters("sed -n 's/a/b/p'")
        == [.substitute(SedSubstitution(pattern: "a", replacement: "b", quiet: true, print: true))])
    #expect(
      Self.filters("sed 's/a/b/2'")
        == [.substitute(SedSubstitution(pattern: "a", replacement: "b", occurrence: 2))])
    #expect(
      Self.filters("sed -E 's/a/b/3gI'")
        == [
          .substitute(
            SedSubstitution(
              pattern: "a", replacement: "b", global: true, occurrence: 3, extended: true,
              ignoreCase: true))
        ])
    #expect(Self.filters("sed 's/a/b/gg'") == nil)
    #expect(Self.filters("sed 's/a/b/0'") == nil)
    #expect(
      Self.filters("sed 's/a/b/w out.txt'")
        == [.sed(SedInvocation(scripts: [.expression("s/a/b/w out.txt")]))])
  }

  @Test func aDelimiterInsideABracketExpressionDoesNotEndTheRegex() {
    #expect(
      Self.filters("sed 's/[/]/x/'")
        == [.substitute(SedSubstitution(pattern: "[/]", replacement: "x"))])
    #expect(
      Self.filters("sed 's/[^/]*$//'")
        == [.substitute(SedSubstitution(pattern: "[^/]*$", replacement: ""))])
    #expect(
      Self.filters("sed 's/[]/]/x/g'")
        == [.substitute(SedSubstitution(pattern: "[]/]", replacement: "x", global: true))])
    #expect(
      Self.filters("sed 's/[[:punct:]/]/_/g'")
        == [
          .substitute(SedSubstitution(pattern: "[[:punct:]/]", replacement: "_", global: true))
        ])
    // In a replacement brackets are ordinary characters.
    #expect(Self.filters("sed 's/a/[/]/'") == nil)
  }

  @Test func otherDelimitersAndEscapedDelimiters() {
    #expect(
      Self.filters("sed 's|a/b|c|'")
        == [.substitute(SedSubstitution(pattern: "a/b", replacement: "c"))])
    #expect(
      Self.filters("sed 's#x#y#g'")
        == [.substitute(SedSubstitution(pattern: "x", replacement: "y", global: true))])
    #expect(
      Self.filters("sed 's|a\\|b|x|'")
        == [.substitute(SedSubstitution(pattern: "a|b", replacement: "x"))])
    #expect(
      Self.filters("sed 's/\\/v1\\//\\/v2\\//'")
        == [.substitute(SedSubstitution(pattern: "/v1/", replacement: "/v2/"))])
    // `\&` keeps its backslash in a replacement even when `&` delimits.
    #expect(
      Self.filters("sed 's&a&[\\&]&'")
        == [.substitute(SedSubstitution(pattern: "a", replacement: "[\\&]"))])
    // Inside a bracket expression an escaped delimiter keeps its backslash.
    #expect(
      Self.filters("sed 's|a[\\|]b|X|'")
        == [.substitute(SedSubstitution(pattern: "a[\\|]b", replacement: "X"))])
    #expect(Self.filters("sed 's/a/b'") == nil)
  }

  @Test func regexAddressesLowerToASedSelection() {
    #expect(Self.filters("sed -n '/^data: /p'") == [.select(SedSelection(pattern: "^data: "))])
    #expect(Self.filters("sed -n '/a[/]b/p'") == [.select(SedSelection(pattern: "a[/]b"))])
    #expect(Self.filters("sed -n '\\%/v1/%p'") == [.select(SedSelection(pattern: "/v1/"))])
    #expect(
      Self.filters("sed -nE '/x+/Ip'")
        == [.select(SedSelection(pattern: "x+", extended: true, ignoreCase: true))])
    #expect(
      Self.filters("sed -n '/x/!p'") == [.select(SedSelection(pattern: "x", invert: true))])
    #expect(Self.filters("sed '/x/d'") == [.select(SedSelection(pattern: "x", invert: true))])
    #expect(Self.filters("sed '/x/!d'") == [.select(SedSelection(pattern: "x"))])
    #expect(Self.filters("sed '/x/p'") == [.sed(SedInvocation(scripts: [.expression("/x/p")]))])
    #expect(
      Self.filters("sed -n '/a/,/b/p'")
        == [.sed(SedInvocation(scripts: [.expression("/a/,/b/p")], quiet: true))])
  }
}
