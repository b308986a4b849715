import FidelityServer
import Foundation

// Starts the fidelity server on 127.0.0.1 (port from the first argument, else a free one),
// prints `PORT` on its own line, and serves until stopped (SIGTERM/SIGINT) or until standard
// input closes when `--until-stdin-closes` is given.
let arguments = CommandLine.arguments.dropFirst()
let port = arguments.first.flatMap(Int.init) ?? 0
let server = try await FidelityServer.start(port: port)
FileHandle.standardOutput.write(Data("\(server.port)\n".utf8))
if arguments.contains("--until-stdin-closes") {
  while readLine() != nil {}
  await server.shutdown()
} else {
  while true { try await Task.sleep(for: .seconds(3600)) }
}
