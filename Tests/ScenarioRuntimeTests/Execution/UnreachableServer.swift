import Foundation
import ScenarioRuntime
import Synchronization

/// A server nobody listens on, seen through curl: every transfer fails with curl's exit 7 and
/// message (printed unless `-s` without `-S`); `-w` prints `%{http_code}` as `000`. The same
/// behaviour exists as a transport for the interpreter and as a `curl` script for real bash.
enum UnreachableServer {
  static func message(url: String) -> String {
    var rest = Substring(url)
    if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
    let authority = rest.prefix { $0 != "/" && $0 != "?" }
    let parts = authority.split(separator: ":", maxSplits: 1)
    let host = parts.first.map(String.init) ?? ""
    let port = parts.count > 1 ? String(parts[1]) : (url.hasPrefix("https") ? "443" : "80")
    return
      "curl: (7) Failed to connect to \(host) port \(port) after 0 ms: Couldn't connect to server\n"
  }

  static func writeOut(_ format: String) -> String {
    format.replacing("%{http_code}", with: "000")
  }

  final class Transport: CurlTransport {
    func perform(
      _ request: ResolvedRequest, stdout: @escaping @Sendable ([UInt8]) async -> Void
    ) async -> TransferResult {
      if let format = request.options.writeOut {
        await stdout(Array(UnreachableServer.writeOut(format).utf8))
      }
      let quiet = request.options.silent && !request.options.showError
      return TransferResult(
        exitCode: 7, stderr: quiet ? [] : Array(UnreachableServer.message(url: request.url).utf8))
    }
  }

  /// A `curl` for real bash that behaves the same; returns the directory to put first on PATH.
  static func installCurlScript() throws -> String {
    let directory = Snippet.temporaryDirectory()
    let script = #"""
      #!/bin/bash
      silent=0 show=0 url= wout=
      valued=HdoDXFTuAbmwerEKxyYz
      while [ $# -gt 0 ]; do
        a=$1
        shift
        case $a in
          --silent) silent=1 ;;
          --show-error) show=1 ;;
          --write-out) wout=$1; shift ;;
          --url) url=$1; shift ;;
          --header|--data|--data-raw|--data-binary|--data-ascii|--data-urlencode|--output|--request|--form|--form-string|--json|--retry|--user|--user-agent|--cookie|--upload-file|--dump-header|--max-time|--connect-timeout|--referer) shift ;;
          http://*|https://*) url=$a ;;
          --*) ;;
          -?*)
            rest=${a#-}
            while [ -n "$rest" ]; do
              c=${rest:0:1}
              rest=${rest:1}
              case $c in
                s) silent=1 ;;
                S) show=1 ;;
                *)
                  if [[ $valued == *"$c"* ]]; then
                    if [ -n "$rest" ]; then v=$rest; rest=; else v=$1; shift; fi
                    [ "$c" = w ] && wout=$v
                    break
                  fi
                  ;;
              esac
            done
            ;;
        esac
      done
      if [ -n "$wout" ]; then printf '%s' "${wout//%\{http_code\}/000}"; fi
      if [ "$silent" = 0 ] || [ "$show" = 1 ]; then
        hostport=${url#*://}
        hostport=${hostport%%/*}
        hostport=${hostport%%\?*}
        host=${hostport%%:*}
        if [ "$host" = "$hostport" ]; then
          port=80
          [[ $url == https* ]] && port=443
        else
          port=${hostport#*:}
        fi
        echo "curl: (7) Failed to connect to $host port $port after 0 ms: Couldn't connect to server" >&2
      fi
      exit 7
      """#
    let path = directory + "/curl"
    try Spawn.installScript(script, at: path)
    return directory
  }
}
