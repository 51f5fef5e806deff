// The text `weft --help` prints.
export const HELP_TEXT = `weft: the Weft research library from the command line

Usage: weft [--library FILE] <command> [options]

Commands:
  init                  Create the library file (or say it is already there).
  import PATH...        Import files and folders (folders recurse). One line per file:
                        imported, duplicate, or failed with the reason.
  sources [--json]      List the library's sources, newest first.
  check [--repair]      Check the library file's integrity and its search index;
                        --repair rebuilds the search index.

Options:
  --library FILE        The library file. Default: $WEFT_LIBRARY, else the desktop
                        app's default library.
  --json                Print machine-readable JSON on stdout.
  -h, --help            Show this help.
  -v, --version         Show Weft's version.

Data goes to stdout, messages and errors to stderr. The exit code is 0 on
success and 1 on any error (including an import where a file failed).`
