import Foundation
import ScenarioRuntime
import SpecCompiler
import Testing

/// Secrets end to end through `DocumentRunner`: derived forms a server echoes, credentials a
/// scenario obtains (captures named like credentials, private files), and a scenario that
/// only uses a `.env` variable.
@Suite struct SecretOriginTests {
  static let secret = #"Pa55/w0rd+"Quoted" x-0123456789"#

  /// A runner for `markdown` in a fresh directory whose `.env` holds `SECRET`.
  static func runner(_ markdown: String, transport: any CurlTransport) throws -> (
    DocumentRunner, String
  ) {
    let output = DocumentCompiler.compile(markdown: markdown, file: "secrets.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    let directory = Snippet.temporaryDirectory()
    try "SECRET='\(secret)'\nMASTER_KEY=mk-0123456789abcdef\n".write(
      toFile: directory + "/.env", atomically: true, encoding: .utf8)
    let configuration = RunnerConfiguration(
      documentStem: "secrets", environment: Snippet.baseVariables(home: directory),
      qaSuffix: "test", runDirectory: directory + "/run",
      timeout: DocumentRunnerTests.generousLimit, keepArtifacts: true,
      workingDirectory: directory, transport: transport)
    let loaded = compiled
    return (DocumentRunner(loaded, configuration: configuration), directory)
  }

  static func document(_ scenarios: [String]) -> String {
    var text = """
      # Secrets

      ## Auth-enabled runtime environment

      ```bash
      set -a
      source .env
      set +a
      ```

      ## Checks


      """
    for (index, bash) in scenarios.enumerated() {
      text += "### S0\(index + 1) Probe \(index + 1)\n\nDoes a thing.\n\n```bash\n\(bash)\n```\n\n"
    }
    return text
  }

  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  /// The request as a server saw it, echoed as JSON: the `Basic` credential of `-u`, the
  /// percent-encoded form body, an upper-cased header and the secret's base64, JSON-escaped.
  @Test func formsOfASecretAServerEchoesAreMaskedInOutputAndRawLog() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let bash = """
      UPPER=$(printf '%s' "$SECRET" | tr a-z A-Z)
      ENCODED=$(printf '%s' "$SECRET" | base64)
      curl -sS -u "qa:$SECRET" "\(server.baseURL)/echo" -H "X-Upper: $UPPER" \\
        -H "X-Encoded: $ENCODED" --data-urlencode "s=$SECRET"
      curl -sS "\(server.baseURL)/echo" --data-urlencode "s=$SECRET" | jq -r '.body'
      curl -sS -u "qa:$SECRET" "\(server.baseURL)/echo" -d x | jq -c '.headers' >&2
      """
    let (runner, directory) = try Self.runner(Self.document([bash]), transport: transport)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = await runner.run("S01")
    try await transport.shutdown()
    await server.stop()
    #expect(outcome.passed, "\(Self.text(outcome.stderr))")
    let stdout = Self.text(outcome.stdout)
    let stderr = Self.text(outcome.stderr)
    #expect(stdout.contains("***"))
    let raw = try String(
      contentsOfFile: try await runner.logFiles().rawLog.path, encoding: .utf8)
    let escaped = Self.secret.replacingOccurrences(of: "\"", with: "\\\"")
      .replacingOccurrences(of: "/", with: "\\/")
    let forms = [
      Self.secret, escaped, Self.secret.uppercased(), Data(Self.secret.utf8).base64EncodedString(),
      Self.secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!,
      // The stable middle of the `Basic` value of `qa:SECRET`.
      String(Data("qa:\(Self.secret)".utf8).base64EncodedString().dropFirst(4).prefix(16)),
      "Pa55", "PA55", "UGE1NS93",
    ]
    for form in forms {
      #expect(!stdout.contains(form), "stdout shows \(form): \(stdout)")
      #expect(!stderr.contains(form), "stderr shows \(form): \(stderr)")
      #expect(!raw.contains(form), "raw log shows \(form)")
    }
  }

