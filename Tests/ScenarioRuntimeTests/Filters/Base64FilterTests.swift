import ScenarioRuntime
import SpecModel
import Testing

struct Base64FilterTests {
  static let encoded: [(String, String)] = [
    ("", ""),
    ("a", "YQ==\n"),
    ("ab", "YWI=\n"),
    ("abc", "YWJj\n"),
    ("hello\n", "aGVsbG8K\n"),
    (String(repeating: "x", count: 57), String(repeating: "eHh4", count: 19) + "\n"),
    (String(repeating: "x", count: 58), String(repeating: "eHh4", count: 19) + "\neA==\n"),
  ]

  @Test(arguments: encoded)
  func encode(_ input: String, _ output: String) throws {
    #expect(try runFilter(.base64(decode: false), input) == FilterResult(output: bytes(output)))
  }

  static let decoded: [(String, String, Int32)] = [
    ("aGVsbG8=", "hello", 0),
    ("aGVs\nbG8=\n", "hello", 0),
    ("aGVsbG8=aGk=", "hellohi", 0),
    ("aGVsbG8", "hello", 1),
    ("aGVs bG8=", "hel", 1),
    ("aGVsbA==\r\n", "hell", 1),
    ("a", "", 1),
    ("", "", 0),
  ]

  @Test(arguments: decoded)
  func decode(_ input: String, _ output: String, _ status: Int32) throws {
    let result = try runFilter(.base64(decode: true), input)
    #expect(text(result.output) == output)
    #expect(result.status == status)
    #expect(text(result.stderr) == (status == 0 ? "" : "base64: invalid input\n"))
  }

  @Test func roundTripsEveryByte() throws {
    let all = (0...255).map { UInt8($0) }
    let encoded = try runFilter(.base64(decode: false), all).output
    #expect(try runFilter(.base64(decode: true), encoded).output == all)
  }
}
