#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Initialises Oniguruma's globals the way jq's first regex match does, without compiling a
/// jq program (libjq 1.6 binds its builtins on every compilation, ~15 ms).
///
/// Oniguruma sets up its globals on first use, unguarded, so one match must run before jq
/// programs run on several threads. This runs that match directly with the calls and
/// arguments of jq 1.6's `f_match` (`onig_new` with `ONIG_OPTION_CAPTURE_GROUP`,
/// `ONIG_ENCODING_UTF8` and `ONIG_SYNTAX_PERL_NT`, which Oniguruma 6 defines as
/// `OnigSyntaxPerl_NG`, the symbol libjq imports; `onig_region_new`, `onig_search`, the
/// frees), found in the Oniguruma libjq is linked with (libjq's headers do not declare them).
/// `run()` is false when they are not found; the caller then runs a jq program instead.
enum OnigurumaWarmUp {
  private typealias New =
    @convention(c) (
      UnsafeMutablePointer<OpaquePointer?>, UnsafePointer<UInt8>, UnsafePointer<UInt8>, UInt32,
      UnsafeMutableRawPointer, UnsafeMutableRawPointer, UnsafeMutableRawPointer
    ) -> Int32
  private typealias RegionNew = @convention(c) () -> OpaquePointer?
  private typealias Search =
    @convention(c) (
      OpaquePointer, UnsafePointer<UInt8>, UnsafePointer<UInt8>, UnsafePointer<UInt8>,
      UnsafePointer<UInt8>, OpaquePointer, UInt32
    ) -> Int32
  private typealias RegionFree = @convention(c) (OpaquePointer, Int32) -> Void
  private typealias Free = @convention(c) (OpaquePointer) -> Void

  /// `ONIG_OPTION_CAPTURE_GROUP`, the option jq compiles every regex with by default.
  private static let captureGroup: UInt32 = 1 << 8

  static func run() -> Bool {
    guard let process = dlopen(nil, RTLD_NOW) else { return false }
    defer { dlclose(process) }
    func symbol(_ name: String) -> UnsafeMutableRawPointer? { dlsym(process, name) }
    guard let newAddress = symbol("onig_new"), let regionNewAddress = symbol("onig_region_new"),
      let searchAddress = symbol("onig_search"),
      let regionFreeAddress = symbol("onig_region_free"), let freeAddress = symbol("onig_free"),
      let utf8 = symbol("OnigEncodingUTF8"), let perl = symbol("OnigSyntaxPerl_NG")
    else { return false }
    let new = unsafeBitCast(newAddress, to: New.self)
    let regionNew = unsafeBitCast(regionNewAddress, to: RegionNew.self)
    let search = unsafeBitCast(searchAddress, to: Search.self)
    let regionFree = unsafeBitCast(regionFreeAddress, to: RegionFree.self)
    let free = unsafeBitCast(freeAddress, to: Free.self)

    // `OnigErrorInfo` is three pointers; room to spare.
    let errorInfo = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 16)
    errorInfo.initializeMemory(as: UInt8.self, repeating: 0, count: 64)
    defer { errorInfo.deallocate() }
    let text: [UInt8] = [UInt8(ascii: "a")]
    return text.withUnsafeBufferPointer { buffer in
      guard let start = buffer.baseAddress else { return false }
      let end = start + buffer.count
      var regex: OpaquePointer?
      guard new(&regex, start, end, captureGroup, utf8, perl, errorInfo) == 0, let regex else {
        return false
      }
      defer { free(regex) }
      guard let region = regionNew() else { return false }
      defer { regionFree(region, 1) }
      return search(regex, start, end, start, end, region, 0) >= 0
    }
  }
}
