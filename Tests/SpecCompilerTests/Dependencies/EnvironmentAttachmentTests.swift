import SpecCompiler
import SpecModel
import Testing

/// Which setup environments a scenario gets, in particular one that reads only a `.env`
/// variable.
@Suite struct EnvironmentAttachmentTests {
  static let markdown = """
    # Attachment

    ## Common environment

    ```bash
    export BASE_URL=http://localhost:18080
    ```

    ## Auth-enabled runtime environment

    ```bash
    set -a
    source .env
    set +a
    export AUTH_HEADER="Authorization: Bearer $MASTER_KEY"
    ```

    ## Checks

    ### S01 Common only

    Uses the common environment and variables the shell or runner sets.

    ```bash
    curl -sS "$BASE_URL/health" -o "$QA_RUN_DIR/h.json" -H "X-Home: $HOME"
    ```

    ### S02 Env only

    Uses a variable only the `.env` provides.

    ```bash
    curl -sS "http://localhost:8080/v1/models" -H "Authorization: Bearer $MASTER_KEY"
    ```

    ### S03 Defaulted

    Reads an unset variable only with a default: no `.env` needed.

    ```bash
    echo "${OPTIONAL_FLAG:-off}"
    ```

    ### S04 Own variable

    Assigns what it reads.

    ```bash
    NAME=local
    echo "$NAME"
    ```

    ### S05 Header

    Uses the auth environment's header.

    ```bash
    curl -sS "$BASE_URL/admin" -H "$AUTH_HEADER"
    ```
    """

  static func environments() throws -> [String: [String]] {
    let output = DocumentCompiler.compile(markdown: markdown, file: "attach.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    return Dictionary(uniqueKeysWithValues: compiled.scenarios.map { ($0.id, $0.environments) })
  }

  @Test func aScenarioReadingOnlyAnEnvVariableGetsTheEnvironmentsThatLoadEnv() throws {
    #expect(try Self.environments()["S02"] == ["auth-enabled-runtime-environment"])
  }

  @Test func scenariosWhoseVariablesAreAllSetElsewhereDoNotNeedEnv() throws {
    let environments = try Self.environments()
    #expect(environments["S01"] == ["common-environment"])
    #expect(environments["S03"] == [])
    #expect(environments["S04"] == [])
  }

  @Test func aScenarioUsingAnEnvironmentsVariableGetsItAsBefore() throws {
    #expect(
      try Self.environments()["S05"] == ["common-environment", "auth-enabled-runtime-environment"])
  }
}
