import SpecModel

/// A curl invocation with every word expanded and every file read: what curl would send. The
/// same `CurlRequest` as the IR's `Request`, at the next stage (see `ShellState.resolve`).
public typealias ResolvedRequest = CurlRequest<String, ResolvedBody, ResolvedCurlOptions>

public enum ResolvedBody: Sendable, Equatable {
  /// `-d`/`--data-*`/`--json` text or file bytes, or a `-T` upload. `form` is true for the
  /// `--data` family, which defaults `Content-Type` to `application/x-www-form-urlencoded`
  /// (with `-G` the bytes go into the URL query instead).
  case data([UInt8], form: Bool)
  /// `-F` parts, sent as `multipart/form-data`.
  case multipart([ResolvedPart])
}

public struct ResolvedPart: Sendable, Equatable {
  public var name: String
  public var value: [UInt8]
  /// Set for file uploads (`name=@path`): the base name of the file unless `;filename=` said.
  public var filename: String?
  /// `;type=`; for file uploads without it curl guesses from the extension.
  public var contentType: String?

  public init(name: String, value: [UInt8], filename: String? = nil, contentType: String? = nil) {
    self.name = name
    self.value = value
    self.filename = filename
    self.contentType = contentType
  }
}

/// curl's behaviour with words expanded: the IR's flags as they are, paths made absolute.
@dynamicMemberLookup
public struct ResolvedCurlOptions: CurlSettings, Sendable, Equatable {
  public var flags = CurlFlags()
  /// `-D`: `-` for standard output, else a path.
  public var dumpHeaders: String?
  /// `-o`: a path (`/dev/null` discards).
  public var output: String?
  /// Mode of the files `-o` and `-D` create: curl's 0666 less the shell's umask.
  public var fileMode = 0o644
  /// `-w` format, unexpanded (`%{http_code}` and friends are the transport's to fill in).
  public var writeOut: String?
  public var maxTime: Double?
  public var connectTimeout: Double?
  public var user: String?
  public var userAgent: String?
  public var cookie: String?

  public init() {}

  public subscript<T>(dynamicMember flag: WritableKeyPath<CurlFlags, T>) -> T {
    get { flags[keyPath: flag] }
    set { flags[keyPath: flag] = newValue }
  }
}

/// What curl leaves behind besides its standard output.
public struct TransferResult: Sendable, Equatable {
  /// curl's exit status: 0, 6, 7, 22, 28, 52, 56, …
  public var exitCode: Int32
  /// What curl prints on standard error (`curl: (7) Failed to connect to …`), per `-s`/`-S`.
  public var stderr: [UInt8]
  /// The last request sent and its response, for failure reports (nil from transports that do
  /// not record it, and when curl sent nothing).
  public var exchange: HTTPExchangeRecord?

  public init(exitCode: Int32, stderr: [UInt8] = [], exchange: HTTPExchangeRecord? = nil) {
    self.exitCode = exitCode
    self.stderr = stderr
    self.exchange = exchange
  }
}

/// Performs curl transfers. The production transport is `HTTPClientTransport`; tests use fakes.
public protocol CurlTransport: Sendable {
  /// Performs the transfer as curl 7.88 would. `stdout` receives, in order and as soon as they
  /// arrive, the bytes curl writes to standard output: the header block for `-i` or `-D -`, the
  /// body (unless `-o`), then the `-w` text. Files named by `-D FILE` and `-o FILE` are written
  /// by the transport. To bound a transfer from outside (the scenario timeout), cancel the
  /// calling task: `HTTPClientTransport` then stops it and returns curl's exit status 42.
  func perform(
    _ request: ResolvedRequest, stdout: @escaping @Sendable ([UInt8]) async -> Void
  ) async -> TransferResult

  /// The same transfer writing to a pipe whose reader may go away: `pipe` returns false when
  /// the bytes could not be written (the next command of the pipeline has exited and the pipe
  /// is full, see `StagePipe`); curl then fails as it does on a write error, with exit status
  /// 23 ("Failure writing output to destination").
  func transfer(
    _ request: ResolvedRequest, pipe: @escaping @Sendable ([UInt8]) async -> Bool
  ) async -> TransferResult
}

extension CurlTransport {
  /// Transports that cannot stop a transfer early write everything to the pipe.
  public func transfer(
    _ request: ResolvedRequest, pipe: @escaping @Sendable ([UInt8]) async -> Bool
  ) async -> TransferResult {
    await perform(request, stdout: { bytes in _ = await pipe(bytes) })
  }
}
