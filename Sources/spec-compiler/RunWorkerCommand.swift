import ArgumentParser
import Foundation
import ScenarioRuntime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `spec-compiler run-worker`: what `spec-compiler run` starts to run scenarios in a process it
/// can kill when one outlives its time limit. Speaks binary frames on standard input and output
/// (see `WorkerServer`, `WorkerFraming`); not for direct use.
struct RunWorkerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run-worker",
    abstract: "Run scenarios for `spec-compiler run` (internal).",
    shouldDisplay: false
  )

  func run() async throws {
    // A write to a runner that went away fails with EPIPE instead of killing the worker.
    signal(SIGPIPE, SIG_IGN)
    await WorkerServer.serve { terminate(0) }
  }
}
