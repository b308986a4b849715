import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the compiler writes an output file (specs and generated Swift alike).
enum FileReplacement {
  /// Writes a temporary file beside `url` and renames it over `url`: readers see the old or the
  /// new bytes, never a part. Unlike `Data.write(to:options: .atomic)` it does not `fsync` each
  /// file, which made writing a fresh directory of a hundred specs take most of a second on a
  /// busy disk; the files are regenerated from the markdown, so a crash costs a rerun.
  static func replace(_ url: URL, with data: Data) throws {
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(getpid()).tmp")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw failure(url) }
    let written = data.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let count = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return false }
        offset += count
      }
      return true
    }
    guard close(descriptor) == 0, written, rename(temporary.path, url.path) == 0 else {
      unlink(temporary.path)
      throw failure(url)
    }
  }

  private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int)
    -> Int
  {
    #if canImport(Glibc)
      Glibc.write(descriptor, bytes, count)
    #else
      Darwin.write(descriptor, bytes, count)
    #endif
  }

  private static func failure(_ url: URL) -> CocoaError {
    CocoaError(
      .fileWriteUnknown,
      userInfo: [
        NSFilePathErrorKey: url.path,
        NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO),
      ])
  }
}
