/// A `sleep` for real bash that skips waits as the runtime's virtual clock does
/// (`ScenarioClock(virtual: true)`): it returns as soon as nothing else the calling shell
/// started is still running (no background job: `curl … & sleep 1; kill $!` still gives the
/// job its time), and after the real duration at most. An operand other than a plain duration
/// (`6`, `0.5`, `2m`) goes to the real `sleep` untouched, so it fails or waits as it does.
/// Put first on bash's `PATH` where the interpreter runs on a virtual clock: both sides then
/// skip the same waits, and what they print and leave is still compared.
enum InstantSleep {
  /// Installs the script; returns the directory to put first on `PATH`.
  static func install() throws -> String {
    let directory = Snippet.temporaryDirectory()
    try Spawn.installScript(
      #"""
      #!/bin/bash
      (( $# > 0 )) || exec -a sleep /usr/bin/sleep
      for operand in "$@"; do
        [[ $operand =~ ^([0-9]+\.?[0-9]*|\.[0-9]+)[smhd]?$ ]] || exec -a sleep /usr/bin/sleep "$@"
      done
      # Another live child of the calling shell: a background job, which the wait is for.
      others_run() {
        local children pid rest
        read -r -a children 2> /dev/null < "/proc/$PPID/task/$PPID/children"
        for pid in "${children[@]}"; do
          [[ $pid == "$$" ]] && continue
          read -r _ rest 2> /dev/null < "/proc/$pid/stat" || continue
          rest=${rest##*) }
          [[ ${rest%% *} != Z ]] && return 0
        done
        return 1
      }
      others_run || exit 0
      /usr/bin/sleep "$@" &
      sleeper=$!
      while kill -0 "$sleeper" 2> /dev/null && others_run; do
        /usr/bin/sleep 0.01
      done
      kill "$sleeper" 2> /dev/null
      wait "$sleeper" 2> /dev/null
      exit 0

      """#, at: directory + "/sleep")
    return directory
  }
}
