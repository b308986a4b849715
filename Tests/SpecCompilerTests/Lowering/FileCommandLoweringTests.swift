import SpecModel
import Testing

@testable import SpecCompiler

/// `cp`, `mv`, `ln`, `rmdir`, `readlink`, `mktemp`, `ls`, `stat`, `du`, `truncate` keep their
/// argument vector; the options the compiler sees are checked against the runtime's table.
@Suite struct FileCommandLoweringTests {
  @Test(arguments: [
    ("cp -r a b", FileCommandCall(command: .cp, arguments: ["-r", "a", "b"])),
    ("mv -f -- a b", FileCommandCall(command: .mv, arguments: ["-f", "--", "a", "b"])),
    ("ln -sfn a b", FileCommandCall(command: .ln, arguments: ["-sfn", "a", "b"])),
    ("rmdir -p a/b", FileCommandCall(command: .rmdir, arguments: ["-p", "a/b"])),
    ("readlink -f x", FileCommandCall(command: .readlink, arguments: ["-f", "x"])),
    ("mktemp -d", FileCommandCall(command: .mktemp, arguments: ["-d"])),
    ("ls -1A d", FileCommandCall(command: .ls, arguments: ["-1A", "d"])),
    ("stat -c %s f", FileCommandCall(command: .stat, arguments: ["-c", "%s", "f"])),
    ("du -sb d", FileCommandCall(command: .du, arguments: ["-sb", "d"])),
    ("truncate -s 0 f", FileCommandCall(command: .truncate, arguments: ["-s", "0", "f"])),
    ("cp --recur a b", FileCommandCall(command: .cp, arguments: ["--recur", "a", "b"])),
  ])
  func keepsTheArguments(_ command: String, _ call: FileCommandCall) {
    #expect(Lowered.pipeline(command)?.source == .fileCommand(call))
  }

  @Test func aWordListIsOneTemplate() {
    let source = Lowered.pipeline("cp \"$@\" dir")?.source
    guard case .fileCommand(let call)? = source else {
      Issue.record("\(String(describing: source))")
      return
    }
    #expect(call.arguments.count == 2)
  }

  /// `NAME=$(mktemp -t …)` is the command `mktemp` captured, not the `-d`/`-p` step.
  @Test func mktempWithOtherOptionsIsTheCommand() {
    let (steps, diagnostics) = Lowered.steps("F=$(mktemp -t job.XXXXXX)")
    #expect(diagnostics.isEmpty)
    #expect(!"\(steps)".contains("makeTemporary"), "\(steps)")
    #expect("\(steps)".contains("fileCommand"), "\(steps)")
  }

  @Test(arguments: [
    ("ls -l", "doc.md:10:4: error: ls option '-l' is not supported"),
    ("cp --reflink a b", "doc.md:10:4: error: cp option '--reflink' is not supported"),
    ("mv a -x b", "doc.md:10:6: error: mv option '-x' is not supported"),
    ("cp -t", "doc.md:10:4: error: cp option '-t' needs a value"),
    ("stat f", "stat without -c, --format or --printf is not supported"),
    ("cp *.json d", "doc.md:10:4:"),
    ("find . -name x -delete", "doc.md:10:16: error: find option '-delete' is not supported"),
    ("find . -exec rm {} \\;", "doc.md:10:8: error: find option '-exec' is not supported"),
  ])
  func unsupportedFormsArePositionedDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
