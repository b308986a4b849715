// The bash blocks of the real documents in `../shared/corpus` (relative to the package root),
// read at run time; nothing from them is copied into the project.

import Foundation
import Testing

/// One fenced ```bash / ```sh block of a corpus document.
struct CorpusBlock: Sendable, CustomTestStringConvertible {
  var file: String
  /// The line of the document where the block's first line of code is.
  var line: Int
  var code: String

  var testDescription: String { "\(file):\(line)" }
}

enum BashCorpus {
  /// The directory holding Package.swift, found by walking up from this file.
  static let packageRoot: URL? = {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      if FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("Package.swift").path)
      {
        return directory
      }
      directory.deleteLastPathComponent()
    }
    return nil
  }()

  /// `../shared/corpus` next to the package, if present.
  static let directory: URL? = {
    guard let packageRoot else { return nil }
    let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: corpus.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return nil }
    return corpus
  }()

  static var isAvailable: Bool { directory != nil }

  /// Every bash block of every `*.md` file of the corpus, in file order.
  static let blocks: [CorpusBlock] = {
    guard let directory,
      let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
    else { return [] }
    var blocks: [CorpusBlock] = []
    for name in names.sorted() where name.hasSuffix(".md") {
      guard
        let text = try? String(
          contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
      else { continue }
      blocks += bashBlocks(in: text, file: name)
    }
    return blocks
  }()

  /// The ```bash and ```sh fenced blocks of a markdown text (a small local extractor: fences
  /// of backquotes or tildes indented by at most three spaces, closed by a fence at least as
  /// long; the fence's indentation is removed from the code lines).
  static func bashBlocks(in markdown: String, file: String) -> [CorpusBlock] {
    var blocks: [CorpusBlock] = []
    var open: (fence: Character, length: Int, indent: Int, isBash: Bool, line: Int)?
    var code: [Substring] = []
    for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let indent = line.prefix { $0 == " " }.count
      let rest = line.dropFirst(indent)
      if let current = open {
        let run = rest.prefix { $0 == current.fence }.count
        if indent <= 3, run >= current.length, rest.dropFirst(run).allSatisfy(\.isWhitespace) {
          if current.isBash {
            let text = code.map { $0 + "\n" }.joined()
            blocks.append(CorpusBlock(file: file, line: current.line, code: text))
          }
          open = nil
          code = []
        } else {
          code.append(line.dropFirst(min(indent, current.indent)))
        }
        continue
      }
      guard indent <= 3, let fence = rest.first, fence == "`" || fence == "~" else { continue }
      let run = rest.prefix { $0 == fence }.count
      guard run >= 3 else { continue }
      let info = rest.dropFirst(run).trimmingCharacters(in: .whitespaces)
      let language = info.split(separator: " ").first.map(String.init) ?? ""
      open = (fence, run, indent, language == "bash" || language == "sh", index + 2)
    }
    return blocks
  }
}
