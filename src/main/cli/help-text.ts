// The text `weft --help` prints.
export const HELP_TEXT = `weft: the Weft research library from the command line

Usage: weft [--library FILE] <command> [options]

Commands:
  init                  Create the library file (or say it is already there).
  import PATH...        Import files and folders (folders recurse). One line per file:
                        imported, duplicate, or failed with the reason.
  sources [--json]      List the library's sources, newest first.
  source show ID [--text]
                        One source's metadata; --text prints its text instead.
  search QUERY [--limit N]
                        The best matches (20 unless --limit, up to 200), best first:
                        "#ID  TITLE", then the snippet with matches in **bold**.
                        QUERY: words (all must match), "a phrase", prefix*,
                        OR, NOT, parentheses; case, accents and Arabic tashkeel
                        do not matter. Quote it for your shell, and write NOT
                        rather than -word (or put the query after --):
                          weft search '"joint operation" OR raid* NOT Homs'
  check [--repair]      Check the library file's integrity and its search index;
                        --repair rebuilds the search index.
  entities add NAME --type TYPE [--alias [KIND:]ALIAS]... [--parent ID]
                        Add an actor. An alias is an acronym when written like one
                        (IS, SDF), else a transliteration; or say its kind:
                        --alias "former name:Ministry of Interior" (kinds: name,
                        acronym, transliteration, former name, nickname).
  entities list         Actors: ID, type, name, aliases, passages, sources.
  entities merge KEEP_ID OTHER_ID
                        Merge OTHER into KEEP: aliases, passages and suggestions move.
  passages add SOURCE_ID --start S --end E [--entity ID]...
                        Mark characters S to E of a source's text as a passage,
                        linked to the given actors.
  mentions scan         Look for every actor's names and aliases in every source;
                        store and print the suggestions (rejected ones stay rejected).
  notes list            Notes: ID, title, words, last changed (newest first).
  notes add --markdown FILE [--title T]
                        A new note from a Markdown file; prints its ID. The title
                        defaults to the file's first heading, else its name.
  export note ID --format md|html|docx|pdf --out FILE [--mentions plain|wikilinks]
                        Write a note with its quotations, footnote citations and
                        bibliography; actor mentions as names or [[wikilinks]] (Markdown).
  ties add FROM_ID TO_ID --type TYPE [--directed|--undirected] [--start DATE]
        [--end DATE|--ongoing] [--status S] [--confidence C] [--place P]
        [--evidence PASSAGE_ID]...
                        Record a tie between two actors (ids from "entities list").
                        Dates: 2025, 2025-11 or 2025-11-24. Direction defaults to the
                        type's; status reported|confirmed|alleged|denied; confidence
                        low|medium|high; --evidence again for more passages.
  ties list             Ties: ID, from, -> or --, to, type, dates, status, evidence.
  export graph --format graphml|gexf|csv|cyjs|ftm --out FILE [--from DATE] [--to DATE]
                        The network with actor metrics: GraphML, GEXF (dates as spells
                        for Gephi's timeline), CSV (nodes.csv and edges.csv zipped),
                        Cytoscape.js JSON or FollowTheMoney JSON lines. With --from or
                        --to, only the ties that held in that period (dated ones).

Options:
  --library FILE        The library file. Default: $WEFT_LIBRARY, else the desktop
                        app's default library.
  --json                Print machine-readable JSON on stdout.
  -h, --help            Show this help.
  -v, --version         Show Weft's version.

Data goes to stdout, messages and errors to stderr. The exit code is 0 on
success and 1 on any error (including an import where a file failed).`
