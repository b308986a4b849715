import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `find PATH… [EXPRESSION]` as GNU findutils 4.9 (`FindCommandLine`): each starting point,
/// then what is below it in directory order (`readdir`, as fts reads it: no sort), links not
/// followed; a name is printed when the expression is true and has no action of its own, or by
/// `-print`/`-print0`. A starting point that cannot be read is status 1.
enum FindSource {
  static func run(
    _ arguments: [String], _ context: FileCommandContext, _ report: inout FileCommandReport
  ) {
    let line: FindCommandLine
    switch FindCommandLine.parse(arguments) {
    case .success(let parsed): line = parsed
    case .failure(let failure):
      report.fail(failure.message)
      return
    }
    var walker = Walker(line: line, context: context, now: time(nil))
    if let reference = walker.referenceFailure() {
      report.fail("\(context.quote(reference)): \(SystemError.current.description)")
      return
    }
    for path in line.paths.isEmpty ? ["."] : line.paths {
      walker.visit(path, depth: 0, &report)
    }
  }

  struct Walker {
    let line: FindCommandLine
    let context: FileCommandContext
    let now: time_t
    var references: [String: timespec] = [:]

    init(line: FindCommandLine, context: FileCommandContext, now: time_t) {
      self.line = line
      self.context = context
      self.now = now
    }

    /// Reads the `-newer` files; the name of the first that cannot be read.
    mutating func referenceFailure() -> String? {
      var names: [String] = []
      func collect(_ e: FindCommandLine.Expression?) {
        switch e {
        case .test(.newer(let name))?: names.append(name)
        case .not(let inner)?: collect(inner)
        case .and(let a, let b)?, .or(let a, let b)?:
          collect(a)
          collect(b)
        default: break
        }
      }
      collect(line.expression)
      for name in names {
        guard let status = FileStatus(context.absolute(name), followLinks: true) else {
          return name
        }
        references[name] = status.modificationTime
      }
      return nil
    }

    func visit(_ path: String, depth: Int, _ report: inout FileCommandReport) {
      let absolute = context.absolute(path)
      guard let status = FileStatus(absolute, followLinks: false) else {
        report.fail("\(context.quote(path)): \(SystemError.current.description)")
        return
      }
      if depth >= line.minDepth {
        let matched = evaluate(line.expression, path, absolute, status, &report)
        if matched && !line.hasAction { report.print(path) }
      }
      guard status.isDirectory, depth < (line.maxDepth ?? Int.max) else { return }
      switch FileSystem.directoryEntries(absolute) {
      case .success(let names):
        for name in names {
          visit(FilePath.join(path, name), depth: depth + 1, &report)
        }
      case .failure(let error):
        report.fail("\(context.quote(path)): \(error.description)")
      }
    }

    private func evaluate(
      _ expression: FindCommandLine.Expression?, _ path: String, _ absolute: String,
      _ status: FileStatus, _ report: inout FileCommandReport
    ) -> Bool {
      switch expression {
      case nil: return true
      case .not(let inner)?:
        return !evaluate(inner, path, absolute, status, &report)
      case .and(let a, let b)?:
        return evaluate(a, path, absolute, status, &report)
          && evaluate(b, path, absolute, status, &report)
      case .or(let a, let b)?:
        return evaluate(a, path, absolute, status, &report)
          || evaluate(b, path, absolute, status, &report)
      case .test(let test)?:
        return self.test(test, path, absolute, status, &report)
      }
    }

    private func test(
      _ test: FindCommandLine.Test, _ path: String, _ absolute: String, _ status: FileStatus,
      _ report: inout FileCommandReport
    ) -> Bool {
      switch test {
      case .always: return true
      case .print:
        report.print(path)
        return true
      case .print0:
        report.print(path, terminator: "\0")
        return true
      case .name(let pattern, let ignoreCase):
        return fnmatch(pattern, FilePath.base(path), ignoreCase ? caseFold : 0) == 0
      case .path(let pattern, let ignoreCase):
        return fnmatch(pattern, path, ignoreCase ? caseFold : 0) == 0
      case .type(let letter):
        return StatSource.typeLetter(status) == (letter == "f" ? "-" : String(letter))
      case .newer(let name):
        guard let reference = references[name] else { return false }
        let m = status.modificationTime
        return m.tv_sec > reference.tv_sec
          || (m.tv_sec == reference.tv_sec && m.tv_nsec > reference.tv_nsec)
      case .size(let sign, let count, let unit):
        let units = (status.size + unit - 1) / unit
        return compare(units, sign, count)
      case .mtime(let sign, let days):
        let age = Int(now - status.modificationTime.tv_sec)
        return compare(age >= 0 ? age / 86400 : -((-age + 86399) / 86400), sign, days)
      case .empty:
        if status.isRegular { return status.size == 0 }
        if status.isDirectory {
          return (try? FileSystem.directoryEntries(absolute).get())?.isEmpty ?? false
        }
        return false
      }
    }

    /// glibc's `FNM_CASEFOLD` (a GNU extension Swift does not import).
    private var caseFold: Int32 { 1 << 4 }

    private func compare(_ value: Int, _ sign: Character?, _ count: Int) -> Bool {
      switch sign {
      case "+": value > count
      case "-": value < count
      default: value == count
      }
    }
  }
}
