import Foundation
import Testing

@testable import SpecCompiler

@Suite struct JQVerdictCacheTests {
  let home = FileManager.default.temporaryDirectory.appendingPathComponent(
    "jqcache-\(UUID().uuidString)")

  func check(_ program: String, cache: JQVerdictCache) -> [String] {
    let check = JQProgramCheck()
    check.add(
      JQProgramCheck.Site(
        program: program, argumentNames: [], file: "doc.md", owner: "S01",
        position: .init(line: 3, column: 7)))
    return check.diagnostics(cache: cache).map(\.description)
  }

  @Test func verdictsAreStoredAndReused() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    let environment = ["XDG_CACHE_HOME": home.path]
    let first = check(".a | ]", cache: JQVerdictCache(environment: environment))
    #expect(first.count == 1)
    #expect(first[0].hasPrefix("doc.md:3:7: error: jq program does not compile: syntax error"))

    let stored = JQVerdictCache(environment: environment)
    #expect(stored.verdict(for: JQVerdictCache.key(program: ".a | ]", argumentNames: [])) != nil)
    #expect(check(".a | ]", cache: stored) == first)
    #expect(check(".ok", cache: stored).isEmpty)
  }

  @Test func aStoredVerdictIsTrustedWithoutCompiling() throws {
    defer { try? FileManager.default.removeItem(at: home) }
    var cache = JQVerdictCache(environment: ["XDG_CACHE_HOME": home.path])
    cache.record(JQVerdictCache.key(program: ".fine", argumentNames: []), error: "remembered")
    #expect(
      check(".fine", cache: cache) == [
        "doc.md:3:7: error: jq program does not compile: remembered (in S01)"
      ])
  }

  @Test func canBeTurnedOff() {
    let cache = JQVerdictCache(environment: ["SPEC_COMPILER_CACHE": "0", "HOME": home.path])
    #expect(cache.url == nil)
  }
}
