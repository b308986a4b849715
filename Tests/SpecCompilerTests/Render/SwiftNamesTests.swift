import Foundation
import Testing

@testable import SpecCompiler

/// `swift test --filter` takes a regular expression searched in test names: the name of a
/// scenario's test must let a filter select that scenario alone.
struct SwiftNamesTests {
  @Test(arguments: [
    ("S61", "Unsupported translated model", "S61_unsupportedTranslatedModel"),
    ("S61", "", "S61_"),
    ("S61", "!!!", "S61_"),
    ("S7", "2 things", "S7_2Things"),
  ])
  func testNames(id: String, title: String, expected: String) {
    #expect(SwiftNames.test(id: id, title: title) == expected)
  }

  /// `--filter S61_` selects S61 and none of S610…S619, whatever their titles.
  @Test(arguments: ["", "Orders", "a b c"])
  func filterWithTheUnderscoreSelectsOneScenario(title: String) throws {
    let names = ["S61", "S610", "S611", "S619"].map { SwiftNames.test(id: $0, title: title) }
    let filter = try Regex("S61_")
    #expect(names.filter { $0.contains(filter) } == [names[0]])
  }
}
