import Foundation
import SpecModel
import Testing

@testable import SpecCompiler
@testable import SpecYAML

/// `SpecYAML.encode` writes YAML itself (`YAMLNodeEncoder`, `YAMLBlockWriter`) and must write
/// exactly what Yams' encoder writes; where it cannot, it must say so and leave it to Yams.
@Suite struct YAMLBlockWriterTests {
  private struct Holder: Encodable {
    var value: String
    var list: [String]
    var nested: [String: [String]]
    var count = -3
    var ratio = 0.25
    var flag = true
    var none: Int? = nil
    var empty: [String] = []
  }

  /// nil when the writer leaves the value to Yams.
  private func written<T: Encodable>(_ value: T) throws -> String? {
    do {
      return try YAMLBlockWriter.document(YAMLNodeEncoder.tree(value))
    } catch is YAMLNodeEncoder.Unsupported {
      return nil
    }
  }

  static let strings: [String] = [
    "", " ", "plain", "two words", "${BASE_URL}/v1/x?a=1&b=2", "true", "True", "yes", "off",
    "null", "~", "<<", "=", "0", "-1", "007", "0x1F", "0o17", "1_000", "1.5", "1e3", ".5",
    ".inf", "-.Inf", ".nan", "2026-04-02", "2026-4-2 10:00:00", "12:30", "1:20:30",
    ".data[].id", "[.data[] | select(.name==$name)] | length", "{id,model}", "a: b", "a:b",
    "a:", "key #comment", "a#b", "# x", "- x", "-x", "--- x", "...", "? x", "?x", ":x",
    "!tag", "&anchor", "*alias", "|pipe", ">fold", "'quoted'", "\"double\"", "%p", "@at",
    "`tick`", "it's", "a, b", "a [b]", "trailing ", " leading", "café — ünïcode →",
    "line\n", "two\nlines", "two\nlines\n", "\nleading break", " indented\nnext",
    "blank\n\nline\n", "space before \nbreak", "tab\there", "emoji 🙂", "cr\r\n",
    "keep\n\n", "\n", "a\u{2028}b", "nel\u{85}x", "bom\u{FEFF}", "x\u{7F}", "#", "-", ":",
    "- ", "key: value\nmore: stuff\n", "ends with colon:", "quote ' inside", "\u{A0}nbsp",
    String(repeating: "9", count: 60), "9" + String(repeating: "0", count: 50) + ".5",
    // A quote or a line break followed by a combining mark is one Character (tools/fuzz).
    "unexpected '\u{301}' here", "'\u{301}", "line\n\u{301}next", "a\n\u{301}",
  ]

  @Test(arguments: strings)
  func matchesYamsOrDefers(_ string: String) throws {
    let holder = Holder(
      value: string, list: [string, "x"], nested: ["k": [string]], none: nil)
    let reference = try SpecYAML.yamsEncode(holder)
    if let text = try written(holder) {
      #expect(text == reference)
    }
    #expect(try SpecYAML.encode(holder) == reference)
  }

  /// The writer is not a no-op that always defers: ordinary values are written by it.
  @Test func writesOrdinaryValuesItself() throws {
    for string in [
      "plain", "true", "", ".data[].id", "a: b", "two\nlines", " indented\nnext", "keep\n\n", "\n",
      "\n  jq program\n  ", "space before \nbreak",
    ] {
      let holder = Holder(value: string, list: [string], nested: ["k": [string]])
      #expect(try written(holder) == SpecYAML.yamsEncode(holder), "\(string.debugDescription)")
    }
  }

  @Test func defersWhatItDoesNotReproduce() throws {
    for string in ["tab\there", "emoji 🙂", "cr\r\n", "a\u{2028}b", "bom\u{FEFF}"] {
      #expect(try written(Holder(value: string, list: [], nested: [:])) == nil)
    }
  }

  /// Scalars Yams boxes itself (`YAMLEncodable` beyond `String`, `Bool`, `Int`, `Double`):
  /// left to Yams as values, inside optionals and in sequences; `nil` is still written.
  @Test func defersTheScalarsYamsBoxes() throws {
    struct Boxed: Encodable {
      var int32: Int32? = nil
      var uint8: UInt8? = nil
      var int64: Int64? = nil
      var float: Float? = nil
      var date: Date? = nil
      var data: Data? = nil
      var url: URL? = nil
      var uuid: UUID? = nil
      var decimal: Decimal? = nil
      var list: [Int32?] = []
    }
    let values = [
      Boxed(int32: 124), Boxed(uint8: 7), Boxed(int64: -1), Boxed(float: 0.5),
      Boxed(date: Date(timeIntervalSince1970: 0)), Boxed(data: Data([1, 2])),
      Boxed(url: URL(string: "http://localhost:18080/x")), Boxed(uuid: UUID()),
      Boxed(decimal: Decimal(3)), Boxed(list: [nil, 3]),
    ]
    for value in values {
      #expect(try written(value) == nil, "\(value)")
      #expect(try SpecYAML.encode(value) == SpecYAML.yamsEncode(value), "\(value)")
    }
    let nothing = Boxed(list: [nil])
    #expect(try written(nothing) == SpecYAML.yamsEncode(nothing))
  }

  @Test func nestedSequencesAndEmptyCollections() throws {
    let value: [[String: [[String]]]] = [["a": [["x", "y"], []]], [:]]
    let reference = try SpecYAML.yamsEncode(value)
    #expect(try written(value) == reference)
  }

  /// Every file of the golden document and, where present, of the corpus: written by the
  /// writer itself, byte for byte as Yams writes it.
  @Test func compiledDocumentsMatchYams() throws {
    var documents: [(String, String)] = []
    let golden = Corpus.packageRoot.appendingPathComponent(
      "Tests/SpecCompilerTests/Golden/documents/storefront.md")
    documents.append(("storefront.md", try String(contentsOf: golden, encoding: .utf8)))
    if Corpus.isPresent {
      for name in Corpus.files { documents.append((name, try Corpus.text(name))) }
    }
    for (name, markdown) in documents {
      let compiled = try #require(DocumentCompiler.compile(markdown: markdown, file: name).compiled)
      var deferred: [String] = []
      func check<T: Encodable>(_ value: T, _ label: String) throws {
        let reference = try SpecYAML.yamsEncode(value)
        if let text = try written(value) {
          #expect(text == reference, "\(name) \(label)")
        } else {
          deferred.append(label)
        }
      }
      try check(compiled.document, "document")
      try check(compiled.sourceMap, "lines")
      for scenario in compiled.scenarios { try check(scenario, scenario.id) }
      print("\(name): \(deferred.count) of \(compiled.scenarios.count + 2) files left to Yams")
      #expect(deferred.count * 10 <= compiled.scenarios.count + 2, "\(name): \(deferred)")
    }
  }
}
