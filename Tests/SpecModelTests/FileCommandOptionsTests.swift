import SpecModel
import Testing

/// `FileCommandOptions` reads argument vectors as GNU `getopt_long` does (the messages are
/// glibc's), and refuses GNU options the runtime does not implement as such.
@Suite struct FileCommandOptionsTests {
  static let cp = FileCommandCall.Command.cp.options

  @Test func clustersValuesPrefixesAndOperandsAnywhere() throws {
    let parsed = try Self.cp.parse(["a", "-rf", "-tDIR", "--recur", "b", "--", "-n", "-"]).get()
    #expect(parsed.options.map(\.key) == ["recursive", "force", "target-directory", "recursive"])
    #expect(parsed.value("target-directory") == "DIR")
    #expect(parsed.operands == ["a", "b", "-n", "-"])
    let long = try Self.cp.parse(["--target-directory=d", "--no-target-directory"]).get()
    #expect(long.value("target-directory") == "d")
    #expect(long.has("no-target-directory"))
  }

  @Test(arguments: [
    (["-q"], "invalid option -- 'q'"),
    (["--foo"], "unrecognized option '--foo'"),
    (["-t"], "option requires an argument -- 't'"),
    (["--target-directory"], "option '--target-directory' requires an argument"),
    (["--recursive=1"], "option '--recursive' doesn't allow an argument"),
    (
      ["--no"],
      "option '--no' is ambiguous; possibilities: '--no-clobber' '--no-dereference' '--no-target-directory'"
    ),
    (["-l"], "option '-l' is not supported by this interpreter"),
    (["--reflink=auto"], "option '--reflink' is not supported by this interpreter"),
  ])
  func failuresSayWhatGetoptSays(_ arguments: [String], _ message: String) {
    guard case .failure(let failure) = Self.cp.parse(arguments) else {
      Issue.record("parsed \(arguments)")
      return
    }
    #expect(failure.message == message)
  }
}
