import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct PipelineLoweringTests {
  @Test func captureThroughJQAndHead() throws {
    let (steps, diagnostics) = Lowered.steps(
      #"ID=$(curl -sS "$U" | jq -r '.data[] | .id' | head -n1)"#)
    #expect(diagnostics.isEmpty)
    guard case .pipeline(let p) = try #require(steps.first).action else {
      Issue.record("expected a pipeline")
      return
    }
    #expect(p.sink == .capture("ID"))
    var jq = JQInvocation(program: ".data[] | .id")
    jq.rawOutput = true
    #expect(p.filters == [.jq(jq), .lines(LineRange(from: 1, to: 1))])
  }

  @Test func splicedShellVariableBecomesAJQArgument() throws {
    let p = try #require(
      Lowered.pipeline(
        #"curl -sS "$U" | jq ".[] | select(.name==\"$NAME\") | {id, tag: \"v-$TAG\"}""#))
    guard case .jq(let jq) = try #require(p.filters.first) else {
      Issue.record("expected jq")
      return
    }
    #expect(jq.program == #".[] | select(.name==$NAME) | {id, tag: "v-\($TAG)"}"#)
    #expect(
      jq.arguments
        == [JQArgument(name: "NAME", value: "${NAME}"), JQArgument(name: "TAG", value: "${TAG}")]
        .map {
          JQArgument(name: $0.name, value: Template([.variable($0.name)]))
        })
  }

  @Test func sedRangesAndSubstitution() {
    #expect(
      Lowered.pipeline("curl -sS \"$U\" | sed -n '1,12p'")?.filters == [
        .lines(LineRange(from: 1, to: 12, readsToEnd: true))
      ])
    #expect(
      Lowered.pipeline("curl -sS \"$U\" | sed -n '3p'")?.filters == [
        .lines(LineRange(from: 3, to: 3, readsToEnd: true))
      ])
    #expect(
      Lowered.pipeline("curl -sS \"$U\" | sed -n '2,$p'")?.filters == [.lines(LineRange(from: 2))])
    #expect(
      Lowered.pipeline("curl -sS \"$U\" | sed 's/a\\/b/c/g'")?.filters
        == [.substitute(SedSubstitution(pattern: "a/b", replacement: "c", global: true))])
  }

  @Test func printfComputesTheTextAtCompileTime() {
    let p = Lowered.pipeline(#"printf '%s\n' "$JSON" | jq '.'"#)
    #expect(p?.source == .text(Template([.variable("JSON"), .literal("\n")])))
    #expect(Lowered.pipeline("printf '%-4s|%03d\\n' ab 7")?.source == .text("ab  |007\n"))
    #expect(Lowered.pipeline("echo -n hi there")?.source == .text("hi there"))
    #expect(Lowered.pipeline("echo")?.source == .text("\n"))
  }

  @Test func hereDocumentsQuotedAndUnquoted() {
    let literal = Lowered.pipeline("cat > \"$DIR/a.json\" <<'EOF'\n{\"home\":\"$HOME\"}\nEOF")
    #expect(literal?.source == .text("{\"home\":\"$HOME\"}\n"))
    #expect(
      literal?.sink
        == .file(Template([.variable("DIR"), .literal("/a.json")]), append: false, mode: nil))
    let live = Lowered.pipeline("cat > f.json <<EOF\n{\"m\":\"$MODEL\",\"cost\":\"\\$5\"}\nEOF")
    #expect(
      live?.source
        == .text(
          Template([.literal("{\"m\":\""), .variable("MODEL"), .literal("\",\"cost\":\"$5\"}\n")])))
  }

  @Test func redirectionsChooseTheSink() {
    #expect(Lowered.pipeline("echo oops >&2")?.sink == .stderr)
    #expect(
      Lowered.pipeline("echo x >> log.txt")?.sink == .file("log.txt", append: true, mode: nil))
    #expect(Lowered.pipeline("jq -n '1' > /dev/null 2>&1")?.sink == .discard)
    #expect(Lowered.pipeline("jq '.' \"$F\" 2>/dev/null")?.errors == .discard)
  }

  @Test func umaskGivesFilesTheirMode() throws {
    let (steps, _) = Lowered.steps("(\n  umask 077\n  printf '%s\\n' \"$T\" > \"$F\"\n)")
    guard case .subshell(let inner) = try #require(steps.first).action, inner.count == 2,
      case .pipeline(let p) = inner[1].action
    else {
      Issue.record("expected a subshell with umask and a write, got \(steps)")
      return
    }
    #expect(inner[0].action == .umask(0o077))
    #expect(p.sink == .file(Template([.variable("F")]), append: false, mode: 0o600))
  }

  @Test func commandSubstitutionInsideAnArgumentIsHoisted() throws {
    let (steps, diagnostics) = Lowered.steps(
      #"curl -sS -H "Authorization: Bearer $(cat "$TOKEN_FILE")" "$U""#)
    #expect(diagnostics.isEmpty)
    #expect(steps.count == 2)
    // The substitution's status is not the command's: one assignment recording the command.
    guard case .assign(let assignment) = steps[0].action,
      case .pipeline(let read)? = assignment.substitution?.action,
      case .pipeline(let request) = steps[1].action, case .request(let r) = request.source
    else {
      Issue.record("unexpected steps \(steps)")
      return
    }
    #expect(assignment.name == "_SUBSTITUTION_1" && assignment.value == nil)
    #expect(read.source == .empty)
    #expect(read.filters == [.cat(CatInvocation(files: [Template([.variable("TOKEN_FILE")])]))])
    #expect(read.sink == .stdout)
    #expect(
      r.headers == [Template([.literal("Authorization: Bearer "), .variable("_SUBSTITUTION_1")])])
  }
}
