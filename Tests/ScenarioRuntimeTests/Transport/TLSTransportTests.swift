import Foundation
import Synchronization
import Testing

@testable import ScenarioRuntime

/// HTTPS against `openssl s_server -WWW` on 127.0.0.1 with a throwaway self-signed certificate.
@Suite(.serialized) struct TLSTransportTests {
  static let openssl = "/usr/bin/openssl"

  /// A running `openssl s_server` serving `hello.txt` over HTTPS.
  final class TLSServer: Sendable {
    let port: Int
    let directory: String
    private let process: Process

    init() async throws {
      directory =
        FileManager.default.temporaryDirectory.appendingPathComponent(
          "curl-tls-\(UUID().uuidString)"
        ).path
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try Data("hello\n".utf8).write(to: URL(fileURLWithPath: directory + "/hello.txt"))
      let certificate = Process()
      certificate.executableURL = URL(fileURLWithPath: TLSTransportTests.openssl)
      certificate.arguments = [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "k.pem", "-out", "c.pem",
        "-days", "1", "-subj", "/CN=localhost",
      ]
      certificate.currentDirectoryURL = URL(fileURLWithPath: directory)
      certificate.standardError = FileHandle.nullDevice
      try await withCheckedThrowingContinuation {
        (continuation: CheckedContinuation<Void, any Error>) in
        certificate.terminationHandler = { _ in continuation.resume() }
        do {
          try certificate.run()
        } catch {
          continuation.resume(throwing: error)
        }
      }
      port = try await TransportOracleTests.closedPort()
      process = Process()
      process.executableURL = URL(fileURLWithPath: TLSTransportTests.openssl)
      process.arguments = [
        "s_server", "-accept", "127.0.0.1:\(port)", "-cert", "c.pem", "-key", "k.pem", "-WWW",
        "-quiet",
      ]
      process.currentDirectoryURL = URL(fileURLWithPath: directory)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Wait until it accepts connections.
      for _ in 0..<50 {
        let run = try await CurlOracle.runCurl(
          ResolvedRequest(method: "GET", url: "https://127.0.0.1:\(port)/hello.txt"),
          scratch: directory, files: [])
        if run.exitCode != 7 { break }
        try await Task.sleep(for: .milliseconds(100))
      }
    }

    func stop() {
      // s_server does not stop on SIGTERM.
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      try? FileManager.default.removeItem(atPath: directory)
    }
  }

  // Opt-in: on a loaded 2-core machine `openssl s_server` was seen refusing a connection right
  // after serving curl's, which fails the comparison for reasons outside the transport.
  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["RUN_TLS_TESTS"] == "1",
      "TLS oracle against openssl s_server runs only with RUN_TLS_TESTS=1 (flaky under load)"))
  func insecureAndVerifiedTransfers() async throws {
    guard CurlOracle.isAvailable, FileManager.default.isExecutableFile(atPath: Self.openssl) else {
      print("skipped: /usr/bin/curl or /usr/bin/openssl is missing, TLS cases not run")
      return
    }
    let server = try await TLSServer()
    defer { server.stop() }
    let transport = HTTPClientTransport()
    let url = "https://127.0.0.1:\(server.port)/hello.txt"

    var insecure = ResolvedCurlOptions()
    insecure.silent = true
    insecure.insecure = true
    insecure.includeHeaders = true
    insecure.writeOut = "%{http_code} %{scheme}"
    let request = ResolvedRequest(method: "GET", url: url, options: insecure)
    var expected = try await CurlOracle.runCurl(request, scratch: server.directory, files: [])
    // Known difference: NIO's parser drops the reason phrase and the transport prints NIO's
    // own for the code (s_server says `200 ok`).
    expected.stdout = Array(
      String(decoding: expected.stdout, as: UTF8.self).replacing("200 ok\r\n", with: "200 OK\r\n")
        .utf8)
    let ours = await CurlOracle.runTransport(
      transport, request, scratch: server.directory, files: [])
    #expect(ours == expected)

    var verified = ResolvedCurlOptions()
    verified.silent = true
    verified.showError = true
    let strict = ResolvedRequest(method: "GET", url: url, options: verified)
    let curlFailure = try await CurlOracle.runCurl(strict, scratch: server.directory, files: [])
    let ourFailure = await CurlOracle.runTransport(
      transport, strict, scratch: server.directory, files: [])
    try await transport.shutdown()
    #expect(ourFailure.exitCode == curlFailure.exitCode)
    let ourText = String(decoding: ourFailure.stderr, as: UTF8.self)
    #expect(ourText.hasPrefix("curl: (60) SSL certificate problem: "), "\(ourText)")
    #expect(ourText.hasSuffix(CurlDiagnostics.certificateAdvice))
  }
}
