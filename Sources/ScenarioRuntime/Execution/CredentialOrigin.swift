import Foundation
import SpecModel

/// Values that are credentials by where they come from, so that they are masked from the
/// moment a scenario obtains them (`ScenarioRun.addSecret`):
///
/// - a capture (`KEY=$(curl … | jq -r .data.api_key)`) whose last jq program reads a field
///   named like a credential, or whose `grep`/`sed` filters pick a header or JSON member named
///   like one (`grep -i '^x-api-key:'`, `sed -n 's/.*"token":"\([^"]*\)".*/\1/p'`);
/// - the content of a file created private (`umask 077`, then `> FILE` or `curl -o FILE`)
///   or made private (`chmod 600 FILE`).
///
/// A name is a credential's when its last word (split at `_`, `-`, `.` and lower-to-upper case
/// changes) is `key`, `token`, `secret`, `password`, `passwd`, `apikey` or `credential(s)`:
/// `api_key`, `access_token`, `client_secret`, `X-Api-Key`, `apiKey`; not `key_id`,
/// `token_type` or `total_tokens`.
enum CredentialOrigin {
  static let credentialWords: Set<String> = [
    "key", "token", "secret", "password", "passwd", "apikey", "credential", "credentials",
  ]

  static func isCredentialName(_ name: String) -> Bool {
    guard let last = words(name).last else { return false }
    return credentialWords.contains(last)
  }

  /// `X-Api-Key` → `x`, `api`, `key`; `accessToken` → `access`, `token`.
  static func words(_ name: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousLower = false
    for character in name {
      guard character.isLetter || character.isNumber else {
        if !current.isEmpty { words.append(current.lowercased()) }
        current = ""
        previousLower = false
        continue
      }
      if character.isUppercase && previousLower {
        words.append(current.lowercased())
        current = ""
      }
      current.append(character)
      previousLower = character.isLowercase || character.isNumber
    }
    if !current.isEmpty { words.append(current.lowercased()) }
    return words
  }

  /// Whether the value a pipeline captures is a credential by the fields or headers it reads.
  static func capturesCredential(_ pipeline: Pipeline) -> Bool {
    let lastJQ = pipeline.filters.last { if case .jq = $0 { true } else { false } }
    if case .jq(let jq)? = lastJQ,
      JQOutputFields.fields(of: jq.program).contains(where: isCredentialName)
    {
      return true
    }
    for filter in pipeline.filters {
      let pattern: String
      switch filter {
      case .grep(let grep): pattern = TemplateSyntax.render(grep.pattern)
      case .substitute(let substitution): pattern = substitution.pattern
      case .sed(let sed):
        pattern = sed.scripts.map {
          if case .expression(let text) = $0 { text } else { "" }
        }.joined(separator: "\n")
      default: continue
      }
      if namesInPattern(pattern).contains(where: isCredentialName) { return true }
    }
    return false
  }

  /// Header names (`^X-Api-Key:`) and JSON member names (`"token":`) a pattern selects.
  static func namesInPattern(_ pattern: String) -> [String] {
    var names: [String] = []
    let header = /^\^?\s*([A-Za-z][A-Za-z0-9_-]*)\s*:/
    if let match = pattern.firstMatch(of: header) { names.append(String(match.1)) }
    for match in pattern.matches(of: /\\?"([A-Za-z_][A-Za-z0-9_-]*)\\?"\s*:/) {
      names.append(String(match.1))
    }
    return names
  }

  /// The secrets a private file holds: for JSON, the string members named like credentials
  /// and the whole text when it is one line; otherwise `NAME=VALUE` lines give their values,
  /// `Name: value` lines (a header dump) their values when the name is a credential's, and a
  /// line without blanks (a token file) is a secret whole. Prose and other header lines are
  /// not secrets.
  static func values(inPrivateContent bytes: [UInt8]) -> [String] {
    let text = String(decoding: bytes, as: UTF8.self)
    var values: [String] = []
    if let object = try? JSONSerialization.jsonObject(
      with: Data(bytes), options: [.fragmentsAllowed])
    {
      credentialMembers(of: object, into: &values)
      let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if !line.contains("\n") { values.append(line) }
      return values
    }
    for line in text.split(whereSeparator: \.isNewline) {
      let line = line.trimmingCharacters(in: .whitespaces)
      if let equals = line.firstIndex(of: "="), !line[..<equals].isEmpty,
        line[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
      {
        var value = String(line[line.index(after: equals)...])
        if value.count >= 2, let first = value.first, first == "\"" || first == "'",
          value.last == first
        {
          value = String(value.dropFirst().dropLast())
        }
        values.append(value)
      } else if let colon = line.firstIndex(of: ":"), !line[..<colon].isEmpty,
        line[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
      {
        if isCredentialName(String(line[..<colon])) {
          values.append(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
      } else if !line.contains(where: \.isWhitespace) {
        values.append(line)
      }
    }
    return values
  }

  private static func credentialMembers(of object: Any, into values: inout [String]) {
    if let dictionary = object as? [String: Any] {
      for (name, member) in dictionary {
        if let string = member as? String, isCredentialName(name) {
          values.append(string)
        } else {
          credentialMembers(of: member, into: &values)
        }
      }
    } else if let array = object as? [Any] {
      for element in array { credentialMembers(of: element, into: &values) }
    }
  }
}
