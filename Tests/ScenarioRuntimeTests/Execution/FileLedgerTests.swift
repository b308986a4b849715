import Foundation
import Testing

@testable import ScenarioRuntime

/// `FileLedger`: the creation points record exactly what they create, and removal takes only
/// that, only while it is still what was created.
@Suite struct FileLedgerTests {
  /// Runs `bash` with `ledger` bound, in `directory`.
  static func run(_ bash: String, in directory: String, ledger: FileLedger) async throws
    -> ExecutionResult
  {
    let compiled = try Snippet.compile(bash)
    return await FileLedger.$current.withValue(ledger) {
      await Snippet.interpret(compiled, in: directory)
    }
  }

  @Test func everyCreationPointRecordsWhatItCreatesAndNothingElse() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Data("before\n".utf8).write(to: URL(fileURLWithPath: directory + "/existing.txt"))
    let ledger = FileLedger()
    let result = try await Self.run(
      """
      echo a > redirected.txt
      echo b >> existing.txt
      touch touched.txt existing.txt
      mkdir -p made/deeper
      echo c | tee made/teed.txt > /dev/null
      T=$(mktemp "$PWD/temp.XXXXXX")
      D=$(mktemp -d "$PWD/tempdir.XXXXXX")
      echo "$T $D"
      """, in: directory, ledger: ledger)
    #expect(result.status == 0, "\(result.err)")
    let names = result.out.split(separator: " ").map {
      String($0.trimmingCharacters(in: .newlines).dropFirst(directory.count + 1))
    }
    #expect(
      Set(ledger.createdPaths.map { String($0.dropFirst(directory.count + 1)) })
        == Set(["redirected.txt", "touched.txt", "made", "made/deeper", "made/teed.txt"] + names))
  }

  @Test func curlOutputFilesAreRecordedWhenNew() throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Data("old".utf8).write(to: URL(fileURLWithPath: directory + "/old.json"))
    let ledger = FileLedger()
    FileLedger.$current.withValue(ledger) {
      for name in ["new.json", "old.json"] {
        let sink = CurlFileSink(path: directory + "/" + name, mode: 0o644)
        #expect(sink.write(Array("{}".utf8)) == nil)
        sink.close()
      }
    }
    #expect(ledger.createdPaths == [directory + "/new.json"])
  }

  @Test func removalTakesOnlyWhatWasCreatedDeepestFirst() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let fm = FileManager.default
    try fm.createDirectory(atPath: directory + "/mine", withIntermediateDirectories: true)
    try Data("sentinel\n".utf8).write(to: URL(fileURLWithPath: directory + "/sentinel.txt"))
    let ledger = FileLedger()
    let result = try await Self.run(
      """
      echo x > mine/new.txt
      mkdir -p a/b/c
      echo y > a/b/c/f.txt
      mkdir shared
      echo z >> sentinel.txt
      """, in: directory, ledger: ledger)
    #expect(result.status == 0, "\(result.err)")
    // Someone else puts a file into a directory the run made: that directory stays.
    try Data("theirs\n".utf8).write(to: URL(fileURLWithPath: directory + "/shared/theirs.txt"))
    let removed = ledger.removeCreated(inside: directory)
    #expect(
      removed.map { String($0.dropFirst(directory.count + 1)) } == [
        "a/b/c/f.txt", "a/b/c", "a/b", "mine/new.txt", "a",
      ])
    #expect(
      try fm.contentsOfDirectory(atPath: directory).sorted() == ["mine", "sentinel.txt", "shared"])
    #expect(try fm.contentsOfDirectory(atPath: directory + "/mine").isEmpty)
    #expect(
      try String(contentsOfFile: directory + "/sentinel.txt", encoding: .utf8) == "sentinel\nz\n")
    #expect(fm.fileExists(atPath: directory + "/shared/theirs.txt"))
  }

  /// A created file replaced by another (written beside it, then renamed over it, as editors
  /// save), or a created directory replaced by a link to somewhere else, is not what the run
  /// made: nothing is removed through it.
  @Test func aReplacedFileOrALinkedDirectoryIsLeftAlone() async throws {
    let directory = Snippet.temporaryDirectory()
    let outside = Snippet.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: directory)
      try? FileManager.default.removeItem(atPath: outside)
    }
    let fm = FileManager.default
    let ledger = FileLedger()
    let result = try await Self.run(
      "echo a > f.txt\nmkdir d\necho b > d/x.txt", in: directory, ledger: ledger)
    #expect(result.status == 0, "\(result.err)")
    try Data("not the run's\n".utf8).write(to: URL(fileURLWithPath: directory + "/f.new"))
    #expect(rename(directory + "/f.new", directory + "/f.txt") == 0)
    try fm.moveItem(atPath: directory + "/d", toPath: directory + "/moved")
    try Data("outside\n".utf8).write(to: URL(fileURLWithPath: outside + "/x.txt"))
    try fm.createSymbolicLink(atPath: directory + "/d", withDestinationPath: outside)

    #expect(ledger.removeCreated(inside: directory).isEmpty)
    #expect(fm.fileExists(atPath: directory + "/f.txt"))
    #expect(fm.fileExists(atPath: outside + "/x.txt"))
    #expect(fm.fileExists(atPath: directory + "/moved/x.txt"))
  }

  /// Outside any run nothing is recorded, and outside the directory nothing is removed.
  @Test func onlyInsideTheDirectoryAndOnlyInARun() async throws {
    let directory = Snippet.temporaryDirectory()
    let other = Snippet.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: directory)
      try? FileManager.default.removeItem(atPath: other)
    }
    let unbound = try await Snippet.interpret("echo a > \"$HOME/free.txt\"")
    #expect(unbound.status == 0)
    let ledger = FileLedger()
    let result = try await Self.run(
      "echo a > inside.txt\necho b > '\(other)/outside.txt'", in: directory, ledger: ledger)
    #expect(result.status == 0, "\(result.err)")
    #expect(ledger.createdPaths.count == 2)
    #expect(ledger.removeCreated(inside: directory) == [directory + "/inside.txt"])
    #expect(FileManager.default.fileExists(atPath: other + "/outside.txt"))
  }
}
