import Foundation
import OracleSupport
import Testing

@testable import ScenarioRuntime

/// `SecretMasking` and `SecretForms`: every form of a secret becomes `***`, checked against what
/// the real tools (GNU base64/basenc, jq) and Foundation print.
@Suite struct SecretMaskingTests {
  /// Needs every escape: `/`, `"`, `\`, a space, `+`, non-ASCII.
  static let secret = #"sk-Live/Pa55"w0rd\+x y-é-0123456789"#
  static let masking = SecretMasking(secrets: [secret])

  static func masked(_ text: String) -> String { masking.mask(text) }

  @Test func theExactValueAndItsCaseChangedFormsAreMasked() {
    #expect(Self.masked("a \(Self.secret) b") == "a *** b")
    #expect(Self.masked("a \(Self.secret.uppercased()) b") == "a *** b")
    #expect(Self.masked("a \(Self.secret.lowercased()) b") == "a *** b")
  }

  @Test func shortValuesAreNotSecrets() {
    #expect(SecretMasking(secrets: ["abc"]).mask("abc abc") == "abc abc")
  }

  @Test func percentEncodedFormsAreMasked() throws {
    let strict = try #require(
      Self.secret.addingPercentEncoding(
        withAllowedCharacters: CharacterSet(
          charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")))
    #expect(Self.masked("q=\(strict)&x=1") == "q=***&x=1")
    #expect(Self.masked("q=\(strict.lowercased())") == "q=***")
    let form = strict.replacingOccurrences(of: "%20", with: "+")
    #expect(Self.masked("q=\(form)") == "q=***")
  }

  @Test(.requiresTools("/usr/bin/jq"))
  func jqsURIAndJSONFormsAreMasked() throws {
    for program in ["$s|@uri", "$s", "{s:$s}", "$s|ascii_upcase", "$s|ascii_downcase|@uri"] {
      let outcome = try ToolOracle.run(
        ["/usr/bin/jq", "-cn", "--arg", "s", Self.secret, program], input: [])
      let text = String(decoding: outcome.stdout, as: UTF8.self)
      #expect(text.contains("***") == false && Self.masked(text).contains("***"), "\(program)")
      #expect(!Self.masked(text).contains("Pa55"), "\(program): \(Self.masked(text))")
    }
  }

  @Test func foundationJSONWithEscapedSlashesAndASCIIEscapesIsMasked() throws {
    let data = try JSONSerialization.data(withJSONObject: ["s": Self.secret])
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains(#"\/"#))
    #expect(Self.masked(text) == #"{"s":"***"}"#)
    let ascii = String(
      decoding: SecretForms.jsonEscaped(
        Array(Self.secret.utf8), slash: false, asciiOnly: true), as: UTF8.self)
    #expect(ascii.contains(#"\u00e9"#))
    #expect(Self.masked("[\"\(ascii)\"]") == #"["***"]"#)
  }

  @Test func base64OfTheSecretAloneIsMaskedInEveryAlphabetWithOrWithoutPadding() {
    let data = Data(Self.secret.utf8)
    let standard = data.base64EncodedString()
    let urlSafe = standard.replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_")
    for encoding in [standard, urlSafe] {
      #expect(Self.masked("v=\(encoding);") == "v=***;")
      let unpadded = encoding.replacingOccurrences(of: "=", with: "")
      #expect(Self.masked("v=\(unpadded);") == "v=***;")
    }
  }

  /// Inside a longer value (`user:SECRET`), at every alignment, in both alphabets, through the
  /// real encoders: what stays visible around `***` is what encodes the neighbours plus at
  /// most two characters on each side.
  @Test(
    .requiresTools("/usr/bin/base64", "/usr/bin/basenc"),
    arguments: [["/usr/bin/base64", "-w0"], ["/usr/bin/basenc", "--base64url", "-w0"]])
  func base64OfAValueContainingTheSecretIsMaskedAtEveryAlignment(_ encoder: [String]) throws {
    for prefix in ["", "u", "us", "qa:", "user:", "admin:"] {
      for suffix in ["", "!", "!!", "@host"] {
        let input = Array((prefix + Self.secret + suffix).utf8)
        let encoded = String(
          decoding: try ToolOracle.run(encoder, input: input).stdout, as: UTF8.self)
        let masked = Self.masked(encoded)
        #expect(masked.contains("***"), "\(prefix)…\(suffix): \(masked)")
        let visible = masked.replacingOccurrences(of: "***", with: "").count
        let neighbours = Data((prefix + suffix).utf8).base64EncodedString().count
        #expect(visible <= neighbours + 8, "\(prefix)…\(suffix): \(masked)")
      }
    }
  }

  @Test func theBasicCredentialOfCurlUIsMaskedWhereverItIsPrinted() {
    let basic = Data("qa:\(Self.secret)".utf8).base64EncodedString()
    let masked = Self.masked(#"{"headers":[["Authorization","Basic \#(basic)"]]}"#)
    #expect(!masked.contains(String(basic.dropFirst(4).prefix(12))))
    #expect(masked.contains("***"))
  }

  @Test func headerLinesStayMaskedByName() {
    #expect(
      SecretMasking(secrets: []).mask("Authorization: Bearer abc\r\n  \"x-api-key: k\n")
        == "Authorization: ***\r\n  \"x-api-key: ***\n")
  }

  @Test func theLongestFormWinsWhenSecretsOverlap() {
    let masking = SecretMasking(secrets: ["abcd", "abcdefgh"])
    #expect(masking.mask("xabcdefghx abcdx") == "x***x ***x")
  }
}

extension SecretMaskingTests {
  /// Ten secrets in all their forms over 4 MiB of output with a secret every 64 KiB.
  @Test(.timeLimit(.minutes(1))) func maskingALargeOutputStaysFast() {
    let secrets = (0..<10).map { "secret-\($0)-0123456789abcdef" }
    let masking = SecretMasking(secrets: secrets)
    var output = [UInt8](repeating: UInt8(ascii: "a"), count: 4 << 20)
    for (number, offset) in stride(from: 0, to: output.count - 64, by: 65536).enumerated() {
      output.replaceSubrange(offset..<(offset + 26), with: Array(secrets[number % 10].utf8))
    }
    // The thread's CPU time, so that other work on the machine does not count.
    let start = ThreadCPUTime.now
    let masked = masking.mask(output)
    let elapsed = ThreadCPUTime.now - start
    #expect(!String(decoding: masked, as: UTF8.self).contains("secret-"))
    print("SecretMasking: 4 MiB, \(masking.secrets.count) forms: \(elapsed)")
    #expect(elapsed < .seconds(20))
  }
}
