import Foundation
import ScenarioRuntime
import Synchronization

/// What a curl invocation left behind: standard output and error, exit status, written files.
struct CurlRun: Sendable, Equatable, CustomStringConvertible {
  var stdout: [UInt8]
  var stderr: [UInt8]
  var exitCode: Int32
  var files: [String: [UInt8]] = [:]

  var description: String {
    func text(_ bytes: [UInt8]) -> String {
      String(decoding: bytes, as: UTF8.self).debugDescription
    }
    let fileText = files.keys.sorted().map { "\($0)=\(text(files[$0]!))" }.joined(separator: " ")
    return "exit \(exitCode)\nstdout: \(text(stdout))\nstderr: \(text(stderr))\nfiles: \(fileText)"
  }
}

/// Runs a `ResolvedRequest` through `/usr/bin/curl` (argv rebuilt from the request) and through
/// a `CurlTransport`, and normalises what varies from run to run.
enum CurlOracle {
  static let curlPath = "/usr/bin/curl"

  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: curlPath) }

  /// The curl command line equivalent to `request`; bodies go through files in `scratch`.
  static func arguments(for request: ResolvedRequest, scratch: String) throws -> [String] {
    let options = request.options
    var args: [String] = []
    if options.silent { args.append("-s") }
    if options.showError { args.append("-S") }
    if options.failOnHTTPError { args.append("-f") }
    if options.failWithBody { args.append("--fail-with-body") }
    if options.includeHeaders { args.append("-i") }
    if let dump = options.dumpHeaders { args += ["-D", dump] }
    if let output = options.output { args += ["-o", output] }
    if let format = options.writeOut { args += ["-w", format] }
    if options.noBuffer { args.append("-N") }
    if options.followRedirects { args.append("-L") }
    if options.dataAsQuery { args.append("-G") }
    if options.headOnly { args.append("-I") }
    if options.insecure { args.append("-k") }
    if options.compressed { args.append("--compressed") }
    if options.http11 { args.append("--http1.1") }
    if let maxTime = options.maxTime { args += ["--max-time", String(maxTime)] }
    if let connectTimeout = options.connectTimeout {
      args += ["--connect-timeout", String(connectTimeout)]
    }
    if let user = options.user { args += ["-u", user] }
    if let agent = options.userAgent { args += ["-A", agent] }
    if let cookie = options.cookie { args += ["-b", cookie] }
    if let retry = options.retry { args += ["--retry", String(retry)] }
    if request.explicitMethod { args += ["-X", request.method] }
    for header in request.headers { args += ["-H", header] }

    switch request.body {
    case .none:
      break
    case .data(let bytes, let form):
      let path = scratch + "/curl-body"
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      if form {
        args += ["--data-binary", "@" + path]
      } else if request.method == "PUT" && !request.explicitMethod {
        args += ["-T", path]
      } else {
        args += ["--data-binary", "@" + path]
        if !request.headers.contains(where: { $0.lowercased().hasPrefix("content-type") }) {
          args += ["-H", "Content-Type:"]
        }
      }
    case .multipart(let parts):
      for (index, part) in parts.enumerated() {
        var spec: String
        if let filename = part.filename {
          let directory = scratch + "/part\(index)"
          try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
          try Data(part.value).write(to: URL(fileURLWithPath: directory + "/" + filename))
          spec = "\(part.name)=@\(directory)/\(filename)"
        } else {
          spec = "\(part.name)=\(String(decoding: part.value, as: UTF8.self))"
        }
        if let type = part.contentType { spec += ";type=\(type)" }
        args += ["-F", spec]
      }
    }
    args.append(request.url)
    return args
  }

  static func runCurl(_ request: ResolvedRequest, scratch: String, files: [String]) async throws
    -> CurlRun
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: curlPath)
    process.arguments = try arguments(for: request, scratch: scratch)
    process.currentDirectoryURL = URL(fileURLWithPath: scratch)
    let outPath = scratch + "/curl-stdout"
    let errPath = scratch + "/curl-stderr"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    process.standardInput = FileHandle.nullDevice
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
      process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
      do {
        try process.run()
      } catch {
        continuation.resume(throwing: error)
      }
    }
    return CurlRun(
      stdout: Array(try Data(contentsOf: URL(fileURLWithPath: outPath))),
      stderr: Array(try Data(contentsOf: URL(fileURLWithPath: errPath))),
      exitCode: status, files: read(files, in: scratch))
  }

  static func runTransport(
    _ transport: any CurlTransport, _ request: ResolvedRequest, scratch: String, files: [String]
  ) async -> CurlRun {
    let collected = Mutex<[UInt8]>([])
    let result = await transport.perform(request) { bytes in
      collected.withLock { $0 += bytes }
    }
    return CurlRun(
      stdout: collected.withLock { $0 }, stderr: result.stderr, exitCode: result.exitCode,
      files: read(files, in: scratch))
  }

  private static func read(_ files: [String], in scratch: String) -> [String: [UInt8]] {
    var contents: [String: [UInt8]] = [:]
    for name in files {
      if let data = FileManager.default.contents(atPath: scratch + "/" + name) {
        contents[name] = Array(data)
      } else {
        contents[name] = Array("<missing>".utf8)
      }
    }
    return contents
  }

  /// Only what differs between two runs of the same transfer: `Date:` values, elapsed
  /// milliseconds, `-w` times (when asked), the scratch directory, curl's progress meter, and
  /// the wording of a `--connect-timeout` that ran out. curl 7.88 words that one by a race
  /// between its connect attempt's own deadline (`Failed to connect to H port P after N ms:
  /// Timeout was reached`) and the transfer's (`Connection timeout after N ms`): the same
  /// curl printed one locally and the other on a CI machine.
  static func normalised(_ run: CurlRun, scratch: String, times: Bool) -> CurlRun {
    func clean(_ bytes: [UInt8]) -> [UInt8] {
      guard var text = String(validating: bytes, as: UTF8.self) else { return bytes }
      text = text.replacing(scratch, with: "<scratch>")
      text = text.replacing(/Date: [^\r\n]*/, with: "Date: <date>")
      text = text.replacing(/after \d+ ms/, with: "after <n> ms")
      text = text.replacing(/after \d+ milliseconds/, with: "after <n> milliseconds")
      text = text.replacing(
        /Failed to connect to [^ ]+ port \d+ after <n> ms: Timeout was reached/,
        with: "Connection timeout after <n> ms")
      if times { text = text.replacing(/\d+\.\d{6}/, with: "<time>") }
      // The progress meter curl draws without -s.
      text = text.replacing(#/ *% Total +% Received[^\n]*\n/#, with: "")
      text = text.replacing(#/ +Dload +Upload[^\n]*\n/#, with: "")
      text = text.replacing(/\r[ 0-9kMGTP:.\-]+\n?/, with: "")
      return Array(text.utf8)
    }
    var out = run
    out.stdout = clean(run.stdout)
    out.stderr = clean(run.stderr)
    out.files = run.files.mapValues(clean)
    return out
  }
}
