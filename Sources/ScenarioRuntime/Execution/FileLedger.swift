import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a run created on disk: every file and directory that redirections, `touch`, `mkdir`,
/// `mktemp`, `tee` and curl's `-o`/`-D` made, by path and identity (device and inode), so that
/// the end of the run removes exactly those and nothing the user had put there.
///
/// `DocumentRunner` binds its ledger to `current` while a scenario runs; the creation points
/// record into whatever ledger the running task has. A file made outside any run is not recorded,
/// and a file that is not recorded is never removed.
public final class FileLedger: Sendable {
  struct Entry: Sendable, Equatable, Codable {
    /// The real path of the parent directory when it was created, then the name.
    var path: String
    var identity: FileIdentity
  }

  private let entries = Mutex<[Entry]>([])

  /// Told of every entry recorded (a worker process reports them to its runner).
  private let onRecord: (@Sendable (Entry) -> Void)?

  public init() { onRecord = nil }

  init(onRecord: @escaping @Sendable (Entry) -> Void) { self.onRecord = onRecord }

  /// An entry recorded elsewhere (in a worker process) for the same run.
  func adopt(_ entry: Entry) {
    entries.withLock { $0.append(entry) }
  }

  /// The ledger of the run the current task belongs to.
  @TaskLocal public static var current: FileLedger?

  /// The absolute paths recorded so far (for tests and reports), in creation order.
  public var createdPaths: [String] { entries.withLock { $0.map(\.path) } }

  /// Records `path`, just created by this process, with the identity it has now.
  static func recordCreated(_ path: String) {
    guard let ledger = current, let identity = FileIdentity(path: path) else { return }
    ledger.record(path, identity: identity)
  }

  /// Records `path`, just created and open as `descriptor`.
  static func recordCreated(_ path: String, descriptor: Int32) {
    guard let ledger = current, let identity = FileIdentity(descriptor: descriptor) else { return }
    ledger.record(path, identity: identity)
  }

  /// After `rename(from, to)`: what the run had created at `from` (and below it, for a
  /// directory) is recorded again at its new name, so the end of the run still removes it.
  static func recordMoved(from: String, to: String) {
    guard let ledger = current, let old = canonical(from), let new = canonical(to) else { return }
    let moved = ledger.entries.withLock { entries in
      entries.filter { $0.path == old || $0.path.hasPrefix(old + "/") }
    }
    for entry in moved {
      let path = new + entry.path.dropFirst(old.count)
      guard FileIdentity(path: path) == entry.identity else { continue }
      ledger.record(path, identity: entry.identity)
    }
  }

  private func record(_ path: String, identity: FileIdentity) {
    guard let canonical = Self.canonical(path) else { return }
    let entry = Entry(path: canonical, identity: identity)
    entries.withLock { $0.append(entry) }
    onRecord?(entry)
  }

  /// `open(path, flags | O_CREAT, mode)` that knows whether it created the file, and records it
  /// when it did: the file is first opened exclusively, then, when it exists, as it is. A path
  /// that exists only as a dangling symbolic link is created through it, as the shell does, and
  /// is not recorded. Returns the descriptor (or -1 with `errno` set) and whether it is new.
  static func open(_ path: String, flags: Int32, mode: Int) -> (descriptor: Int32, created: Bool) {
    let base = flags & ~(O_CREAT | O_EXCL)
    let fresh = systemOpen(path, base | O_CREAT | O_EXCL, mode_t(mode))
    if fresh >= 0 {
      recordCreated(path, descriptor: fresh)
      return (fresh, true)
    }
    guard errno == EEXIST else { return (-1, false) }
    let existing = systemOpen(path, base, 0)
    if existing >= 0 || errno != ENOENT { return (existing, false) }
    return (systemOpen(path, base | O_CREAT, mode_t(mode)), false)
  }

  /// Removes what was recorded strictly inside `directory`, deepest first: a file only while it
  /// is still the one created (same device and inode, reached without a symbolic link in its
  /// parents), a directory only when it is also empty. Paths in `keeping` stay. Returns the
  /// paths removed.
  @discardableResult
  func removeCreated(inside directory: String, keeping: Set<String> = []) -> [String] {
    guard let root = Self.realPath(directory) else { return [] }
    let prefix = root == "/" ? "/" : root + "/"
    let inside = entries.withLock { $0 }.filter {
      $0.path.hasPrefix(prefix) && !keeping.contains($0.path)
    }
    let deepestFirst = inside.enumerated().sorted { a, b in
      let depths = (Self.depth(a.element.path), Self.depth(b.element.path))
      return depths.0 != depths.1 ? depths.0 > depths.1 : a.offset > b.offset
    }
    var removed: [String] = []
    for (_, entry) in deepestFirst where Self.isStill(entry) {
      let status =
        entry.identity.isDirectory ? rmdir(entry.path) : unlink(entry.path)
      if status == 0 { removed.append(entry.path) }
    }
    return removed
  }

  /// The entry's path still names the object created, through real directories only.
  private static func isStill(_ entry: Entry) -> Bool {
    let (parent, _) = split(entry.path)
    guard realPath(parent) == parent else { return false }
    return FileIdentity(path: entry.path) == entry.identity
  }

  private static func depth(_ path: String) -> Int {
    path.utf8.count { $0 == UInt8(ascii: "/") }
  }

  /// The real path of `path`'s parent directory, then its last component.
  static func canonical(_ path: String) -> String? {
    let (parent, name) = split(path)
    guard !name.isEmpty, name != ".", name != "..", let real = realPath(parent) else { return nil }
    return (real == "/" ? "" : real) + "/" + name
  }

  private static func split(_ path: String) -> (parent: String, name: String) {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
    let parent = trimmed[..<slash]
    return (parent.isEmpty ? "/" : String(parent), String(trimmed[trimmed.index(after: slash)...]))
  }

  /// `realpath(3)`: absolute, no `.`, `..` or symbolic links; nil when it does not resolve.
  static func realPath(_ path: String) -> String? {
    guard !path.isEmpty, let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// A file system object: its device, inode and whether it is a directory (`lstat`, links are
/// not followed).
struct FileIdentity: Sendable, Equatable, Codable {
  var device: UInt64
  var inode: UInt64
  var isDirectory: Bool

  init?(path: String) {
    var s = stat()
    guard lstat(path, &s) == 0 else { return nil }
    self.init(s)
  }

  init?(descriptor: Int32) {
    var s = stat()
    guard fstat(descriptor, &s) == 0 else { return nil }
    self.init(s)
  }

  private init(_ s: stat) {
    device = UInt64(s.st_dev)
    inode = UInt64(s.st_ino)
    isDirectory = (s.st_mode & S_IFMT) == S_IFDIR
  }
}

private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  #if canImport(Glibc)
    Glibc.open(path, flags, mode)
  #else
    Darwin.open(path, flags, mode)
  #endif
}
