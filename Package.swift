// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "spec-compiler",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "spec-compiler", targets: ["spec-compiler"]),
    .library(name: "SpecModel", targets: ["SpecModel"]),
    .library(name: "SpecCompiler", targets: ["SpecCompiler"]),
    .library(name: "JQ", targets: ["JQ"]),
    // For packages that hold generated suites of their own documents.
    .library(name: "ScenarioTesting", targets: ["ScenarioTesting"]),
    // `swift package compile-scenarios` / `check-scenarios` in a package that depends on this one.
    .plugin(name: "CompileScenarios", targets: ["CompileScenarios"]),
    .plugin(name: "CheckScenarios", targets: ["CheckScenarios"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.20.0"),
    .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.5.0"),
    .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.27.0"),
    .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.20.0"),
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.60.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
    .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    .package(url: "https://github.com/apple/swift-nio-http2.git", from: "1.19.0"),
    .package(
      url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.0"),
  ],
  targets: [
    // libjq from Debian's libjq-dev, exposed to Swift as a system library.
    .systemLibrary(name: "CJQ", path: "Sources/CJQ"),
    // The only owner of jq's `jv` memory: compiles and runs jq programs.
    .target(name: "JQ", dependencies: ["CJQ"]),
    // PCRE2 (8-bit) from Debian's libpcre2-dev: the regex library of `grep -P`, as GNU grep's.
    .systemLibrary(
      name: "CPCRE2", path: "Sources/CPCRE2", pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"])]),
    // POSIX regular expressions by glibc's regcomp/regexec, on bytes, in C or C.UTF-8.
    .target(name: "GlibcRegex"),
    // The POSIX awk language (parser to a Codable AST, interpreter on bytes, regexes by glibc).
    .target(name: "Awk", dependencies: ["GlibcRegex"]),
    // The sed language as GNU sed 4.9 runs it (parser to a program, interpreter on bytes,
    // regexes by glibc).
    .target(name: "Sed", dependencies: ["GlibcRegex"]),
    // Exercises JQ under valgrind (tools/jq-leak-check.sh).
    .executableTarget(name: "jq-leak-probe", dependencies: ["JQ"]),
    // The intermediate representation: plain Codable values, no stage logic.
    .target(name: "SpecModel"),
    // The waits of a virtual clock, shared by the runtime's `ScenarioClock` and the
    // simulator's `SimulatorTimeline`, which step together.
    .target(name: "VirtualTime"),
    // The bash language both the compiler and the runtime use: the parser, printf and echo
    // escapes, patterns, arithmetic and `.env` files.
    .target(name: "Shell", dependencies: ["SpecModel"]),
    // curl's command line (its option table and how it reads a line into requests): the
    // compiler reads static lines with it, the runtime lines only known at run time.
    .target(name: "CurlCommandLine", dependencies: ["SpecModel"]),
    // The IR's YAML: encoding (as Yams writes it, faster), decoding, and the JSON Schemas of
    // the files; the compiler writes specs with it, generated suites read them back.
    .target(
      name: "SpecYAML",
      dependencies: ["SpecModel", .product(name: "Yams", package: "Yams")],
      // The four schemas, as they are written beside the YAML (see SpecSchema).
      resources: [
        .copy("Schema/document.schema.json"), .copy("Schema/lines.schema.json"),
        .copy("Schema/scenario.schema.json"), .copy("Schema/steps.schema.json"),
      ]
    ),
    // markdown → bash AST → IR → YAML.
    .target(
      name: "SpecCompiler",
      dependencies: ["SpecModel", "SpecYAML", "Shell", "CurlCommandLine", "JQ", "Sed", "Awk"]
    ),
    // Executes IR steps in-process: a bash-faithful interpreter, filters, curl over
    // AsyncHTTPClient, jq over libjq.
    .target(
      name: "ScenarioRuntime",
      dependencies: [
        "SpecCompiler", "SpecModel", "Shell", "CurlCommandLine", "JQ", "Sed", "Awk", "GlibcRegex",
        "CPCRE2",
        "VirtualTime",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "MultipartKit", package: "multipart-kit"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOHTTP2", package: "swift-nio-http2"),
        .product(name: "NIOEmbedded", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
      ]
    ),
    .executableTarget(
      name: "spec-compiler",
      dependencies: [
        "SpecCompiler", "SpecModel", "SpecYAML", "ScenarioRuntime", "GatewayTargets",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What both stand-in servers are made of: one JSON value (key order, exact integers),
    // multipart form bodies, server-sent events, starting and stopping a Hummingbird server.
    .target(
      name: "ServerKit",
      dependencies: [
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "MultipartKit", package: "multipart-kit"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]
    ),
    // A deterministic, stateless stand-in gateway on 127.0.0.1 for fidelity tests and the
    // benchmark: Hummingbird serves the pure `FidelityResponder`.
    .target(
      name: "FidelityServer",
      dependencies: [
        "ServerKit",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
      ]
    ),
    // Starts FidelityServer and prints its port (tools/benchmark).
    .executableTarget(name: "fidelity-server", dependencies: ["FidelityServer"]),
    // A stateful, in-memory stand-in for the whole gateway (five listeners) on Hummingbird.
    .target(
      name: "GatewaySimulator",
      dependencies: [
        "ServerKit", "VirtualTime",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
      ]
    ),
    // Runs GatewaySimulator on the default ports until SIGINT/SIGTERM.
    .executableTarget(
      name: "gateway-sim",
      dependencies: [
        "GatewaySimulator",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What generated suites build on: one runner per document and test process, the target
    // (the embedded gateway simulator, or live gateways), issues at markdown lines.
    .target(
      name: "ScenarioTesting",
      dependencies: ["ScenarioRuntime", "GatewayTargets", "SpecModel", "SpecYAML"]),
    // Where a document's requests go: live gateways, or the embedded gateway simulator.
    .target(name: "GatewayTargets", dependencies: ["SpecModel", "GatewaySimulator"]),
    // `spec-compiler compile` and `check` as package commands (Examples/GatewaySmoke uses them).
    .plugin(
      name: "CompileScenarios",
      capability: .command(
        intent: .custom(
          verb: "compile-scenarios",
          description: "Compile specs/*.md into specs/<doc>/*.yaml and generated/<Suite>/*.swift"),
        permissions: [
          .writeToPackageDirectory(
            reason: "writes the YAML specs and the generated Swift Testing suites")
        ]),
      dependencies: ["spec-compiler"]),
    .plugin(
      name: "CheckScenarios",
      capability: .command(
        intent: .custom(
          verb: "check-scenarios",
          description: "Fail when specs/<doc>/ or generated/<Suite>/ is stale against specs/*.md")),
      dependencies: ["spec-compiler"]),
    // The Swift Testing suites `spec-compiler compile` writes from specs/*.md: one @Test per
    // scenario (`swift test --filter S61`).
    .testTarget(name: "GeneratedScenarios", dependencies: ["ScenarioTesting"], path: "generated"),
    .testTarget(name: "GatewayTargetsTests", dependencies: ["GatewayTargets", "SpecModel"]),
    .testTarget(
      name: "ScenarioTestingTests", dependencies: ["ScenarioTesting", "SpecCompiler", "SpecYAML"]),
    .testTarget(name: "SpecModelTests", dependencies: ["SpecModel"]),
    .testTarget(name: "ShellTests", dependencies: ["Shell", "SpecModel", "OracleSupport"]),
    .testTarget(name: "JQTests", dependencies: ["JQ", "OracleSupport"]),
    .testTarget(name: "AwkTests", dependencies: ["Awk", "OracleSupport"]),
    .testTarget(name: "SedTests", dependencies: ["Sed", "OracleSupport"]),
    .testTarget(name: "GlibcRegexTests", dependencies: ["GlibcRegex"]),
    .testTarget(name: "ServerKitTests", dependencies: ["ServerKit"]),
    // Runs the real tools that oracle tests compare with.
    .target(name: "OracleSupport", path: "Tests/OracleSupport"),
    .testTarget(
      name: "ScenarioRuntimeTests",
      dependencies: [
        "ScenarioRuntime", "Shell", "SpecModel", "SpecCompiler", "JQ", "FidelityServer",
        "ServerKit", "OracleSupport",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ],
      exclude: ["Reports/Golden"]),
    .testTarget(
      name: "GatewaySimulatorTests",
      dependencies: [
        "GatewaySimulator", "GatewayTargets", "ScenarioRuntime", "SpecCompiler",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ]
    ),
    .testTarget(
      name: "SpecYAMLTests",
      dependencies: [
        "SpecYAML", "SpecModel", "SpecCompiler", "OracleSupport",
        .product(name: "Yams", package: "Yams"),
      ]),
    .testTarget(
      name: "SpecCompilerTests",
      dependencies: ["SpecCompiler", "SpecModel", "SpecYAML", "Shell", "JQ", "OracleSupport"],
      exclude: ["Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
