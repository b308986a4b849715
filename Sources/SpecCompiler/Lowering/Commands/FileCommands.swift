import SpecModel

/// `rm [-f] [-r] PATH…`.
enum RemoveCommand: StepCommand {
  static let names = ["rm"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var removal = Removal(paths: [])
    for word in call.arguments {
      if let text = context.staticText(word), text.hasPrefix("-"), text.count > 1 {
        for flag in text.dropFirst() {
          switch flag {
          case "f": removal.force = true
          case "r", "R": removal.recursive = true
          default:
            context.error("rm option '-\(flag)' is not supported", at: word.position)
            return nil
          }
        }
        continue
      }
      guard let path = context.template(word) else { return nil }
      removal.paths.append(path)
    }
    return .remove(removal)
  }
}

/// `mkdir [-p] DIR…`: directories are always created with their parents.
enum MakeDirectoryCommand: StepCommand {
  static let names = ["mkdir"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var paths: [Template] = []
    for word in call.arguments {
      if let text = context.staticText(word), text.hasPrefix("-") {
        guard text == "-p" || text == "--parents" else {
          context.error("mkdir option '\(text)' is not supported", at: word.position)
          return nil
        }
        continue
      }
      guard let path = context.template(word) else { return nil }
      paths.append(path)
    }
    return .makeDirectory(paths)
  }
}

/// `chmod MODE PATH…` with an octal mode.
enum ChangeModeCommand: StepCommand {
  static let names = ["chmod"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count >= 2, let text = context.staticText(call.arguments[0]),
      let mode = Int(text, radix: 8)
    else {
      context.error("chmod needs an octal mode and at least one path", at: call.position)
      return nil
    }
    var paths: [Template] = []
    for word in call.arguments.dropFirst() {
      guard let path = context.template(word) else { return nil }
      paths.append(path)
    }
    return .changeMode(mode: mode, paths: paths)
  }
}

/// `umask MASK` (octal).
enum UmaskCommand: StepCommand {
  static let names = ["umask"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count == 1, let text = context.staticText(call.arguments[0]),
      let mask = Int(text, radix: 8)
    else {
      context.error("umask needs one octal mask", at: call.position)
      return nil
    }
    context.umask = mask
    return .umask(mask)
  }
}

/// `touch FILE…`.
enum TouchCommand: StepCommand {
  static let names = ["touch"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var paths: [Template] = []
    for word in call.arguments {
      guard let path = context.template(word) else { return nil }
      paths.append(path)
    }
    return .touch(paths)
  }
}

/// `cd DIR`.
enum ChangeDirectoryCommand: StepCommand {
  static let names = ["cd"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count == 1, let path = context.template(call.arguments[0]) else {
      context.error("cd takes one directory", at: call.position)
      return nil
    }
    return .changeDirectory(path)
  }
}
