import SpecModel

/// How GNU findutils xargs 4.9 reads its input into command lines (`read_line`, `read_string`
/// and the batching of `xargs.c`), and how `-t` writes one.
enum XargsFilter {
  /// The item lists of the invocations, in order, and the message xargs ends with when the
  /// input is not valid (an unmatched quote: the items before it still run; status 1).
  struct Plan: Equatable {
    var batches: [[String]] = []
    var error: String?
  }

  static func plan(_ xargs: XargsInvocation, input: [UInt8]) -> Plan {
    var reader = Batcher(xargs: xargs)
    if let delimiter = xargs.delimiter {
      var item: [UInt8] = []
      for byte in input {
        if byte == UInt8(delimiter) {
          reader.item(item)
          reader.lineEnded()
          item = []
        } else {
          item.append(byte)
        }
      }
      if !item.isEmpty { reader.item(item) }
    } else if let error = readQuoted(input, replacing: xargs.replace != nil, into: &reader) {
      reader.flushPending()
      reader.plan.error = error
      return reader.plan
    }
    reader.finish()
    return reader.plan
  }

  /// Collects items into invocations: `-I` one per item, `-n` by count, `-L` by lines,
  /// otherwise all in one.
  private struct Batcher {
    let xargs: XargsInvocation
    var plan = Plan()
    var pending: [String] = []
    var lines = 0

    init(xargs: XargsInvocation) { self.xargs = xargs }

    mutating func item(_ bytes: [UInt8]) {
      let text = String(decoding: bytes, as: UTF8.self)
      if xargs.replace != nil {
        plan.batches.append([text])
        return
      }
      pending.append(text)
      if let maxArgs = xargs.maxArgs, pending.count >= maxArgs { flushPending() }
    }

    mutating func lineEnded() {
      lines += 1
      if let maxLines = xargs.maxLines, lines >= maxLines, !pending.isEmpty { flushPending() }
    }

    mutating func flushPending() {
      if !pending.isEmpty { plan.batches.append(pending) }
      pending = []
      lines = 0
    }

    /// The items left run; with no invocation at all the command still runs once, without
    /// items, unless `-r` (or `-I`, which needs an item).
    mutating func finish() {
      flushPending()
      if plan.batches.isEmpty && !xargs.noRunIfEmpty && xargs.replace == nil {
        plan.batches.append([])
      }
    }
  }

  private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

  private static func isSpace(_ byte: UInt8) -> Bool {
    isBlank(byte) || (0x0A...0x0D).contains(byte)
  }

  /// `read_line`: items end at blanks and newlines (with `-I` only at newlines), quotes group
  /// and a backslash takes the next character literally; blank lines are skipped; a line
  /// ending in a blank goes on with the next (for `-L`). The message of an unmatched quote.
  private static func readQuoted(
    _ input: [UInt8], replacing: Bool, into reader: inout Batcher
  ) -> String? {
    enum State {
      case space, normal, backslash
      case quote(UInt8)
    }
    var state = State.space
    var item: [UInt8] = []
    func unmatched(_ quote: UInt8) -> String {
      "xargs: unmatched \(quote == UInt8(ascii: "\"") ? "double" : "single") quote; by default "
        + "quotes are special to xargs unless you use the -0 option\n"
    }
    for byte in input {
      switch state {
      case .space where isSpace(byte):
        continue
      case .space, .normal:
        state = .normal
        if byte == 0x0A {
          if item.isEmpty {
            state = .space
            continue
          }
          reader.item(item)
          reader.lineEnded()
          item = []
          state = .space
          continue
        }
        if !replacing && isBlank(byte) {
          reader.item(item)
          item = []
          state = .space
          continue
        }
        if byte == UInt8(ascii: "\\") {
          state = .backslash
          continue
        }
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
          state = .quote(byte)
          continue
        }
        item.append(byte)
      case .quote(let quote):
        if byte == 0x0A { return unmatched(quote) }
        if byte == quote {
          state = .normal
          continue
        }
        item.append(byte)
      case .backslash:
        state = .normal
        item.append(byte)
      }
    }
    guard !item.isEmpty else { return nil }
    if case .quote(let quote) = state { return unmatched(quote) }
    reader.item(item)
    return nil
  }

  /// `-t`: the command line as xargs writes it to standard error, each word quoted as a shell
  /// would need it.
  static func trace(_ words: [String]) -> [UInt8] {
    Array((words.map(Quoting.shellEscape).joined(separator: " ") + "\n").utf8)
  }
}
