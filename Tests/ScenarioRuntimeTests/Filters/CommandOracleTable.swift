import Foundation
import Testing

/// One command line of a command's oracle table: compiled from a document block and
/// interpreted, then run by real bash, in a directory holding `CommandOracleTable.files`. The
/// status is printed (`|| echo "rc=$?"`), so failures are compared too.
struct CommandOracleCase: CustomTestStringConvertible, Sendable {
  var command: String
  var testDescription: String { command }

  init(_ command: String) { self.command = command }

  var bash: String { "\(command) || echo \"rc=$?\"" }
}

enum CommandOracleTable {
  /// The inputs commands read (as files, or on standard input with `< FILE`).
  static let files: [String: String] = [
    "log.txt":
      "GET /a 200\nPOST /b 500\nGET /c 404\nx\nGET /d 200\ny\nz\nPOST /e 201\nGET /f 200\n",
    "headers.txt":
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: 4f2a\r\n\r\n{\"id\":\"abc\",\"ok\":true}",
    "words.txt": "foo bar\nfoobar\nFoo Bar baz\nbar_foo foo-bar\n\nBAR\n",
    "nums.txt": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
    "mixed.txt": "Hello, World! 123\tTab\nÉcole été\nx\\y  z\n",
    "noeol.txt": "one\ntwo\nthree",
    "empty.txt": "",
    "regex.txt":
      "aa\nabab\nStraße STRASSE\nhéllo wörld HÉLLO\nx ab abc abcd\nfoo_bar foo bar\noooo ooo oo o\n日本語\naXb a-b\nxyz\n",
  ]

  static func prepare(_ directory: String) throws {
    for (name, content) in files {
      try Data(content.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
    }
  }

  static func check(_ oracleCase: CommandOracleCase, variables: [String: String] = [:])
    async throws
  {
    try await BashOracle.expectSame(
      oracleCase.bash, variables: variables, prepare: prepare)
  }
}
