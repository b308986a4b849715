// swift-tools-version: 6.1
// An example package that keeps its own release document in specs/ and runs it as Swift
// Testing suites, using spec-compiler's plugins and its ScenarioTesting library:
//
//   swift package --allow-writing-to-package-directory compile-scenarios   # specs/*.md → YAML → Swift
//   swift package check-scenarios                                          # CI: fail when stale
//   swift test                                                             # against the embedded simulator
import PackageDescription

let package = Package(
  name: "gateway-smoke",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "spec-compiler", path: "../..")],
  targets: [
    .testTarget(
      name: "GatewaySmokeScenarios",
      dependencies: [.product(name: "ScenarioTesting", package: "spec-compiler")],
      path: "generated")
  ],
  swiftLanguageModes: [.v6]
)
