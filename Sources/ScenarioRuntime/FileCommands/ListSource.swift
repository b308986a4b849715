import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `ls [-1aAdtrSU] [FILE…]` as coreutils 9.1 lists to a pipe or file: one name per line (no
/// quoting: the style is `literal` off a terminal), file operands first, then each directory's
/// entries (`DIR:` headers when there are several operands, a blank line between groups); names
/// sorted by `strcoll`, which in the C, POSIX and C.UTF-8 locales is the order of their bytes;
/// `-t` newest first and `-S` largest first (ties by name), `-r` reversed, `-U` in directory
/// order. A name that cannot be read is status 2.
enum ListSource {
  struct Entry {
    var name: String
    var status: FileStatus?
  }

  static func run(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport
  ) {
    var hidden: Hidden = .none
    var sort: SortKey = .name
    for found in parsed.options {
      switch found.key {
      case "all": hidden = .all
      case "almost-all": hidden = hidden == .all ? .all : .almostAll
      case "time": sort = .time
      case "size": sort = .size
      case "unsorted": sort = .none
      default: break
      }
    }
    let reverse = parsed.has("reverse") && sort != .none
    let immediate = parsed.has("directory")
    let operands = parsed.operands.isEmpty ? ["."] : parsed.operands
    var files: [Entry] = []
    var directories: [Entry] = []
    for operand in operands {
      let path = context.absolute(operand)
      // A link named on the command line is followed to a directory (unless -d).
      guard
        let status = immediate
          ? FileStatus(path, followLinks: false)
          : FileStatus(path, followLinks: true) ?? FileStatus(path, followLinks: false)
      else {
        report.fail(
          "cannot access \(Quoting.always(operand)): \(SystemError.current.description)",
          status: 2)
        continue
      }
      let entry = Entry(name: operand, status: status)
      if status.isDirectory && !immediate {
        directories.append(entry)
      } else {
        files.append(entry)
      }
    }
    let order = { (entries: [Entry]) in sorted(entries, by: sort, reverse: reverse) }
    for entry in order(files) { report.print(entry.name) }
    var printed = !files.isEmpty
    let headers = operands.count > 1
    for directory in order(directories) {
      let path = context.absolute(directory.name)
      guard case .success(var names) = FileSystem.directoryEntries(path) else {
        report.fail(
          "cannot open directory \(Quoting.always(directory.name)): "
            + SystemError.current.description, status: 2)
        continue
      }
      if hidden == .all { names = [".", ".."] + names }
      if hidden == .none { names.removeAll { $0.hasPrefix(".") } }
      let entries = names.map {
        Entry(name: $0, status: FileStatus(FilePath.join(path, $0), followLinks: false))
      }
      if headers {
        if printed { report.print("") }
        report.print(directory.name + ":")
      }
      for entry in order(entries) { report.print(entry.name) }
      printed = true
    }
  }

  enum Hidden { case none, almostAll, all }
  enum SortKey { case name, time, size, none }

  static func sorted(_ entries: [Entry], by key: SortKey, reverse: Bool) -> [Entry] {
    guard key != .none else { return entries }
    func byName(_ a: Entry, _ b: Entry) -> Bool {
      a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
    }
    func before(_ a: Entry, _ b: Entry) -> Bool {
      switch key {
      case .time:
        let ta = a.status?.modificationTime ?? timespec()
        let tb = b.status?.modificationTime ?? timespec()
        if ta.tv_sec != tb.tv_sec { return ta.tv_sec > tb.tv_sec }
        if ta.tv_nsec != tb.tv_nsec { return ta.tv_nsec > tb.tv_nsec }
      case .size:
        let sa = a.status?.size ?? 0
        let sb = b.status?.size ?? 0
        if sa != sb { return sa > sb }
      case .name, .none: break
      }
      return byName(a, b)
    }
    let ordered = entries.sorted(by: before)
    return reverse ? ordered.reversed() : ordered
  }
}
