import Foundation
import NIOSSL
import Testing

@testable import ScenarioRuntime

/// HTTPS against the transport tests' server with a throwaway self-signed certificate (made by
/// `openssl req`), compared with real curl.
@Suite struct TLSTransportTests {
  static let openssl = "/usr/bin/openssl"

  /// A self-signed certificate for `localhost` and its key, in a fresh directory.
  static func certificate() async throws -> (directory: String, context: NIOSSLContext) {
    let directory =
      FileManager.default.temporaryDirectory.appendingPathComponent("curl-tls-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let status = try await Spawn.run(
      [
        openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", directory + "/k.pem",
        "-out", directory + "/c.pem", "-days", "1", "-subj", "/CN=localhost",
      ], stdoutPath: "/dev/null", stderrPath: "/dev/null")
    try #require(status == 0, "openssl req failed")
    let configuration = TLSConfiguration.makeServerConfiguration(
      certificateChain: try NIOSSLCertificate.fromPEMFile(directory + "/c.pem").map {
        .certificate($0)
      },
      privateKey: .file(directory + "/k.pem"))
    return (directory, try NIOSSLContext(configuration: configuration))
  }

  @Test func insecureAndVerifiedTransfers() async throws {
    guard CurlOracle.isAvailable, FileManager.default.isExecutableFile(atPath: Self.openssl) else {
      print("skipped: /usr/bin/curl or /usr/bin/openssl is missing, TLS cases not run")
      return
    }
    let (directory, context) = try await Self.certificate()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let server = try await TestHTTPServer.start(tls: context)
    let transport = HTTPClientTransport()
    let url = server.secureBaseURL + "/json"

    var insecure = ResolvedCurlOptions()
    insecure.silent = true
    insecure.insecure = true
    insecure.includeHeaders = true
    insecure.writeOut = "%{http_code} %{scheme}"
    let request = ResolvedRequest(method: "GET", url: url, options: insecure)
    // `Date:` may tick between the two transfers.
    let expected = CurlOracle.normalised(
      try await CurlOracle.runCurl(request, scratch: directory, files: []), scratch: directory,
      times: false)
    let ours = CurlOracle.normalised(
      await CurlOracle.runTransport(transport, request, scratch: directory, files: []),
      scratch: directory, times: false)
    #expect(expected.exitCode == 0)
    #expect(ours == expected)

    var verified = ResolvedCurlOptions()
    verified.silent = true
    verified.showError = true
    let strict = ResolvedRequest(method: "GET", url: url, options: verified)
    let curlFailure = try await CurlOracle.runCurl(strict, scratch: directory, files: [])
    let ourFailure = await CurlOracle.runTransport(transport, strict, scratch: directory, files: [])
    try await transport.shutdown()
    await server.stop()
    #expect(curlFailure.exitCode == 60)
    #expect(ourFailure.exitCode == curlFailure.exitCode)
    let ourText = String(decoding: ourFailure.stderr, as: UTF8.self)
    #expect(ourText.hasPrefix("curl: (60) SSL certificate problem: "), "\(ourText)")
    #expect(ourText.hasSuffix(CurlDiagnostics.certificateAdvice))
  }
}
