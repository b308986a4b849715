import SpecModel
import Testing

@testable import SpecCompiler

/// Arrays and positional parameters in lowering: the steps and templates they become, and the
/// diagnostics where a construct cannot be lowered.
@Suite struct ArrayLoweringTests {
  @Test func arrayAssignmentKeepsWordLists() {
    let (steps, diagnostics) = Lowered.steps("a=(x \"$@\" \"${b[@]}\")")
    #expect(diagnostics.isEmpty)
    #expect(
      steps.map(\.action) == [
        .assignArray(
          ArrayAssignment(
            name: "a",
            elements: ["x", Template([.variable("@")]), Template([.variable("b[@]")])]))
      ])
  }

  @Test(arguments: [
    ("a[1]=v", ElementAssignment(element: ArrayElement(name: "a", index: "1"), value: "v")),
    (
      "a[$i]+=v",
      ElementAssignment(element: ArrayElement(name: "a", index: "${i}"), value: "v", append: true)
    ),
    ("a[n-1]=", ElementAssignment(element: ArrayElement(name: "a", index: "n-1"), value: "")),
  ])
  func elementAssignment(_ bash: String, _ expected: ElementAssignment) {
    let (steps, diagnostics) = Lowered.steps(bash)
    #expect(diagnostics.isEmpty)
    #expect(steps.map(\.action) == [.assignElement(expected)])
  }

  @Test(arguments: [
    ("echo \"${a[2]}\"", "${a[2]}\n"),
    ("echo \"${a[$i]:-none}\"", "${a[${i}]:-none}\n"),
    ("echo \"${#a[@]} ${!a[@]}\"", "${#a[@]} ${!a[@]}\n"),
    ("echo \"${a[@]:1:2}\"", "${a[@]:1:2}\n"),
    ("echo ${a[*]}", "${a[@]}\n"),
    ("echo $*", "${@}\n"),
    ("echo \"$*\"", "${*}\n"),
  ])
  func templates(_ bash: String, _ text: String) throws {
    let pipeline = try #require(Lowered.pipeline(bash))
    guard case .text(let template) = pipeline.source else {
      Issue.record("expected text, got \(pipeline.source)")
      return
    }
    #expect(TemplateSyntax.render(template) == text)
    #expect(try TemplateSyntax.parse(text) == template)
  }

  @Test func echoWithAListAmongWordsJoinsAtRunTime() throws {
    let pipeline = try #require(Lowered.pipeline("echo -n x \"$@\" y"))
    #expect(
      pipeline.source
        == .echo(EchoCall(arguments: ["x", Template([.variable("@")]), "y"], newline: false)))
  }

  @Test(arguments: [
    ("shift", Action.shift("1")), ("shift 3", .shift("3")),
    ("shift \"$n\"", .shift(Template([.variable("n")]))),
    ("set -- a \"$@\"", .setPositional(["a", Template([.variable("@")])])),
    ("set --", .setPositional([])),
    ("unset 'a[1]'", .unsetElement(ArrayElement(name: "a", index: "1"))),
    ("unset \"a[$i]\"", .unsetElement(ArrayElement(name: "a", index: "${i}"))),
  ])
  func commands(_ bash: String, _ action: Action) {
    let (steps, diagnostics) = Lowered.steps(bash)
    #expect(diagnostics.isEmpty)
    #expect(steps.map(\.action) == [action])
  }

  @Test(arguments: [
    (
      "touch -c \"$@\"",
      "doc.md:10:10: error: '\"$@\"' expands to several words, which 'touch' cannot take"
    ),
    (
      "touch -c \"${args[@]}\" x", "'\"${args[@]…}\"' expands to several words, which 'touch'"
    ),
    ("mkdir -p \"${dirs[@]}\"", "which 'mkdir' cannot take"),
    ("jq . \"$@\"", "which 'jq' cannot take"),
    ("echo \"${a[1+]}\"", "array index '1+' is not supported: 1+: syntax error"),
    (
      "rm -f *.tmp",
      "doc.md:10:7: error: filename glob '*.tmp' as an argument of 'rm' is not supported"
    ),
    ("echo out/*", "filename glob 'out/*' as an argument of 'echo' is not supported"),
    ("for f in \"$d\"/*.json; do :; done", "a filename glob with an expansion in the same word"),
    ("declare -A m=([a]=1 b)", "associative array element 'b' is not '[KEY]=VALUE'"),
    ("declare -A m=v", "declare -A with a value that is not '([KEY]=VALUE …)' is not supported"),
    (
      "declare -A m\necho \"${m[$(date)]}\"",
      "associative array key '$(date)': command substitution"
    ),
    ("echo \"${!ref[1]}\"", "indirect expansion ${!ref…} is not supported"),
    ("a=([1]+=x)", "appending to an element in a list, '[KEY]+=VALUE', is not supported"),
    ("a=([1+]=x)", "array index '1+' is not supported: 1+: syntax error"),
    ("set -e -- a", "set with both options and positional parameters is not supported"),
    ("local a[1]=x", "'local' cannot declare an array element"),
  ])
  func diagnostics(_ bash: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(bash)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }

  @Test func singleWordStarFormsAreFineForTypedCommands() {
    let (_, diagnostics) = Lowered.steps("mkdir -p \"${dirs[*]}\" \"$*\" \"${#a[@]}\"")
    #expect(diagnostics.isEmpty)
  }

  @Test func dependencyFactsSeeTheArrayAndItsIndex() {
    let facts = StepFacts(Lowered.steps("echo \"${a[i]} ${#b[@]}\"").0)
    #expect(facts.referenced == ["a", "i", "b"])
  }
}
