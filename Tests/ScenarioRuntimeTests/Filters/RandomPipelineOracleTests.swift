import Foundation
import Testing

/// `openssl rand -hex N` / `-base64 N` against OpenSSL 3, compared by shape (each random
/// character mapped to one letter by `tr`, so lengths, line breaks and alphabets must agree),
/// and the messages for bad counts; `uuidgen` (not installed here) against the RFC 4122
/// version-4 shape, and two calls differ.
@Suite(.requiresTools("/usr/bin/openssl"))
struct RandomPipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "openssl rand -hex 16 | tr '0-9a-f' 'x'",
    "openssl rand -hex 1 | tr '0-9a-f' 'x'",
    "openssl rand -hex 100 | tr '0-9a-f' 'x'",
    "N=32\nopenssl rand -hex \"$N\" | tr '0-9a-f' 'x'",
    "openssl rand -base64 10 | tr 'A-Za-z0-9+/' 'b'",
    "openssl rand -base64 48 | tr 'A-Za-z0-9+/' 'b'",
    "openssl rand -base64 49 | tr 'A-Za-z0-9+/' 'b'",
    "openssl rand -base64 200 | tr 'A-Za-z0-9+/' 'b'",
    "K=$(openssl rand -hex 8)\necho \"${#K}\"",
    "openssl rand -hex abc",
    "openssl rand -hex 3x",
    "openssl rand -hex 0",
    "N=' 4'\nopenssl rand -hex \"$N\" | tr '0-9a-f' 'x'",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesOpenSSL(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }

  @Test func uuidgenPrintsDistinctVersion4UUIDs() async throws {
    let result = try await Snippet.interpret(
      "A=$(uuidgen)\nB=$(uuidgen -r)\necho \"$A\"\necho \"$B\"")
    #expect(result.status == 0)
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    for line in lines {
      #expect(
        line.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/)
          != nil, "\(line)")
    }
    #expect(Set(lines).count == 2)
  }
}
