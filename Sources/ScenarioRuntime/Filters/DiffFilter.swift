import Foundation
import SpecModel

/// `diff [-q] [-s] [-u|-U N] [--label L]… FILE1 FILE2` as GNU diff 3.8: status 0 when the files
/// are the same, 1 when they differ, 2 on trouble. The hunks are GNU's (`DiffAnalysis`), in the
/// normal format (`2c2,3`, `< …`, `---`, `> …`) or the unified one (`--- NAME\tMTIME`, `+++ …`,
/// `@@ -A,B +C,D @@` with 3 or N lines of context); a last line without a newline is followed by
/// `\ No newline at end of file`. `-q` prints `Files A and B differ`, `-s` `Files A and B are
/// identical`; files with a NUL byte are `Binary files A and B differ`.
enum DiffFilter {
  static func run(_ arguments: TextUtilityFilter.Arguments) -> FilterResult {
    var context: Int?
    for option in arguments.options {
      switch option.name {
      case "u": context = 3
      case "U":
        guard let text = option.value, let number = TextUtilityFilter.decimal(text),
          number <= UInt64(Int32.max)
        else { return usage("invalid context length '\(option.value ?? "")'") }
        context = Int(number)
      default: break
      }
    }
    let operands = arguments.operands
    guard operands.count >= 2 else {
      return usage(
        operands.isEmpty
          ? "missing operand after 'diff'" : "missing operand after '\(operands[0])'")
    }
    guard operands.count == 2 else { return usage("extra operand '\(operands[2])'") }
    var files = arguments.files
    var contents: [[UInt8]] = []
    for name in operands {
      switch files.read(name) {
      case .success(let bytes): contents.append(bytes)
      case .failure(let error):
        return FilterResult(
          output: [], status: 2, stderr: Array("diff: \(name): \(error.message)\n".utf8))
      }
    }
    if contents[0] == contents[1] {
      let identical = "Files \(operands[0]) and \(operands[1]) are identical\n"
      return FilterResult(output: arguments.has("s") ? Array(identical.utf8) : [])
    }
    if arguments.has("q") {
      return FilterResult(
        output: Array("Files \(operands[0]) and \(operands[1]) differ\n".utf8), status: 1)
    }
    if contents.contains(where: { $0.contains(0) }) {
      return FilterResult(
        output: Array("Binary files \(operands[0]) and \(operands[1]) differ\n".utf8), status: 1)
    }
    let lines = contents.map { TextUtilityFilter.lines($0) }
    var classes: [ArraySlice<UInt8>: Int] = [:]
    let equivalence = lines.enumerated().map { f, fileLines in
      fileLines.map { line -> Int in
        // A last line without its newline is not the same line as one with it.
        let key =
          line.endIndex < contents[f].count ? contents[f][line.startIndex...line.endIndex] : line
        if let known = classes[key] { return known }
        classes[key] = classes.count + 1
        return classes.count
      }
    }
    let script = DiffAnalysis(equivalence: equivalence, horizon: context ?? 0).script
    let complete = lines.enumerated().map { f, fileLines in
      contents[f].last == 10 || fileLines.isEmpty
    }
    var output: [UInt8] = []
    if let context {
      let labels = arguments.options.filter { $0.name == "label" }.compactMap(\.value)
      for f in 0..<2 {
        let name =
          f < labels.count ? labels[f] : "\(operands[f])\t\(modificationTime(operands[f], files))"
        output += Array("\(f == 0 ? "---" : "+++") \(name)\n".utf8)
      }
      output += unified(script, lines: lines, complete: complete, context: context)
    } else {
      output += normal(script, lines: lines, complete: complete)
    }
    return FilterResult(output: output, status: 1)
  }

  private static func usage(_ message: String) -> FilterResult {
    FilterResult(
      output: [], status: 2,
      stderr: Array("diff: \(message)\ndiff: Try 'diff --help' for more information.\n".utf8))
  }

