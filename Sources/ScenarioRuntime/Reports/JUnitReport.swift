/// A run as JUnit XML (the Jenkins/Ant `junit-10` schema CI systems read): one `testsuite` for
/// the document, one `testcase` per scenario with its markdown `file` and `line`, the failure
/// report as the `failure` text, standard output and error in `system-out`/`system-err`;
/// unsupported scenarios are `error`s, scenarios selected but not run are `skipped`.
public struct JUnitReport: Sendable {
  public struct Case: Sendable {
    public var outcome: ScenarioOutcome
    /// The scenario's heading line.
    public var line: Int
    /// The failure report (`FailureReport.render()`); nil for a passing scenario.
    public var report: String?

    public init(outcome: ScenarioOutcome, line: Int, report: String?) {
      self.outcome = outcome
      self.line = line
      self.report = report
    }
  }

  /// A scenario that was selected but did not run (the run stopped first).
  public struct Skipped: Sendable {
    public var id: String
    public var title: String
    public var line: Int
    public var reason: String

    public init(id: String, title: String, line: Int, reason: String) {
      self.id = id
      self.title = title
      self.line = line
      self.reason = reason
    }
  }

  public var suiteName: String
  /// The markdown as test reports name it (relative to the repository, ideally).
  public var file: String
  public var cases: [Case]
  public var skipped: [Skipped]

  public init(suiteName: String, file: String, cases: [Case], skipped: [Skipped] = []) {
    self.suiteName = suiteName
    self.file = file
    self.cases = cases
    self.skipped = skipped
  }

  public func render() -> String {
    let failures = cases.filter {
      !$0.outcome.passed && $0.outcome.unsupported.isEmpty
    }.count
    let errors = cases.filter { !$0.outcome.unsupported.isEmpty }.count
    let time = cases.reduce(0) { $0 + $1.outcome.seconds }
    let counts =
      "tests=\"\(cases.count + skipped.count)\" failures=\"\(failures)\" errors=\"\(errors)\" "
      + "skipped=\"\(skipped.count)\" time=\"\(Self.seconds(time))\""
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\(Self.attribute(suiteName)) \(counts)>\n"
    xml += "  <testsuite name=\(Self.attribute(suiteName)) \(counts)>\n"
    for testCase in cases { xml += render(testCase) }
    for skip in skipped {
      xml += "    <testcase \(caseAttributes(id: skip.id, title: skip.title, line: skip.line))"
      xml += " time=\"0\">\n"
      xml += "      <skipped message=\(Self.attribute(skip.reason))/>\n"
      xml += "    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  private func render(_ testCase: Case) -> String {
    let outcome = testCase.outcome
    var xml =
      "    <testcase \(caseAttributes(id: outcome.id, title: outcome.title, line: testCase.line))"
    xml += " time=\"\(Self.seconds(outcome.seconds))\">\n"
    if !outcome.unsupported.isEmpty {
      let text = outcome.unsupported.map { "\(file):\($0.line):\($0.column): \($0.message)" }
        .joined(separator: "\n")
      xml += "      <error message=\"UNSUPPORTED: the compiler could not lower this scenario\""
      xml += " type=\"UNSUPPORTED\">\(Self.text(text))</error>\n"
    } else if !outcome.passed {
      let summary = testCase.report.flatMap(Self.summary) ?? outcome.statusWord
      xml += "      <failure message=\(Self.attribute(summary))"
      xml +=
        " type=\(Self.attribute(outcome.statusWord))>\(Self.text(testCase.report ?? outcome.failureMessage))</failure>\n"
    }
    if !outcome.stdout.isEmpty {
      xml +=
        "      <system-out>\(Self.text(String(decoding: outcome.stdout, as: UTF8.self)))</system-out>\n"
    }
    if !outcome.stderr.isEmpty {
      xml +=
        "      <system-err>\(Self.text(String(decoding: outcome.stderr, as: UTF8.self)))</system-err>\n"
    }
    return xml + "    </testcase>\n"
  }

  private func caseAttributes(id: String, title: String, line: Int) -> String {
    "name=\(Self.attribute("\(id) \(title)")) classname=\(Self.attribute(suiteName))"
      + " file=\(Self.attribute(file)) line=\"\(line)\""
  }

  /// The report's first line of what failed (`curl -f got HTTP 404`), for the message.
  static func summary(_ report: String) -> String? {
    let lines = report.split(separator: "\n")
    guard let index = lines.firstIndex(where: { $0 == "  what failed:" }), index + 1 < lines.count
    else { return nil }
    return String(lines[index + 1].drop { $0 == " " })
  }

  static func seconds(_ value: Double) -> String {
    guard value.isFinite, value > 0 else { return "0" }
    return String(Double(Int((value * 1000).rounded())) / 1000)
  }

  /// A quoted attribute value.
  static func attribute(_ value: String) -> String {
    "\"" + escape(value, attribute: true) + "\""
  }

  static func text(_ value: String) -> String { escape(value, attribute: false) }

  /// XML 1.0 escaping; characters XML cannot carry (most control characters) become `?`.
  static func escape(_ value: String, attribute: Bool) -> String {
    var out = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\n" where attribute: out += "&#10;"
      case "\r": out += "&#13;"
      case "\t" where attribute: out += "&#9;"
      case "\t", "\n": out.unicodeScalars.append(scalar)
      default:
        let v = scalar.value
        let allowed =
          (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
        if allowed { out.unicodeScalars.append(scalar) } else { out += "?" }
      }
    }
    return out
  }
}
