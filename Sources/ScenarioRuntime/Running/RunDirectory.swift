#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `QA_RUN_DIR`, owned only as far as the run made it. A directory that does not exist is created
/// by the run (mode 0700, with any missing parents) and removed at the end, logs excepted; in a
/// directory that already existed only what the run created (`FileLedger`) is removed.
struct RunDirectory: Sendable {
  /// A directory the run created: its real path and what it was.
  struct Made: Sendable {
    var path: String
    var identity: FileIdentity
  }

  let path: String
  /// The directories the run created for `path`, outermost first (the last is `path` itself);
  /// empty when it already existed.
  let made: [Made]

  /// Takes `path`: creates it (and missing parents, mode 0700) when nothing is there.
  static func claim(_ path: String) -> RunDirectory {
    guard !path.isEmpty, FileIdentity(path: path) == nil else {
      return RunDirectory(path: path, made: [])
    }
    var made: [Made] = []
    var prefix = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      prefix += "/" + component
      if FileIdentity(path: prefix) != nil { continue }
      guard mkdir(prefix, 0o700) == 0 else { break }
      _ = chmod(prefix, 0o700)
      if let real = FileLedger.realPath(prefix), let identity = FileIdentity(path: real) {
        made.append(Made(path: real, identity: identity))
      }
    }
    return RunDirectory(path: path, made: made)
  }

  /// Whether the run created the directory itself.
  var isOwned: Bool {
    guard let last = made.last else { return false }
    return FileLedger.realPath(path) == last.path
  }

  /// Removes what the run owns: all of a directory it created (files in `keeping` and the
  /// directories holding them excepted), else what `ledger` recorded inside it; then the parents
  /// it created, when empty. Nothing is followed through a symbolic link.
  func clean(ledger: FileLedger, keeping: [String]) {
    let kept = Set(keeping.compactMap(FileLedger.canonical))
    if let owned = made.last, isOwned {
      guard FileIdentity(path: owned.path) == owned.identity else { return }
      Self.removeContents(of: owned.path, keeping: kept)
    } else if !path.isEmpty {
      ledger.removeCreated(inside: path, keeping: kept)
    }
    for directory in made.reversed() where FileIdentity(path: directory.path) == directory.identity
    {
      guard rmdir(directory.path) == 0 else { break }
    }
  }

  /// Everything below `directory` except the `keeping` paths and the directories leading to them.
  private static func removeContents(of directory: String, keeping: Set<String>) {
    for name in (try? FileSystem.directoryEntries(directory).get()) ?? [] {
      let entry = directory + "/" + name
      if keeping.contains(entry) { continue }
      if keeping.contains(where: { $0.hasPrefix(entry + "/") }),
        FileSystem.info(entry, followLinks: false)?.kind == .directory
      {
        removeContents(of: entry, keeping: keeping)
        _ = rmdir(entry)
      } else {
        _ = FileSystem.removeTree(entry)
      }
    }
  }
}
