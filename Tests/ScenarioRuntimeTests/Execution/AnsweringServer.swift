import Foundation
import ScenarioRuntime

/// A server that answers every request with `200 OK` and the JSON body `{}`, seen through
/// curl: the header block goes where `-i`, `-I` and `-D` send it, the body to `-o FILE` or the
/// output, `-w` prints `%{http_code}` as `200`. The same behaviour exists as a transport for the
/// interpreter and as a `curl` script for real bash.
enum AnsweringServer {
  static let headers = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n"
  static let body = "{}\n"

  /// Writes as curl does: an existing file is truncated in place (its mode stays).
  static func write(_ bytes: [UInt8], to path: String) {
    if let handle = FileHandle(forWritingAtPath: path) {
      try? handle.truncate(atOffset: 0)
      try? handle.write(contentsOf: Data(bytes))
      try? handle.close()
    } else {
      _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }
  }

  final class Transport: CurlTransport {
    func perform(
      _ request: ResolvedRequest, stdout: @escaping @Sendable ([UInt8]) async -> Void
    ) async -> TransferResult {
      let o = request.options
      let headers = Array(AnsweringServer.headers.utf8)
      let body = Array(AnsweringServer.body.utf8)
      if let dump = o.dumpHeaders {
        if dump == "-" {
          await stdout(headers)
        } else if dump != "/dev/null" {
          AnsweringServer.write(headers, to: dump)
        }
      }
      if o.headOnly {
        await stdout(headers)
      } else {
        if o.includeHeaders { await stdout(headers) }
        if let output = o.output {
          if output != "/dev/null" {
            AnsweringServer.write(body, to: output)
          }
        } else {
          await stdout(body)
        }
      }
      if let format = o.writeOut {
        await stdout(Array(format.replacing("%{http_code}", with: "200").utf8))
      }
      return TransferResult(exitCode: 0)
    }
  }

  /// A `curl` for real bash that behaves the same. Returns the directory to put first on PATH.
  static func installScripts() throws -> String {
    let directory = Snippet.temporaryDirectory()
    let curl = #"""
      #!/bin/bash
      umask 022
      out= dump= wout= include=0 head=0
      valued=HdoDXFTuAbmwerEKxyYz
      while [ $# -gt 0 ]; do
        a=$1
        shift
        case $a in
          --include) include=1 ;;
          --head) head=1 ;;
          --write-out) wout=$1; shift ;;
          --output) out=$1; shift ;;
          --dump-header) dump=$1; shift ;;
          --header|--data|--data-raw|--data-binary|--data-ascii|--data-urlencode|--request|--form|--form-string|--json|--retry|--user|--user-agent|--cookie|--upload-file|--max-time|--connect-timeout|--referer|--url) shift ;;
          --*) ;;
          -?*)
            rest=${a#-}
            while [ -n "$rest" ]; do
              c=${rest:0:1}
              rest=${rest:1}
              case $c in
                i) include=1 ;;
                I) head=1 ;;
                *)
                  if [[ $valued == *"$c"* ]]; then
                    if [ -n "$rest" ]; then v=$rest; rest=; else v=$1; shift; fi
                    case $c in
                      w) wout=$v ;;
                      o) out=$v ;;
                      D) dump=$v ;;
                    esac
                    break
                  fi
                  ;;
              esac
            done
            ;;
        esac
      done
      headers=$'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n'
      body=$'{}\n'
      if [ -n "$dump" ]; then
        if [ "$dump" = - ]; then printf '%s' "$headers"; elif [ "$dump" != /dev/null ]; then printf '%s' "$headers" > "$dump"; fi
      fi
      if [ "$head" = 1 ]; then
        printf '%s' "$headers"
      else
        if [ "$include" = 1 ]; then printf '%s' "$headers"; fi
        if [ -n "$out" ]; then
          if [ "$out" != /dev/null ]; then printf '%s' "$body" > "$out"; fi
        else
          printf '%s' "$body"
        fi
      fi
      if [ -n "$wout" ]; then printf '%s' "${wout//%\{http_code\}/200}"; fi
      exit 0
      """#
    try Spawn.installScript(curl, at: directory + "/curl")
    return directory
  }
}
