import ScenarioRuntime
import Testing

/// The files a failing scenario's test attaches (Swift Testing attachments, written by
/// `swift test --attachments-path DIR`), each named after the scenario: its standard output
/// and error, the failing step's HTTP exchanges, the failure report and a reproduction script.
enum FailureAttachments {
  /// The attachments of `outcome`: name → contents (secrets already masked).
  static func files(_ outcome: ScenarioOutcome, report: FailureReport, rendered: String)
    -> [(name: String, contents: [UInt8])]
  {
    let id = outcome.id
    var files: [(String, [UInt8])] = [
      ("\(id)-report.txt", Array(rendered.utf8)),
      ("\(id)-stdout.txt", outcome.stdout),
      ("\(id)-stderr.txt", outcome.stderr),
    ]
    if let exchanges = outcome.detail?.exchanges, !exchanges.isEmpty {
      let text = exchanges.map { step in
        "# \(step.owner) line +\(step.line)\n"
          + FailureReport.exchangeLines(step.exchange).joined(separator: "\n") + "\n"
      }.joined(separator: "\n")
      files.append(("\(id)-exchanges.txt", Array(text.utf8)))
    }
    if outcome.failureLine != nil {
      files.append(("\(id)-reproduce.sh", Array(report.reproductionScript().utf8)))
    }
    return files.map { (name: $0.0, contents: $0.1) }
  }

  static func record(_ outcome: ScenarioOutcome, report: FailureReport, rendered: String) {
    for file in files(outcome, report: report, rendered: rendered) {
      Attachment.record(file.contents, named: file.name)
    }
  }
}
