/// One `curl` invocation: what is sent and how curl behaves, at one stage. In the IR (`Request`)
/// words are `Template`s, expanded at run time; the runtime substitutes them and reads the files
/// the body names into a `ResolvedRequest` (ScenarioRuntime), which the transport sends.
public struct CurlRequest<Word, Payload, Options: CurlSettings> {
  /// The method curl sends: `-X`, else `HEAD` for `-I`, `POST` when there is a body, `GET` otherwise.
  public var method: String
  /// Whether the method came from an explicit `-X` (the method is then sent as is, even with a body).
  public var explicitMethod: Bool
  public var url: Word
  /// Header lines in command-line order, each a whole `Name: value` line (`-H "$ADMIN_AUTH_HEADER"`
  /// is only known at run time; curl's `Name:` removes a default header and `Name;` sends it
  /// empty).
  public var headers: [Word]
  public var body: Payload?
  public var options: Options

  public init(
    method: String, explicitMethod: Bool = false, url: Word, headers: [Word] = [],
    body: Payload? = nil, options: Options = Options()
  ) {
    self.method = method
    self.explicitMethod = explicitMethod
    self.url = url
    self.headers = headers
    self.body = body
    self.options = options
  }
}

/// curl's behaviour settings at one stage; `init()` gives curl's defaults.
public protocol CurlSettings {
  init()
}

extension CurlRequest: Equatable where Word: Equatable, Payload: Equatable, Options: Equatable {}
extension CurlRequest: Hashable where Word: Hashable, Payload: Hashable, Options: Hashable {}
extension CurlRequest: Sendable where Word: Sendable, Payload: Sendable, Options: Sendable {}

/// A `curl` invocation in the IR.
public typealias Request = CurlRequest<Template, Body, CurlOptions>

extension CurlRequest: Codable where Word == Template, Payload == Body, Options == CurlOptions {
  enum CodingKeys: String, CodingKey {
    case method
    case explicitMethod = "explicit-method"
    case url, headers, body, options
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    method = try c.decode(String.self, forKey: .method)
    explicitMethod = try c.flag(.explicitMethod)
    url = try c.decode(Template.self, forKey: .url)
    headers = try c.decodeIfPresent([Template].self, forKey: .headers) ?? []
    body = try c.decodeIfPresent(Body.self, forKey: .body)
    options = try c.decodeIfPresent(CurlOptions.self, forKey: .options) ?? CurlOptions()
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(method, forKey: .method)
    try c.flag(explicitMethod, .explicitMethod)
    try c.encode(url, forKey: .url)
    if !headers.isEmpty { try c.encode(headers, forKey: .headers) }
    try c.encodeIfPresent(body, forKey: .body)
    if options != CurlOptions() { try c.encode(options, forKey: .options) }
  }
}

/// What curl sends as the request body.
public enum Body: Equatable, Hashable, Sendable {
  /// `-d`/`--data`/`--data-raw`/`--data-binary` text (several are joined with `&`), sent as is.
  /// `json` is set when the request declares `Content-Type: application/json`.
  case data(Template, json: Bool)
  /// `--data-binary @file` / `-d @file` / `--upload-file`: the bytes of a file
  /// (`stripNewlines` for `-d @file`, which drops CR and LF as curl does).
  case file(Template, stripNewlines: Bool)
  /// `--data-urlencode` fields, joined with `&`.
  case urlencoded([FormField])
  /// `-F` parts: a `multipart/form-data` body.
  case multipart([MultipartPart])
}

/// One `--data-urlencode` argument: `name=value`, `=value`, `value`, `name@file` or `@file`.
public struct FormField: Codable, Equatable, Hashable, Sendable {
  public var name: String?
  public var value: Template?
  /// Read the value from this file instead.
  public var file: Template?

  public init(name: String? = nil, value: Template? = nil, file: Template? = nil) {
    self.name = name
    self.value = value
    self.file = file
  }
}

/// One `-F` argument: `name=value`, `name=@file[;type=…][;filename=…]` or `name=<file`.
public struct MultipartPart: Codable, Equatable, Hashable, Sendable {
  public var name: String
  /// Literal field value (`name=value`).
  public var value: Template?
  /// A file attached as an upload (`name=@path`).
  public var file: Template?
  /// A file whose content becomes the field value (`name=<path`).
  public var contentFrom: Template?
  /// `;type=`.
  public var contentType: String?
  /// `;filename=`; curl defaults to the file's base name.
  public var filename: Template?

  public init(
    name: String, value: Template? = nil, file: Template? = nil, contentFrom: Template? = nil,
    contentType: String? = nil, filename: Template? = nil
  ) {
    self.name = name
    self.value = value
    self.file = file
    self.contentFrom = contentFrom
    self.contentType = contentType
    self.filename = filename
  }

  enum CodingKeys: String, CodingKey {
    case name, value, file
    case contentFrom = "content-from"
    case contentType = "type"
    case filename
  }
}

