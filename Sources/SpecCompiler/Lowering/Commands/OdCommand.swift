import Shell
import SpecModel

/// `od [-A d|o|x|n] [-t TYPE]… [-c] [-x] [-b] [-d] [-o] [-s] [-v] [-w[N]] [-N N] [-j N]
/// [FILE…]`: TYPE is `d`, `u`, `o` or `x` with a size (`1`, `2`, `4`, `8` or `C`, `S`, `I`,
/// `L`; 4 when absent), `c` or `a`, several in one word (`-t x1c`); counts take od's `0x`/`0`
/// prefixes and `b`, `k`, `m` suffixes. Floating-point (`-t f`) and `z` are not supported.
enum OdCommand: PipelineCommand {
  static let names = ["od"]

  static let scanner = OptionScanner(
    shortWithValue: ["A", "t", "w", "N", "j"], shortFlags: ["c", "x", "b", "d", "o", "s", "v"],
    longWithValue: ["address-radix", "format", "width", "read-bytes", "skip-bytes"],
    longFlags: ["output-duplicates"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var od = OdInvocation(formats: [])
    // `-w` and `--width` take an optional value, attached only: alone they mean 32 bytes.
    let words = call.arguments.map { word in
      let text = context.staticText(word)
      return text == "-w" || text == "--width"
        ? OptionScanner.literal("--width=32", at: word) : word
    }
    for item in scanner.scan(words, context: context) {
      switch item {
      case .flag(let name, let word):
        switch name {
        case "c": od.formats.append(.init(.character))
        case "x": od.formats.append(.init(.hex, size: 2))
        case "b": od.formats.append(.init(.octal, size: 1))
        case "d": od.formats.append(.init(.unsigned, size: 2))
        case "o": od.formats.append(.init(.octal, size: 2))
        case "s": od.formats.append(.init(.signed, size: 2))
        case "v", "output-duplicates": od.verbose = true
        default:
          context.error(
            CommandDiagnostic.unsupportedOption(command: "od", option: name), at: word.position)
          return nil
        }
      case .option(let name, let word, _):
        guard let text = context.staticText(word) else {
          context.error(
            CommandDiagnostic.optionNeedsLiteralValue(command: "od", option: "-\(name)"),
            at: word.position)
          return nil
        }
        switch name {
        case "A", "address-radix":
          guard let radix = addressRadix(text) else {
            context.error(CommandDiagnostic.odInvalidRadix(text), at: word.position)
            return nil
          }
          od.addressRadix = radix
        case "t", "format":
          guard let formats = formats(text) else {
            context.error(CommandDiagnostic.odInvalidType(text), at: word.position)
            return nil
          }
          od.formats += formats
        default:
          guard let value = count(text) else {
            context.error(
              CommandDiagnostic.odInvalidArgument(option: name, argument: text), at: word.position)
            return nil
          }
          switch name {
          case "w", "width":
            guard value > 0 else {
              context.error(CommandDiagnostic.odInvalidWidth(text), at: word.position)
              return nil
            }
            od.width = value
          case "N", "read-bytes": od.limit = value
          default: od.skip = value
          }
        }
      case .operand(let word):
        guard let file = context.template(word) else { return nil }
        od.files.append(file)
      case .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "od", option: text), at: word.position)
        return nil
      }
    }
    if od.formats.isEmpty { od.formats = [.init(.octal, size: 2)] }
    let sizes = od.formats.map(\.size)
    let multiple = sizes.reduce(1) { lcm($0, $1) }
    guard od.width % multiple == 0 else {
      context.error(
        CommandDiagnostic.odWidthNotMultiple(width: od.width, multiple: multiple), at: call.position
      )
      return nil
    }
    return .reading(od.files, .od(od))
  }

  static func addressRadix(_ text: String) -> OdInvocation.AddressRadix? {
    switch text {
    case "d": .decimal
    case "o": .octal
    case "x": .hex
    case "n": OdInvocation.AddressRadix.none
    default: nil
    }
  }

  /// A `-t` argument: one or more formats written one after the other.
  static func formats(_ text: String) -> [OdInvocation.Format]? {
    var formats: [OdInvocation.Format] = []
    var characters = text[...]
    while let letter = characters.popFirst() {
      switch letter {
      case "c": formats.append(.init(.character))
      case "a": formats.append(.init(.named))
      case "d", "u", "o", "x":
        let kind = OdInvocation.Format.Kind(rawValue: String(letter))!
        var size = 4
        if let next = characters.first {
          switch next {
          case "C": size = 1
          case "S": size = 2
          case "I": size = 4
          case "L": size = 8
          default:
            let digits = characters.prefix(while: \.isASCII).prefix(while: \.isNumber)
            if !digits.isEmpty {
              guard let value = Int(digits), [1, 2, 4, 8].contains(value) else { return nil }
              size = value
              characters = characters.dropFirst(digits.count)
            }
          }
          if "CSIL".contains(next) { characters = characters.dropFirst() }
        }
        formats.append(.init(kind, size: size))
      default:
        return nil
      }
    }
    return formats.isEmpty ? nil : formats
  }

  /// od's counts (`xstrtoumax` with base 0): decimal, `0x` hexadecimal or `0` octal, with an
  /// optional `b` (512), `k`/`K` (1024), `m`/`M` or `G` multiplier.
  static func count(_ text: String) -> Int? {
    var digits = text[...]
    var multiplier = 1
    if let last = digits.last,
      let factor = [
        "b": 512, "k": 1024, "K": 1024, "m": 1 << 20,
        "M": 1 << 20, "G": 1 << 30,
      ][last]
    {
      multiplier = factor
      digits = digits.dropLast()
    }
    guard let value = CNumberOperand.value(digits) else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
    return overflow ? nil : product
  }

  private static func lcm(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return a / x * b
  }
}
