/// A `curl` command line the compiler does not turn into one `Request`: its words are only
/// known at run time (`curl "${args[@]}" "$@"`), or it makes several transfers (several URLs,
/// `--next`). The runtime expands the words and reads them with the compiler's curl option
/// table (`CurlCommandLine`), then runs each transfer as a request.
public struct CurlCall: Codable, Equatable, Hashable, Sendable {
  /// The arguments after `curl`, one template per word as written (`"$@"` is one template that
  /// expands to one word per positional parameter).
  public var arguments: [Template]

  public init(arguments: [Template]) {
    self.arguments = arguments
  }
}