/// curl's switches and counts: what is the same in the IR and once resolved (no words to
/// expand). Defaults are curl's own.
public struct CurlFlags: Equatable, Hashable, Sendable {
  /// `-s`: no progress meter and no error messages (unless `showError`).
  public var silent = false
  /// `-S`: print errors even when silent.
  public var showError = false
  /// `-f`: exit 22 without printing the body on HTTP status ≥ 400.
  public var failOnHTTPError = false
  /// `--fail-with-body`: exit 22 on HTTP status ≥ 400, body still printed.
  public var failWithBody = false
  /// `-i`: the response header block precedes the body on the output.
  public var includeHeaders = false
  /// `-N`/`--no-buffer`: output is flushed as it arrives.
  public var noBuffer = false
  /// `-L`: follow redirects.
  public var followRedirects = false
  /// `-G`: `-d` data goes into the URL query of a GET.
  public var dataAsQuery = false
  /// `-I`: send HEAD and print only headers.
  public var headOnly = false
  /// `-k`: accept any TLS certificate.
  public var insecure = false
  /// `--compressed`: ask for a compressed response and decode it.
  public var compressed = false
  /// `--http1.1`.
  public var http11 = false
  /// `--retry N`.
  public var retry: Int?

  public init() {}
}

/// curl's behaviour in the IR: its flags, and the options whose values are words. Defaults are
/// curl's own. The flags read as members (`options.silent`).
@dynamicMemberLookup
public struct CurlOptions: CurlSettings, Codable, Equatable, Hashable, Sendable {
  public var flags = CurlFlags()
  /// `-D FILE`: where the header block is written (`-` for standard output).
  public var dumpHeaders: Template?
  /// `-o FILE`: where the body is written instead of standard output (`/dev/null` discards).
  public var output: Template?
  /// `-w FORMAT`: printed to standard output after the transfer (`%{http_code}` and friends).
  public var writeOut: Template?
  /// `-m`/`--max-time` seconds.
  public var maxTime: Seconds?
  /// `--connect-timeout` seconds.
  public var connectTimeout: Seconds?
  /// `-u user:password`.
  public var user: Template?
  /// `-A`.
  public var userAgent: Template?
  /// `-b` cookie string or file.
  public var cookie: Template?

  public init() {}

  public subscript<T>(dynamicMember flag: WritableKeyPath<CurlFlags, T>) -> T {
    get { flags[keyPath: flag] }
    set { flags[keyPath: flag] = newValue }
  }

  enum CodingKeys: String, CodingKey {
    case silent
    case showError = "show-error"
    case failOnHTTPError = "fail"
    case failWithBody = "fail-with-body"
    case includeHeaders = "include-headers"
    case dumpHeaders = "dump-headers"
    case output
    case writeOut = "write-out"
    case noBuffer = "no-buffer"
    case followRedirects = "location"
    case dataAsQuery = "get"
    case headOnly = "head"
    case insecure, compressed
    case http11 = "http1.1"
    case maxTime = "max-time"
    case connectTimeout = "connect-timeout"
    case user
    case userAgent = "user-agent"
    case cookie, retry
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    flags.silent = try c.flag(.silent)
    flags.showError = try c.flag(.showError)
    flags.failOnHTTPError = try c.flag(.failOnHTTPError)
    flags.failWithBody = try c.flag(.failWithBody)
    flags.includeHeaders = try c.flag(.includeHeaders)
    dumpHeaders = try c.decodeIfPresent(Template.self, forKey: .dumpHeaders)
    output = try c.decodeIfPresent(Template.self, forKey: .output)
    writeOut = try c.decodeIfPresent(Template.self, forKey: .writeOut)
    flags.noBuffer = try c.flag(.noBuffer)
    flags.followRedirects = try c.flag(.followRedirects)
    flags.dataAsQuery = try c.flag(.dataAsQuery)
    flags.headOnly = try c.flag(.headOnly)
    flags.insecure = try c.flag(.insecure)
    flags.compressed = try c.flag(.compressed)
    flags.http11 = try c.flag(.http11)
    maxTime = try c.decodeIfPresent(Seconds.self, forKey: .maxTime)
    connectTimeout = try c.decodeIfPresent(Seconds.self, forKey: .connectTimeout)
    user = try c.decodeIfPresent(Template.self, forKey: .user)
    userAgent = try c.decodeIfPresent(Template.self, forKey: .userAgent)
    cookie = try c.decodeIfPresent(Template.self, forKey: .cookie)
    flags.retry = try c.decodeIfPresent(Int.self, forKey: .retry)
  }

  /// Only what differs from curl's defaults is written.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.flag(flags.silent, .silent)
    try c.flag(flags.showError, .showError)
    try c.flag(flags.failOnHTTPError, .failOnHTTPError)
    try c.flag(flags.failWithBody, .failWithBody)
    try c.flag(flags.includeHeaders, .includeHeaders)
    try c.encodeIfPresent(dumpHeaders, forKey: .dumpHeaders)
    try c.encodeIfPresent(output, forKey: .output)
    try c.encodeIfPresent(writeOut, forKey: .writeOut)
    try c.flag(flags.noBuffer, .noBuffer)
    try c.flag(flags.followRedirects, .followRedirects)
    try c.flag(flags.dataAsQuery, .dataAsQuery)
    try c.flag(flags.headOnly, .headOnly)
    try c.flag(flags.insecure, .insecure)
    try c.flag(flags.compressed, .compressed)
    try c.flag(flags.http11, .http11)
    try c.encodeIfPresent(maxTime, forKey: .maxTime)
    try c.encodeIfPresent(connectTimeout, forKey: .connectTimeout)
    try c.encodeIfPresent(user, forKey: .user)
    try c.encodeIfPresent(userAgent, forKey: .userAgent)
    try c.encodeIfPresent(cookie, forKey: .cookie)
    try c.encodeIfPresent(flags.retry, forKey: .retry)
  }
}
