import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `realpath` as GNU coreutils 9 resolves names (gnulib's `canonicalize_filename_mode`):
/// component by component from the working directory, following symbolic links (at most 40)
/// unless `noSymlinks`, with the existence rule of the call.
enum RealpathSource {
  static func run(_ call: RealpathCall, names: [String], workingDirectory: String)
    -> FilterResult
  {
    var output: [UInt8] = []
    var stderr: [UInt8] = []
    var status: Int32 = 0
    for name in names {
      switch resolve(name, call, workingDirectory: workingDirectory) {
      case .success(let path):
        output += Array(path.utf8)
        output.append(call.zero ? 0 : UInt8(ascii: "\n"))
      case .failure(let error):
        status = 1
        if !call.quiet {
          stderr += Array("realpath: \(Quoting.ifNeeded(name)): \(error.message)\n".utf8)
        }
      }
    }
    return FilterResult(output: output, status: status, stderr: stderr)
  }

  static func resolve(_ name: String, _ call: RealpathCall, workingDirectory: String)
    -> Result<String, FileError>
  {
    guard !name.isEmpty else { return .failure(FileError(code: ENOENT)) }
    var pending = name.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    var resolved: [String] =
      name.hasPrefix("/")
      ? []
      : workingDirectory.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    var links = 0
    while !pending.isEmpty {
      let component = pending.removeFirst()
      if component == "." { continue }
      if component == ".." {
        if !resolved.isEmpty { resolved.removeLast() }
        continue
      }
      resolved.append(component)
      let path = "/" + resolved.joined(separator: "/")
      var info = stat()
      guard lstat(path, &info) == 0 else {
        let code = errno
        // `-m` carries on past any failure; the default, past a missing last component.
        if call.existence == .none
          || (call.existence == .allButLast && code == ENOENT && pending.isEmpty)
        {
          continue
        }
        return .failure(FileError(code: code))
      }
      if !call.noSymlinks, info.st_mode & S_IFMT == S_IFLNK {
        links += 1
        guard links <= 40 else { return .failure(FileError(code: ELOOP)) }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length >= 0 else { return .failure(FileError(code: errno)) }
        let target = String(
          decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        resolved.removeLast()
        if target.hasPrefix("/") { resolved = [] }
        pending =
          target.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
          + pending
        continue
      }
      if !pending.isEmpty, info.st_mode & S_IFMT != S_IFDIR, call.existence != .none {
        return .failure(FileError(code: ENOTDIR))
      }
    }
    return .success("/" + resolved.joined(separator: "/"))
  }
}
