import Foundation
import Testing

@testable import ScenarioRuntime

/// The file commands keep the run's promise: what `cp`, `ln -s`, `truncate` and `mktemp` create
/// is recorded, what `mv` moves stays recorded at its new name (a tree too), and the end of
/// the run removes exactly that, leaving what was there before.
@Suite struct FileCommandLedgerTests {
  @Test func createdAndMovedFilesAreRemovedAtTheEndAndNothingElse() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let fm = FileManager.default
    try Data("theirs\n".utf8).write(to: URL(fileURLWithPath: directory + "/theirs.txt"))
    try fm.createDirectory(atPath: directory + "/their-dir", withIntermediateDirectories: true)
    let ledger = FileLedger()
    let result = try await FileLedgerTests.run(
      """
      echo secret > made.txt
      cp made.txt copy.txt
      cp theirs.txt their-dir/
      mkdir -p tree/sub
      echo x > tree/sub/f
      cp -r tree tree-copy
      mv tree moved
      mv copy.txt their-dir/renamed.txt
      ln -s made.txt link
      truncate -s 3 sized.bin
      mktemp -p their-dir x.XXXXXX > /dev/null
      mv theirs.txt their-renamed.txt
      """, in: directory, ledger: ledger)
    #expect(result.status == 0, "\(result.err)")
    ledger.removeCreated(inside: directory)
    let left = try fm.subpathsOfDirectory(atPath: directory).sorted()
    #expect(left == ["their-dir", "their-renamed.txt"], "\(left)")
  }
}
