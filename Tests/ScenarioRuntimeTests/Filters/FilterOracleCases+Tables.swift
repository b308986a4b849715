import Foundation
import SpecModel
import Testing

// Oracle cases of the filters of tables: sort, uniq and cut.
extension OracleCases {
  // MARK: sort, uniq, cut

  /// Inputs for the line tools beyond `OracleInputs.lines`: duplicates, numbers, fields.
  static let tableInputs: [(String, [UInt8])] = [
    ("duplicates", Array("b\na\nb\nb\na\nc\n\n\nA\na".utf8)),
    (
      "numbers",
      Array(
        "10\n9\n-1\n 2\n1.5\n1e3\n\nabc\n-0\n0\n+3\n007\n.5\n-.5\n1.50\n-10\n-9.9\n  -2\n1,000\n3x\n-\n.\n-0.0\n00.01\n"
          .utf8)
    ),
    (
      "csv",
      Array(
        "id,name,count\nb2,Bob,10\na1,alice,9\nc3,Émile,10\na1,Alice,-3\nd4,,7\ne5\nf6,zoë,9,extra\n,empty,1\n"
          .utf8)
    ),
    (
      "columns",
      Array(
        "x  3 beta\ny 10 alpha\n  z 2 gamma\nw\t1\tdelta\nv 10 alpha\nu 3 Beta\n\t\n".utf8)
    ),
    (
      "counts",
      Array("   3 apple\n  12 pear\n   3 Apple\n1 kiwi\n  12 fig\n   0 none\n".utf8)
    ),
    ("utf8-dup", Array("été\nété\nete\nÉté\n日本\n日本\n😀\n".utf8)),
    (
      "invalid-utf8-dup",
      [0xFF, 0x0A, 0xFF, 0x0A, 0x61, 0x0A, 0xC3, 0xA9, 0x0A, 0xC3, 0x0A, 0x7A],
    ),
    (
      "nul-bytes",
      [
        0x61, 0x00, 0x63, 0x0A, 0x61, 0x00, 0x62, 0x0A, 0x61, 0x0A, 0x61, 0x00, 0x0A, 0x31, 0x00,
        0x35, 0x2C, 0x32, 0x0A, 0x61, 0x00, 0x62, 0x0A, 0x00, 0x0A,
      ]
    ),
    (
      "key-columns",
      Array("b 2 x\na 10 y\nb 1 z\na 10 x\nc  2 w\nb 2 v\n".utf8)
    ),
  ]

  static func tableCases(_ filter: Filter, _ command: [String]) -> [FilterOracleCase] {
    (OracleInputs.lines + tableInputs).map {
      FilterOracleCase(filter: filter, command: command, input: $0.1, inputName: $0.0)
    }
  }

  static func sortCase(_ sort: SortInvocation, _ arguments: String...) -> [FilterOracleCase] {
    tableCases(.sort(sort), ["/usr/bin/sort"] + arguments)
  }

