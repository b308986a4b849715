import Foundation

/// `-w FORMAT` as curl 7.88 expands it (src/tool_writeout.c).
enum CurlWriteOut {
  struct Output: Sendable, Equatable {
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []
  }

  /// Expands `format` (`@file` reads it from a file, as curl does). Unknown variables print
  /// nothing on standard output and a note on standard error, even with `-s`.
  static func render(_ format: String, info: CurlTransferInfo) -> Output {
    var format = format
    if format.hasPrefix("@") {
      let path = String(format.dropFirst())
      format = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
    var output = Output()
    var toStderr = false
    func emit(_ text: String) {
      if toStderr { output.stderr += Array(text.utf8) } else { output.stdout += Array(text.utf8) }
    }

    let chars = Array(format.unicodeScalars)
    var index = 0
    loop: while index < chars.count {
      let char = chars[index]
      if char == "%" && index + 1 < chars.count {
        let next = chars[index + 1]
        if next == "%" {
          emit("%")
          index += 2
          continue
        }
        if next == "{", let close = chars[(index + 2)...].firstIndex(of: "}") {
          let name = String(String.UnicodeScalarView(chars[(index + 2)..<close]))
          index = close + 1
          switch name {
          case "stdout": toStderr = false
          case "stderr": toStderr = true
          case "onerror":
            if info.exitCode == 0 { break loop }
          default:
            if let value = variable(name, info: info) {
              emit(value)
            } else {
              output.stderr += Array("curl: unknown --write-out variable: '\(name)'\n".utf8)
            }
          }
          continue
        }
        if chars[(index + 1)...].starts(with: "header{".unicodeScalars),
          let close = chars[(index + 8)...].firstIndex(of: "}")
        {
          let name = String(String.UnicodeScalarView(chars[(index + 8)..<close]))
          emit(info.header(name) ?? "")
          index = close + 1
          continue
        }
        emit("%")
        index += 1
        continue
      }
      if char == "\\" && index + 1 < chars.count {
        switch chars[index + 1] {
        case "n": emit("\n")
        case "r": emit("\r")
        case "t": emit("\t")
        default: emit("\\" + String(chars[index + 1]))
        }
        index += 2
        continue
      }
      emit(String(char))
      index += 1
    }
    return output
  }

  /// The value of a `%{name}` variable; nil for names curl 7.88 does not know.
  static func variable(_ name: String, info: CurlTransferInfo) -> String? {
    switch name {
    case "http_code", "response_code": return code(info.httpCode)
    case "http_connect": return "000"
    case "content_type": return info.contentType ?? ""
    case "errormsg": return info.errorMessage ?? ""
    case "exitcode": return String(info.exitCode)
    case "filename_effective": return info.filenameEffective ?? ""
    case "ftp_entry_path": return ""
    case "header_json": return headerJSON(info)
    case "http_version": return info.httpVersion
    case "json": return json(info)
    case "local_ip": return ""
    case "local_port": return "0"
    case "method": return info.method
    case "num_certs": return "0"
    case "certs": return ""
    case "num_connects": return String(info.numConnects)
    case "num_headers": return String(info.headers.count)
    case "num_redirects": return String(info.numRedirects)
    case "proxy_ssl_verify_result", "ssl_verify_result": return "0"
    case "redirect_url": return info.redirectURL ?? ""
    case "referer": return ""
    case "remote_ip": return info.remoteIP ?? ""
    case "remote_port": return info.remotePort.map(String.init) ?? "0"
    case "scheme": return info.scheme.uppercased()
    case "size_download": return String(info.sizeDownload)
    case "size_header": return String(info.sizeHeader)
    case "size_request": return String(info.sizeRequest)
    case "size_upload": return String(info.sizeUpload)
    case "speed_download": return String(info.speedDownload)
    case "speed_upload": return String(info.speedUpload)
    case "time_appconnect": return seconds(info.scheme == "https" ? info.timeConnect : 0)
    case "time_connect", "time_pretransfer": return seconds(info.timeConnect)
    case "time_namelookup": return seconds(0)
    case "time_redirect": return seconds(info.timeRedirect)
    case "time_starttransfer": return seconds(info.timeStartTransfer)
    case "time_total": return seconds(info.timeTotal)
    case "url": return info.url
    case "url_effective": return info.urlEffective
    case "urlnum": return "0"
    default: return nil
    }
  }

  /// `%03ld`
  private static func code(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
  }

  /// Seconds with six decimals, as curl prints times.
  static func seconds(_ value: Double) -> String {
    let micros = Int64((max(0, value) * 1_000_000).rounded(.down))
    let fraction = String(micros % 1_000_000)
    return "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
  }

  /// `{"name":["value",…],\n…\n}` with lower-cased names in first-seen order.
  static func headerJSON(_ info: CurlTransferInfo) -> String {
    var names: [String] = []
    var values: [String: [String]] = [:]
    for header in info.headers {
      let name = header.name.lowercased()
      if values[name] == nil { names.append(name) }
      values[name, default: []].append(header.value)
    }
    let entries = names.map { name in
      quoted(name) + ":[" + values[name]!.map(quoted).joined(separator: ",") + "]"
    }
    return "{" + entries.joined(separator: ",\n") + "\n}"
  }

  /// `%{json}`: every variable, in curl 7.88's order.
  static func json(_ info: CurlTransferInfo) -> String {
    func string(_ value: String?) -> String { value.map(quoted) ?? "null" }
    let fields: [(String, String)] = [
      ("certs", quoted("")),
      ("content_type", string(info.contentType)),
      ("errormsg", string(info.errorMessage)),
      ("exitcode", String(info.exitCode)),
      ("filename_effective", string(info.filenameEffective)),
      ("ftp_entry_path", "null"),
      ("http_code", String(info.httpCode)),
      ("http_connect", "0"),
      ("http_version", quoted(info.httpVersion)),
      ("local_ip", "null"),
      ("local_port", "0"),
      ("method", quoted(info.method)),
      ("num_certs", "0"),
      ("num_connects", String(info.numConnects)),
      ("num_headers", String(info.headers.count)),
      ("num_redirects", String(info.numRedirects)),
      ("proxy_ssl_verify_result", "0"),
      ("redirect_url", string(info.redirectURL)),
      ("referer", "null"),
      ("remote_ip", string(info.remoteIP)),
      ("remote_port", String(info.remotePort ?? 0)),
      ("response_code", String(info.httpCode)),
      ("scheme", quoted(info.scheme.uppercased())),
      ("size_download", String(info.sizeDownload)),
      ("size_header", String(info.sizeHeader)),
      ("size_request", String(info.sizeRequest)),
      ("size_upload", String(info.sizeUpload)),
      ("speed_download", String(info.speedDownload)),
      ("speed_upload", String(info.speedUpload)),
      ("ssl_verify_result", "0"),
      ("time_appconnect", seconds(info.scheme == "https" ? info.timeConnect : 0)),
      ("time_connect", seconds(info.timeConnect)),
      ("time_namelookup", seconds(0)),
      ("time_pretransfer", seconds(info.timeConnect)),
      ("time_redirect", seconds(info.timeRedirect)),
      ("time_starttransfer", seconds(info.timeStartTransfer)),
      ("time_total", seconds(info.timeTotal)),
      ("url", quoted(info.url)),
      ("url_effective", quoted(info.urlEffective)),
      ("urlnum", "0"),
      ("curl_version", quoted("libcurl/7.88.1")),
    ]
    return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  /// A JSON string as curl quotes it.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