  /// `2026-12-03 12:17:47.354272956 +0000`: the file's modification time in the local zone
  /// (standard input: now).
  private static func modificationTime(_ name: String, _ files: FileOperands) -> String {
    var seconds = time(nil)
    var nanoseconds = 0
    var info = stat()
    if name != "-", stat(FileAccess.resolve(name, in: files.workingDirectory), &info) == 0 {
      seconds = info.st_mtim.tv_sec
      nanoseconds = info.st_mtim.tv_nsec
    } else if name == "-" {
      var now = timespec()
      clock_gettime(CLOCK_REALTIME, &now)
      seconds = now.tv_sec
      nanoseconds = now.tv_nsec
    }
    var broken = tm()
    localtime_r(&seconds, &broken)
    var buffer = [CChar](repeating: 0, count: 64)
    let length = strftime(&buffer, buffer.count, "%Y-%m-%d %H:%M:%S", &broken)
    var zone = [CChar](repeating: 0, count: 16)
    let zoneLength = strftime(&zone, zone.count, "%z", &broken)
    let date = String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let offset = String(
      decoding: zone.prefix(zoneLength).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let fraction = String(nanoseconds)
    return "\(date).\(String(repeating: "0", count: 9 - fraction.count))\(fraction) \(offset)"
  }

  /// A line with its prefix (`< `, `+`, …), its newline, and GNU's note when it had none.
  private static func line(
    _ prefix: String, _ index: Int, of f: Int, _ lines: [[ArraySlice<UInt8>]], _ complete: [Bool]
  ) -> [UInt8] {
    var bytes = Array(prefix.utf8) + lines[f][index] + [10]
    if index == lines[f].count - 1 && !complete[f] {
      bytes += Array("\\ No newline at end of file\n".utf8)
    }
    return bytes
  }

  /// `A` or `A,B` (1-based, inclusive) for lines `first..<first+count`.
  private static func range(_ first: Int, _ count: Int) -> String {
    count <= 1 ? "\(count == 0 ? first : first + 1)" : "\(first + 1),\(first + count)"
  }

  private static func normal(
    _ script: [DiffAnalysis.Change], lines: [[ArraySlice<UInt8>]], complete: [Bool]
  ) -> [UInt8] {
    var output: [UInt8] = []
    for change in script {
      let letter = change.deleted == 0 ? "a" : (change.inserted == 0 ? "d" : "c")
      output += Array(
        "\(range(change.first0, change.deleted))\(letter)\(range(change.first1, change.inserted))\n"
          .utf8)
      for index in change.first0..<(change.first0 + change.deleted) {
        output += line("< ", index, of: 0, lines, complete)
      }
      if change.deleted > 0 && change.inserted > 0 { output += Array("---\n".utf8) }
      for index in change.first1..<(change.first1 + change.inserted) {
        output += line("> ", index, of: 1, lines, complete)
      }
    }
    return output
  }

  /// `-s,c` of a unified hunk header: `s` alone for one line, `s,0` (the line before) for none.
  private static func unifiedRange(_ first: Int, _ count: Int) -> String {
    count == 1 ? "\(first + 1)" : (count == 0 ? "\(first),0" : "\(first + 1),\(count)")
  }

  private static func unified(
    _ script: [DiffAnalysis.Change], lines: [[ArraySlice<UInt8>]], complete: [Bool], context: Int
  ) -> [UInt8] {
    var output: [UInt8] = []
    var index = 0
    while index < script.count {
      // Changes closer than twice the context share a hunk.
      var last = index
      while last + 1 < script.count,
        script[last + 1].first0 - (script[last].first0 + script[last].deleted) <= 2 * context
      {
        last += 1
      }
      let start0 = max(0, script[index].first0 - context)
      let start1 = script[index].first1 - (script[index].first0 - start0)
      let end0 = min(lines[0].count, script[last].first0 + script[last].deleted + context)
      let end1 =
        script[last].first1 + script[last].inserted
        + (end0 - script[last].first0 - script[last].deleted)
      output += Array(
        "@@ -\(unifiedRange(start0, end0 - start0)) +\(unifiedRange(start1, end1 - start1)) @@\n"
          .utf8)
      var at0 = start0
      for change in script[index...last] {
        for line0 in at0..<change.first0 { output += line(" ", line0, of: 0, lines, complete) }
        for line0 in change.first0..<(change.first0 + change.deleted) {
          output += line("-", line0, of: 0, lines, complete)
        }
        for line1 in change.first1..<(change.first1 + change.inserted) {
          output += line("+", line1, of: 1, lines, complete)
        }
        at0 = change.first0 + change.deleted
      }
      for line0 in at0..<end0 { output += line(" ", line0, of: 0, lines, complete) }
      index = last + 1
    }
    return output
  }
}
