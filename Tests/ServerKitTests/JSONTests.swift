import ServerKit
import Testing

/// The stand-in servers' JSON value: what it parses, what it writes back, byte for byte.
@Suite struct JSONTests {
  @Test func roundTripKeepsOrder() {
    let text = #"{"b":1,"a":[true,null,"x\n\u00e9"],"c":{"d":-2.5,"e":1e-9}}"#
    let value = JSON.parse(Array(text.utf8))
    #expect(value?.serialized == #"{"b":1,"a":[true,null,"x\né"],"c":{"d":-2.5,"e":1e-09}}"#)
  }

  /// Integers stay exact however large; fractions and exponents are doubles, written back as a
  /// whole number when they are one below 10^15.
  @Test(arguments: [
    ("9007199254740993", "9007199254740993"),
    ("-9223372036854775808", "-9223372036854775808"),
    ("12345678901234567890", "1.2345678901234567e+19"),
    ("1.0", "1"), ("1e3", "1000"), ("-0", "0"), ("2.5", "2.5"), ("1e400", "null"),
  ])
  func numbers(_ text: String, _ written: String) {
    #expect(JSON.parse(text)?.serialized == written)
  }

  @Test func integersAndDoublesCompareByValue() {
    #expect(JSON.parse("1") == .number(1))
    #expect(JSON.parse("[1.0]") == [1])
    #expect(JSON.parse("1.5")?.int == 1)
    #expect(JSON.parse("1e300")?.int == nil)
    #expect(JSON.parse("7")?.number == 7)
  }

  /// A key written twice: the last value at the first one's place, or every member as written.
  @Test func duplicateKeys() {
    let text = #"{"a":1,"b":2,"a":3}"#
    #expect(JSON.parse(text)?.serialized == #"{"a":3,"b":2}"#)
    #expect(JSON.parse(text, duplicateKeys: .keepEach)?.serialized == text)
  }

  /// Not JSON, or more than one value (trailing text is not read as `null`).
  @Test(arguments: [
    "", " ", "{", "[1,]", "{\"a\" 1}", "01x", "tru", "\"\\u12\"", "1 2", "{\"a\":1} x", "null x",
  ])
  func rejectsWhatIsNotOneValue(_ text: String) {
    #expect(JSON.parse(text).map { _ in "parsed" } == Optional<String>.none)
  }

  @Test func nestingIsBounded() {
    let deep =
      String(repeating: "[", count: JSON.maximumDepth + 1)
      + String(repeating: "]", count: JSON.maximumDepth + 1)
    let allowed =
      String(repeating: "[", count: JSON.maximumDepth)
      + String(repeating: "]", count: JSON.maximumDepth)
    #expect(JSON.parse(deep) == nil)
    #expect(JSON.parse(allowed) != nil)
  }

  @Test func subscriptReplacesAppendsAndRemoves() {
    var value: JSON = ["a": 1, "b": 2]
    value["a"] = "x"
    value["c"] = true
    value["b"] = nil
    #expect(value.serialized == #"{"a":"x","c":true}"#)
    #expect(value.canonical == #"{"a":"x","c":true}"#)
    let unordered: JSON = ["b": 1, "a": [["d": 1, "c": 2]]]
    #expect(unordered.canonical == #"{"a":[{"c":2,"d":1}],"b":1}"#)
  }

  @Test func quotesControlCharacters() {
    #expect(JSON.quote("a\"b\\c\u{1}\t") == #""a\"b\\c\u0001\t""#)
  }
}
