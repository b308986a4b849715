/// Swift identifiers derived from document text. Every name is ASCII letters and digits (plus the
/// `_` after a scenario id), so no title can produce a keyword, an operator or a non-identifier.
enum SwiftNames {
  /// `release-e2e-scenarios.2026-04-02` → `ReleaseE2eScenarios20260402Scenarios`,
  /// `storefront` → `StorefrontScenarios`: the top suite type and the name of its directory
  /// under `generated/`.
  static func suite(stem: String) -> String {
    let base = capped(words(stem).map(capitalized), 30)
    let name = (base.first?.isNumber ?? true) ? "Spec" + base : base
    return name.hasSuffix("Scenarios") ? name : name + "Scenarios"
  }

  /// `2. Orders` → `Section2Orders`: a section's nested suite type. The prefix keeps section
  /// types from shadowing any type the generated code names (`Issue`, `Test`, `String`, …).
  static func section(title: String) -> String {
    "Section" + capped(words(title).map(capitalized), 30)
  }

  /// `S61`, `Unsupported translated model` → `S61_unsupportedTranslatedModel`; an empty
  /// title gives `S61_`. The `_` always follows the id, so `swift test --filter S61_` selects
  /// S61 alone where `--filter S61` would also select S610…S619 (the filter is a regular
  /// expression searched in the test's name).
  static func test(id: String, title: String) -> String {
    let pieces = words(title).enumerated().map { $0 == 0 ? $1.lowercased() : capitalized($1) }
    return "\(id)_\(capped(pieces, 60))"
  }

  /// The pieces joined, cut after the last whole piece that fits in `limit` characters (a
  /// first piece longer than that is cut short), so generated lines stay short.
  static func capped(_ pieces: [String], _ limit: Int) -> String {
    var out = ""
    for piece in pieces {
      if out.count + piece.count > limit {
        if out.isEmpty { out = String(piece.prefix(limit)) }
        break
      }
      out += piece
    }
    return out
  }

  /// The static property holding a scenario's YAML: `yamlS61`.
  static func scenarioYAML(id: String) -> String { "yaml\(id)" }

  /// The global holding a suite's `GeneratedDocument`: the suite type, lower camel case
  /// (`ReleaseE2EScenarios` → `releaseE2EScenarios`).
  static func documentValue(suiteType: String) -> String {
    suiteType.prefix(1).lowercased() + suiteType.dropFirst()
  }

  /// Whether `id` is a scenario id (`S` and up to 11 ASCII digits), safe in names and file
  /// names.
  static func isScenarioID(_ id: String) -> Bool {
    guard id.first == "S", id.count > 1, id.count <= 12 else { return false }
    return id.utf8.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// Runs of ASCII letters and digits; everything else separates words.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  static func capitalized(_ word: String) -> String {
    word.prefix(1).uppercased() + word.dropFirst()
  }
}