  static let sortGroups: [[FilterOracleCase]] = [
    sortCase(SortInvocation()),
    sortCase(SortInvocation(unique: true), "-u"),
    sortCase(SortInvocation(reverse: true), "-r"),
    sortCase(SortInvocation(reverse: true, unique: true), "-ru"),
    sortCase(SortInvocation(numeric: true), "-n"),
    sortCase(SortInvocation(numeric: true, reverse: true), "-rn"),
    sortCase(SortInvocation(numeric: true, unique: true), "-nu"),
    sortCase(SortInvocation(numeric: true, reverse: true, unique: true), "-n", "-r", "-u"),
    sortCase(SortInvocation(keys: [SortKey(from: 2)]), "-k2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2, to: 2)]), "-k", "2,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2, to: 2)], numeric: true), "-n", "-k2,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2, to: 2)], reverse: true), "-r", "-k2,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 1, to: 1)], unique: true), "-u", "-k1,1"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 2, to: 2)], numeric: true, unique: true), "-un",
      "-k2,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 3)], separator: ","), "-t,", "-k3"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 3, to: 3)], numeric: true, separator: ","), "-t", ",",
      "-k3,3", "-n"),
    sortCase(
      SortInvocation(
        keys: [SortKey(from: 3, to: 3, numeric: true, reverse: true), SortKey(from: 1, to: 1)],
        separator: ","), "-t,", "-k3,3nr", "-k1,1"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 2, to: 2, numeric: true)], reverse: true, unique: true),
      "-ru", "-k2,2n"),
    sortCase(SortInvocation(keys: [SortKey(from: 1, to: 2)], separator: ","), "-t,", "-k1,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2, to: 1)], separator: ","), "-t,", "-k2,1"),
    sortCase(SortInvocation(keys: [SortKey(from: 1, to: 1)], separator: " "), "-t", " ", "-k1,1"),
    sortCase(SortInvocation(keys: [SortKey(from: 3)], separator: "\t"), "-t", "\t", "-k3"),
    sortCase(SortInvocation(keys: [SortKey(from: 4)], unique: true), "-u", "-k4"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 1, to: 1), SortKey(from: 2, numeric: true)]), "-k1,1",
      "-k2n"),
    sortCase(
      SortInvocation(
        keys: [SortKey(from: 1, to: 1, reverse: true), SortKey(from: 2, to: 2)], numeric: true,
        unique: true), "-u", "-n", "-k1,1r", "-k2,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2)], reverse: true), "-rk2"),
    sortCase(SortInvocation(foldCase: true), "-f"),
    sortCase(SortInvocation(unique: true, foldCase: true), "-fu"),
    sortCase(SortInvocation(reverse: true, foldCase: true), "-f", "-r"),
    sortCase(SortInvocation(skipBlanks: true), "-b"),
    sortCase(SortInvocation(stable: true), "-s"),
    sortCase(SortInvocation(keys: [SortKey(from: 2)], stable: true), "-s", "-k2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2, to: 2)], skipBlanks: true), "-b", "-k2,2"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 2, to: 2, skipBlanks: true)], stable: true), "-s",
      "-k2b,2"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 1, to: 1, foldCase: true)], reverse: true, stable: true),
      "-rs", "-k1,1f"),
    sortCase(
      SortInvocation(
        keys: [SortKey(from: 2, to: 2, numeric: true)], skipBlanks: true, stable: true),
      "-bs", "-k2,2n"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 2)], numeric: true, unique: true, foldCase: true),
      "-fnu", "-k2"),
  ]

  static let sort: [FilterOracleCase] = sortGroups.flatMap { $0 }

  static func uniqCase(_ uniq: UniqInvocation, _ arguments: String...) -> [FilterOracleCase] {
    tableCases(.uniq(uniq), ["/usr/bin/uniq"] + arguments)
  }

  static let uniqGroups: [[FilterOracleCase]] = [
    uniqCase(UniqInvocation()),
    uniqCase(UniqInvocation(count: true), "-c"),
    uniqCase(UniqInvocation(repeated: true), "-d"),
    uniqCase(UniqInvocation(unique: true), "-u"),
    uniqCase(UniqInvocation(count: true, repeated: true), "-cd"),
    uniqCase(UniqInvocation(count: true, unique: true), "-c", "-u"),
    uniqCase(UniqInvocation(repeated: true, unique: true), "-du"),
    [
      FilterOracleCase(
        filter: .uniq(UniqInvocation(count: true)), command: ["/usr/bin/uniq", "-c"],
        input: Array(repeating: Array("x\n".utf8), count: 12_345_678 / 1_000).flatMap { $0 },
        inputName: "12345-x"),
      FilterOracleCase(
        filter: .uniq(UniqInvocation()), command: ["/usr/bin/uniq"], input: OracleInputs.binary.1,
        inputName: OracleInputs.binary.0),
    ],
  ]

  static let uniq: [FilterOracleCase] = uniqGroups.flatMap { $0 }

  static func cutCase(_ cut: CutInvocation, _ arguments: String...) -> [FilterOracleCase] {
    tableCases(.cut(cut), ["/usr/bin/cut"] + arguments)
  }

  static func fields(_ list: String, delimiter: String? = nil, onlyDelimited: Bool = false)
    -> Filter
  {
    .cut(
      CutInvocation(
        unit: .fields, ranges: CutRange.parseList(list)!, delimiter: delimiter,
        onlyDelimited: onlyDelimited))
  }

  static func bytes(_ list: String) -> Filter {
    .cut(CutInvocation(unit: .bytes, ranges: CutRange.parseList(list)!))
  }

  static let cutGroups: [[FilterOracleCase]] = [
    tableCases(fields("1"), ["/usr/bin/cut", "-f1"]),
    tableCases(fields("2-"), ["/usr/bin/cut", "-f", "2-"]),
    tableCases(fields("2", onlyDelimited: true), ["/usr/bin/cut", "-s", "-f2"]),
    tableCases(fields("2", delimiter: ","), ["/usr/bin/cut", "-d,", "-f2"]),
    tableCases(fields("1,3-4", delimiter: ","), ["/usr/bin/cut", "-d", ",", "-f", "1,3-4"]),
    tableCases(fields("3,1", delimiter: ","), ["/usr/bin/cut", "-d,", "-f3,1"]),
    tableCases(fields("2-", delimiter: ","), ["/usr/bin/cut", "-d,", "-f2-"]),
    tableCases(fields("-2", delimiter: ","), ["/usr/bin/cut", "-d,", "-f-2"]),
    tableCases(fields("1,1-2,2", delimiter: ","), ["/usr/bin/cut", "-d,", "-f1,1-2,2"]),
    tableCases(fields("4-", delimiter: ","), ["/usr/bin/cut", "-d,", "-f4-"]),
    tableCases(
      fields("2", delimiter: ",", onlyDelimited: true), ["/usr/bin/cut", "-s", "-d,", "-f2"]),
    tableCases(fields("2", delimiter: " "), ["/usr/bin/cut", "-d", " ", "-f2"]),
    tableCases(fields("1 3", delimiter: " "), ["/usr/bin/cut", "-d", " ", "-f", "1 3"]),
    tableCases(fields("2,9", delimiter: ":"), ["/usr/bin/cut", "-d:", "-f2,9"]),
    tableCases(fields("1", delimiter: "."), ["/usr/bin/cut", "-d.", "-f1"]),
    tableCases(bytes("1"), ["/usr/bin/cut", "-c1"]),
    tableCases(bytes("1-3"), ["/usr/bin/cut", "-c", "1-3"]),
    tableCases(bytes("2-"), ["/usr/bin/cut", "-c2-"]),
    tableCases(bytes("-2,5"), ["/usr/bin/cut", "-b", "-2,5"]),
    tableCases(bytes("3,1"), ["/usr/bin/cut", "-b3,1"]),
    tableCases(bytes("100-"), ["/usr/bin/cut", "-c100-"]),
    tableCases(
      .cut(CutInvocation(unit: .bytes, ranges: CutRange.parseList("2-3")!, complement: true)),
      ["/usr/bin/cut", "--complement", "-c2-3"]),
    tableCases(
      .cut(
        CutInvocation(
          unit: .fields, ranges: CutRange.parseList("2")!, delimiter: ",", complement: true)),
      ["/usr/bin/cut", "-d,", "--complement", "-f2"]),
    tableCases(
      .cut(
        CutInvocation(
          unit: .fields, ranges: CutRange.parseList("1-")!, delimiter: ",", complement: true)),
      ["/usr/bin/cut", "-d,", "--complement", "-f1-"]),
    tableCases(
      .cut(
        CutInvocation(
          unit: .fields, ranges: CutRange.parseList("1,3-")!, delimiter: ",",
          outputDelimiter: " | ")), ["/usr/bin/cut", "-d,", "--output-delimiter= | ", "-f1,3-"]),
    tableCases(
      .cut(
        CutInvocation(
          unit: .fields, ranges: CutRange.parseList("2")!, onlyDelimited: true, complement: true,
          outputDelimiter: "é")),
      ["/usr/bin/cut", "-s", "--complement", "--output-delimiter", "é", "-f2"]),
  ]

  static let cut: [FilterOracleCase] = cutGroups.flatMap { $0 }
}
