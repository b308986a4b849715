/// The input of a run: the files in order (standard input when there are none, or for `-`),
/// read when sed gets to them, as one stream of lines, or one per file with `-s`.
struct SedInput {
  /// nil: standard input.
  private var pending: [String?]
  private let separator: UInt8
  private let separate: Bool
  private let environment: SedEnvironment
  private var data: [UInt8] = []
  private var position = 0
  /// The file the current line came from (nil: standard input).
  private(set) var currentFile: String?
  /// Messages for files that could not be read (`sed: can't read x: No such file…`).
  private(set) var errors: [UInt8] = []
  /// A file opened but could not be read (`sed: read error on x: Is a directory`): the input
  /// ends there and sed exits with status 4.
  private(set) var readFailed = false
  /// Set when a file changed since the last line (`-s` restarts line numbers).
  private(set) var startedFile = false
  /// Whether the data being read is standard input, and whether sed has opened it.
  private var readingStdin = false
  private var openedStdin = false

  /// How many bytes of standard input have been read (the line sed reads ahead to know the
  /// last one included, as GNU sed reads it).
  var stdinRead: Int {
    if readingStdin { return position }
    return openedStdin ? environment.stdin.count : 0
  }

  init(files: [String], separator: UInt8, separate: Bool, environment: SedEnvironment) {
    pending = files.isEmpty ? [nil] : files.map { $0 == "-" ? nil : $0 }
    self.separator = separator
    self.separate = separate
    self.environment = environment
  }

  /// The next line without its separator, and whether it had one.
  mutating func nextLine() -> (bytes: [UInt8], terminated: Bool)? {
    startedFile = false
    while position >= data.count {
      guard openNext() else { return nil }
      startedFile = true
    }
    let end = data[position...].firstIndex(of: separator) ?? data.count
    let line = Array(data[position..<end])
    let terminated = end < data.count
    position = terminated ? end + 1 : end
    return (line, terminated)
  }

  /// No line follows the current one (in this file, with `-s`).
  mutating func isAtLastLine() -> Bool {
    if position < data.count { return false }
    if separate { return true }
    return !hasMoreInput()
  }

  /// Some later file has data (opening the files before it, as GNU sed does).
  mutating func hasMoreInput() -> Bool {
    if position < data.count { return true }
    while position >= data.count {
      let file = currentFile
      guard openNext(lookingAhead: true) else {
        currentFile = file
        return false
      }
      startedFile = true
    }
    return true
  }

  /// Opens the next file with data. Looking ahead (for `$`), GNU sed sees no data in a file it
  /// cannot read, and goes on.
  private mutating func openNext(lookingAhead: Bool = false) -> Bool {
    while !pending.isEmpty {
      let file = pending.removeFirst()
      guard let file else {
        data = environment.stdin
        position = 0
        currentFile = nil
        readingStdin = true
        openedStdin = true
        return true
      }
      readingStdin = false
      do {
        data = try environment.readFile(file)
        position = 0
        currentFile = file
        return true
      } catch  where error.readFailed {
        if lookingAhead { continue }
        errors += Array("sed: read error on \(file): \(error.reason)\n".utf8)
        readFailed = true
        pending.removeAll()
        return false
      } catch {
        errors += Array("sed: can't read \(file): \(error.reason)\n".utf8)
      }
    }
    return false
  }
}