  /// A key the server mints and the document captures by a credential's field name is masked
  /// from the capture on; the scenario still compares and sends the real value.
  @Test func aMintedKeyCapturedByItsFieldNameIsMasked() async throws {
    let transport = FakeTransport([
      "http://gw/keys": .init(#"{"id":"key-1","key_id":"kid-123456","key":"mk-minted-777777"}"#),
      "http://gw/nested": .init(#"{"data":{"api_key":"nested-key-8888"},"token":"tok-9999999"}"#),
      "http://gw/headers": .init("HTTP/1.1 200 OK\r\nX-Api-Key: hdr-key-5555\r\n\r\n{}"),
    ])
    let bash = """
      NEW_KEY=$(curl -sS http://gw/keys | jq -r .key)
      echo "$NEW_KEY"
      [ "$NEW_KEY" = mk-minted-777777 ] && echo same
      KEY_ID=$(curl -sS http://gw/keys | jq -r '.key_id')
      echo "$KEY_ID"
      NESTED=$(curl -sS http://gw/nested | jq -r '.data.api_key')
      TOKEN=$(curl -sS http://gw/nested | jq -r '.token // empty')
      HEADER=$(curl -sS http://gw/headers | grep -i '^x-api-key:' | cut -d' ' -f2 | tr -d '\\r')
      echo "$NESTED $TOKEN $HEADER"
      printf '%s' "$NEW_KEY" > "$QA_RUN_DIR/minted.txt"
      """
    let later = #"printf 'later: %s\n' "$(cat "$QA_RUN_DIR/minted.txt")""#
    let (runner, directory) = try Self.runner(Self.document([bash, later]), transport: transport)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = await runner.run("S01")
    #expect(outcome.passed, "\(Self.text(outcome.stderr))")
    #expect(Self.text(outcome.stdout) == "***\nsame\nkid-123456\n*** *** ***\n")
    // A later scenario that prints the stored key still shows `***`.
    #expect(Self.text(await runner.run("S02").stdout) == "later: ***\n")
  }

  @Test func filesWrittenPrivateOrMadePrivateHoldSecrets() async throws {
    let bash = """
      (
        umask 077
        printf 'private-token-4242\\n' > "$QA_RUN_DIR/token"
      )
      printf '{"name":"n1","client_secret":"cs-31337-abc"}\\n' > "$QA_RUN_DIR/creds.json"
      printf 'public-value-1234\\n' > "$QA_RUN_DIR/public"
      chmod 600 "$QA_RUN_DIR/creds.json"
      cat "$QA_RUN_DIR/token"
      cat "$QA_RUN_DIR/public"
      jq -r '.name, .client_secret' "$QA_RUN_DIR/creds.json"
      """
    let (runner, directory) = try Self.runner(
      Self.document([bash]), transport: FakeTransport())
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = await runner.run("S01")
    #expect(outcome.passed, "\(Self.text(outcome.stderr))")
    #expect(Self.text(outcome.stdout) == "***\npublic-value-1234\nn1\n***\n")
  }

  /// `$MASTER_KEY` comes only from `.env`: the scenario gets the environment that loads it
  /// (the bash runner replays every setup block), and its value is masked.
  @Test func aScenarioUsingOnlyAnEnvVariableRunsWithTheEnvironmentThatLoadsIt() async throws {
    let bash = #"printf 'length=%s key=%s\n' "${#MASTER_KEY}" "$MASTER_KEY""#
    let (runner, directory) = try Self.runner(
      Self.document([bash]), transport: FakeTransport())
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = await runner.run("S01")
    #expect(outcome.passed, "\(Self.text(outcome.stderr))")
    #expect(Self.text(outcome.stdout) == "length=19 key=***\n")
  }

  /// `curl -o FILE` under `umask 077`: the file curl creates is private, its credential
  /// members are secrets; the same download under the default umask is not.
  @Test func aResponseCurlSavesUnderAPrivateUmaskHoldsSecrets() async throws {
    let bash = """
      (
        umask 077
        curl -sS http://gw/keys -o "$QA_RUN_DIR/private.json"
      )
      curl -sS http://gw/other -o "$QA_RUN_DIR/public.json"
      jq -r '.id, .api_key' "$QA_RUN_DIR/private.json" "$QA_RUN_DIR/public.json"
      """
    let transport = SavingTransport(bodies: [
      "http://gw/keys": #"{"id":"k1","api_key":"ak-private-4242"}"#,
      "http://gw/other": #"{"id":"k2","api_key":"ak-public-5353"}"#,
    ])
    let (runner, directory) = try Self.runner(Self.document([bash]), transport: transport)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = await runner.run("S01")
    #expect(outcome.passed, "\(Self.text(outcome.stderr))")
    #expect(Self.text(outcome.stdout) == "k1\n***\nk2\nak-public-5353\n")
  }
}

/// Answers with a fixed body per URL and, like curl, writes it to `-o FILE`, created with the
/// shell's file mode.
final class SavingTransport: CurlTransport {
  let bodies: [String: String]

  init(bodies: [String: String]) {
    self.bodies = bodies
  }

  func perform(
    _ request: ResolvedRequest, stdout: @escaping @Sendable ([UInt8]) async -> Void
  ) async -> TransferResult {
    let body = Array((bodies[request.url] ?? "").utf8)
    guard let path = request.options.output else {
      await stdout(body)
      return TransferResult(exitCode: 0)
    }
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode_t(request.options.fileMode))
    guard fd >= 0 else { return TransferResult(exitCode: 23) }
    _ = fchmod(fd, mode_t(request.options.fileMode))
    _ = body.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    return TransferResult(exitCode: 0)
  }
}
