import Foundation
import Testing

@testable import ScenarioRuntime

/// The reproduction's variable substitution, against bash: a command printed with the
/// variables set (`V=…; printf '[%s]\n' COMMAND`) prints the same as its resolved text run with
/// none of them set. Secrets and unknown names stay `$NAME`.
@Suite struct ShellVariableSubstitutionOracleTests {
  static let variables = [
    "PLAIN": "abc", "SPACED": "a b  c", "QUOTES": #"it's "quoted" $HOME \ `x`"#, "EMPTY": "",
    "STAR": "*", "URL": "http://h:1/p?q=1&r=2",
  ]

  /// Words as a document writes them (`printf` prints each argument in brackets).
  static let commands = [
    #"$PLAIN ${PLAIN} "$PLAIN" "${PLAIN}x""#,
    #"$SPACED "$SPACED" "pre $SPACED post""#,
    #"$QUOTES "$QUOTES" "[$QUOTES]""#,
    #"'$PLAIN' "'$PLAIN'" '${PLAIN}'"#,
    #"\$PLAIN "\$PLAIN" x\"$PLAIN"#,
    #""$EMPTY" x$EMPTY "$STAR" $URL"#,
    #"$PLAIN_ "$PLAIN"_ ${PLAIN}_ x$SPACED"y""#,
  ]

  static func bash(_ script: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", "set -euo pipefail; " + script]
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": "/home"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return "\(process.terminationStatus):" + String(decoding: data, as: UTF8.self)
  }

  @Test(arguments: commands)
  func resolvedTextPrintsWhatTheVariablesWould(_ command: String) throws {
    let assignments = Self.variables.sorted { $0.key < $1.key }.map {
      "\($0.key)=\(Quoting.always($0.value)); "
    }.joined()
    let expected = try Self.bash(assignments + "printf '[%s]\\n' " + command)
    let resolved = ShellVariableSubstitution.resolve(command, variables: Self.variables)
    // Names the run did not know (`PLAIN_`) stay: bash sets them to nothing here, as before.
    let actual = try Self.bash("PLAIN_=; printf '[%s]\\n' " + resolved)
    let withKnown = try Self.bash(assignments + "PLAIN_=; printf '[%s]\\n' " + command)
    #expect(actual == withKnown, "resolved: \(resolved)")
    #expect(expected.hasPrefix("0:") || expected.hasPrefix("1:"))
  }

  @Test func secretsAndUnknownNamesStay() {
    let text = #"curl -H "Authorization: Bearer $TOKEN" "$BASE/x" '$BASE'"#
    #expect(
      ShellVariableSubstitution.resolve(text, variables: ["BASE": "http://h"])
        == #"curl -H "Authorization: Bearer $TOKEN" "http://h/x" '$BASE'"#)
    // Other expansions stay as written.
    #expect(
      ShellVariableSubstitution.resolve(
        #"${BASE:-x} ${#BASE} $1 $(echo $BASE)"#, variables: ["BASE": "h"])
        == #"${BASE:-x} ${#BASE} $1 $(echo h)"#)
    #expect(Interpreter.namesASecret("API_TOKEN") && Interpreter.namesASecret("master_key"))
    #expect(!Interpreter.namesASecret("BASE_URL"))
  }
}
