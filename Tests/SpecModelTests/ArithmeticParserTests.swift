import Testing

@testable import SpecModel

@Suite struct ArithmeticParserTests {
  func root(_ text: String) throws -> ArithmeticNode? { try ArithmeticParser.parse(text).root }

  @Test func precedenceAndAssociativity() throws {
    #expect(
      try root("1 + 2 * 3")
        == .binary(
          .add, .number(1), .binary(.multiply, .number(2), .number(3), errorOffset: 8),
          errorOffset: 4))
    // `**` is right-associative; unary minus binds tighter than `**`.
    #expect(ArithmeticPrinter.render(try #require(try root("2**3**2"))) == "2 ** 3 ** 2")
    guard case .binary(.power, .unary(.minus, .number(2)), .number(2), _)? = try root("-2**2")
    else {
      Issue.record("-2**2 is (-2)**2")
      return
    }
    guard case .binary(.subtract, .binary(.subtract, _, _, _), .number(3), _)? = try root("10-4-3")
    else {
      Issue.record("- is left-associative")
      return
    }
  }

  @Test func incrementsFollowBashLexing() throws {
    #expect(try root("x++") == .increment("x", delta: 1, prefix: false))
    #expect(try root("--x") == .increment("x", delta: -1, prefix: true))
    // `1--1` is `1 - -1`: `--` before a number is two signs.
    #expect(
      try root("1--1") == .binary(.subtract, .number(1), .unary(.minus, .number(1)), errorOffset: 2)
    )
  }

  @Test(arguments: [
    ("0x1F", Int64(31)), ("017", 15), ("2#101", 5), ("36#zZ", 1295), ("64#zZ", 2301),
    ("64#_@", 4094),
    ("9223372036854775808", Int64.min),
  ])
  func constants(_ text: String, _ value: Int64) throws {
    #expect(try root(text) == .number(value))
  }

  @Test(arguments: [
    ("09", "value too great for base", 0), ("65#1", "invalid arithmetic base", 0),
    ("1 +", "syntax error: operand expected", 2), ("1 2", "syntax error in expression", 2),
    ("1 @ 2", "syntax error: invalid arithmetic operator", 2),
    ("(1 + 2", "missing `)'", 5), ("1 ? 2", "`:' expected for conditional expression", 4),
    ("x + y = 3", "attempted assignment to non-variable", 6),
  ])
  func errors(_ text: String, _ message: String, _ offset: Int) {
    #expect(throws: ArithmeticSyntaxError(offset: offset, message: message)) {
      try ArithmeticParser.parse(text)
    }
  }

  @Test func bashMessageShowsTheErrorToken() {
    let error = ArithmeticSyntaxError(offset: 5, message: "division by 0")
    #expect(
      error.bashMessage(for: " 5 / 0 + 3") == #"5 / 0 + 3: division by 0 (error token is "0 + 3")"#)
  }

  @Test func expansionsAreOperands() throws {
    let e = try ArithmeticParser.parse("2 * $n + ${M:-1}")
    #expect(
      e.expansions.map(\.part) == [
        .variable("n"),
        .expansion(ParameterExpansion(name: "M", operation: .useDefault("1", nullIsUnset: true))),
      ])
    #expect(e.expansions.map(\.range) == [4..<6, 9..<16])
    #expect(throws: ArithmeticSyntaxError.self) { try ArithmeticParser.parse("1$n") }
    #expect(throws: ArithmeticSyntaxError.self) {
      try ArithmeticParser.parse("$n", allowsExpansions: false)
    }
  }

  /// `$((1+$((1+…))))` thousands deep: each level is parsed anew, so the bound is on the number
  /// of nested `$((`, not only on the nesting inside one text (a fuzzing find: SIGSEGV at
  /// 3,000 levels, seed 20261202 mutant 3724).
  @Test func deeplyNestedArithmeticExpansionsAreAnErrorNotACrash() throws {
    var text = "1"
    for _ in 0..<3000 { text = "$((1+" + text + "))" }
    #expect(throws: ArithmeticSyntaxError.self) { try ArithmeticParser.parse(text) }
    var shallow = "1"
    for _ in 0..<8 { shallow = "$((1+" + shallow + "))" }
    #expect(try ArithmeticParser.parse(shallow).text == shallow)
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let text = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
    #expect(throws: ArithmeticSyntaxError.self) { try ArithmeticParser.parse(text) }
  }

  @Test(arguments: [
    "a = b += 1, c ? d : e", "x++ + ++y - -z", "!(a && b) || ~c", "a << 2 >= b >> 1 == 1",
    "(1 + 2) * 3 ** 2 % 4 / 5", "a & b ^ c | d", "$n * ${#V}", "x <<= 1, y ^= 2, z |= 3",
  ])
  func printingIsStable(_ text: String) throws {
    let printed = ArithmeticPrinter.render(try ArithmeticParser.parse(text))
    let reparsed = try ArithmeticParser.parse(printed)
    #expect(ArithmeticPrinter.render(reparsed) == printed)
    #expect(
      try ArithmeticParser.parse(text).root.map { ArithmeticPrinter.render($0) }
        == reparsed.root.map { ArithmeticPrinter.render($0) })
  }

  @Test(arguments: [
    "n=$((n + 1))", "$(( ${COUNT:-0} * 2 ))", "${!REF}", "${V:n:n+1}", "${V:$o:2}", "${V:i*2}",
    "$(( $((1 + 2)) * 3 ))",
  ])
  func templatesRoundTrip(_ text: String) throws {
    let template = try TemplateSyntax.parse(text)
    #expect(TemplateSyntax.render(template) == text)
  }

  @Test func templateParts() throws {
    let t = try TemplateSyntax.parse("${!R}-$((i++))-${V:n:2}-${V:1:2}")
    #expect(t.parts[0] == .expansion(ParameterExpansion(name: "R", operation: .indirect)))
    #expect(t.parts[2] == .arithmetic(try ArithmeticParser.parse("i++")))
    #expect(
      t.parts[4]
        == .expansion(
          ParameterExpansion(
            name: "V",
            operation: .arithmeticSubstring(
              offset: try ArithmeticParser.parse("n"), length: try ArithmeticParser.parse("2")))))
    #expect(
      t.parts[6]
        == .expansion(ParameterExpansion(name: "V", operation: .substring(offset: 1, length: 2))))
  }

  @Test(arguments: ["$((1 +))", "$((1", "${V:1/(}"])
  func badTemplatesAreRejected(_ text: String) {
    #expect(throws: TemplateSyntax.ParseError.self) { try TemplateSyntax.parse(text) }
  }
}
