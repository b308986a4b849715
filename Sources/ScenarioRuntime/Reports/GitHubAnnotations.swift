/// GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`): a failing
/// scenario shows on the pull request's diff, at its markdown line. Printed when
/// `GITHUB_ACTIONS=true`.
public enum GitHubAnnotations {
  public static func isEnabled(environment: [String: String]) -> Bool {
    environment["GITHUB_ACTIONS"] == "true"
  }

  /// The annotation of a failing scenario: its report as the message, at its failing line.
  public static func error(file: String, line: Int, title: String, message: String) -> String {
    "::error file=\(property(file)),line=\(line),title=\(property(title))::\(data(message))"
  }

  /// Message text: `%`, CR and LF escaped.
  static func data(_ value: String) -> String {
    var out = ""
    for char in value.unicodeScalars {
      switch char {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(char)
      }
    }
    return out
  }

  /// Property values also escape `:` and `,`.
  static func property(_ value: String) -> String {
    data(value).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}
