import ArticleModel
import Foundation

/// The text of `.help` and `.help TOPIC`.
public enum Help {
  public static let topics: [String: String] = [
    "find": """
      find KIND [where COND] [order by FIELD [desc]] [limit N]
        KIND is quote, sentence, paragraph, mention, article, person or line, or a kept result name.
        find quote where speaker = "Earnest"
        find sentence where text contains "ceasefire" limit 5
        find quote where article in ("001", "003") and not partial order by speaker
      """,
    "count": """
      count KIND|RESULT [where COND] [by FIELD[, FIELD]]
        count quote by speaker
        count quote where partial by article, speaker
        count quote where speaker = "Kerry"      how many, without groups
        Q = find quote where speaker = "Kerry"
        count Q by article
      """,
    "show": """
      show ID                      the clean article, paragraphs numbered
      show ID paragraph 3[..5]     some paragraphs
      show ID raw                  every raw line with its class and the reason
      show quote N                 row N of the last quote result, in its paragraph
      show NAME                    a kept result (show last: the latest)
      """,
    "list": """
      list articles | speakers | people | outlets
      """,
    "compare": """
      compare ID ID [ID…] on "TOPIC"     each article's best passages on the topic, side by side
      compare all on "TOPIC"
        Passages are windows of one or two sentences, ranked by BM25 over Porter2 stems with a
        bonus when the topic's words stand together; the topic is widened with the words the best
        passages of other articles share, so the same fact in other words is found. *Marked*
        words matched. An article without a passage says so.
      """,
    "reading": """
      reuse ID ID           passages one article shares with another, copied or reworded, side by
                            side with the differing words *marked*; the share of each it covers
      reuse all             every pair with substantial reuse (MinHash/LSH candidates, then alignment)
      similar ID [limit N]  the other articles, most shared content first (tf-idf cosine)
      trace quote N         every article carrying quote N of the last quote result, as variants
      trace "PHRASE"        the same, starting from the quotes that contain the phrase
                            (diffs against the fullest version: [-gone-] {+new+})
      kwic "WORD" [width N] [sort left|right]   each occurrence in its context
      unique ID             the article's sentences no other article of its cluster carries
      """,
    "export": """
      export KIND [where COND] to FILE     the rows find would give, every field, streamed to a file
        export quotes where speaker = "Kerry" to kerry.csv
        export mentions to mentions.jsonl        export Q to q.json   (a kept result)
        The extension picks the format: .jsonl, .json, .csv, .tsv. The path is used as written
        (quote it, or it is the rest of the line); the file appears whole or not at all.
        From the command line: dossier extract --corpus DIR --out quotes.jsonl [--kind mentions]
      """,
    "where": """
      COND:  FIELD = "x" | FIELD != "x" | FIELD ~ "regex" | FIELD contains "x"
             FIELD in ("a", "b") | FIELD < 3 | FIELD (true when set, e.g. partial)
             COND and COND | COND or COND | not COND | ( COND )
        Names match loosely: speaker = "Earnest" finds Josh Earnest and "Mr. Earnest".
        Article ids match as numbers too: article = 4 finds 004.
      """,
    "fields": """
      quote:     article, speaker, text, speaker_as_written, cue, partial, paragraph, start, end, outlet
      sentence:  article, paragraph, text, outlet
      paragraph: article, paragraph, text, words, outlet
      mention:   article, person, text, kind (name, role, pronoun, organisation, place), paragraph, entity, outlet
      article:   article, outlet, date, title, words, quotes, dateline, sources, dates, url, cluster, file
      person:    person, roles, aliases, articles, mentions
      line:      article, line, class, reason, text, outlet   (every raw line, as show ID raw)
      """,
    "results": """
      NAME = QUERY      keep a result:   Q = find quote where speaker = "Putin"
      show NAME         show it again;   NAME alone does the same
      find NAME where … / count NAME by …   query a kept result
      last              the latest result, always kept
      """,
    "formats": """
      .format table|json|jsonl|csv|tsv|markdown     (or --format on the command line)
        table is for reading; json, jsonl, csv and tsv carry every field; markdown pastes into notes.
      """,
    "session": """
      .note TEXT        keep a finding in the transcript
      .save [NAME]      name this session's transcript (sessions/NAME.dq); --force to replace one
      .run FILE         run a script of queries (a .dq transcript or one query per line)
      .timer on|off     print how long each query takes
      .history          the commands entered before
      .quit             leave (Ctrl-D does too)
        Every session is written as it goes to sessions/ (or the XDG data folder). Replay one with
        `dossier run FILE`; `dossier check FILE` replays it and diffs against the recorded output.
      """,
  ]

  /// Field names of each kind, for completion: read off the tables themselves (built over an
  /// empty corpus), so they cannot drift from what `where` accepts.
  public static let fieldsByKind: [String: [String]] = {
    let empty = Corpus(name: "", articles: [])
    let tables = [
      EntityTables.quotes(empty), EntityTables.sentences(empty), EntityTables.paragraphs(empty),
      EntityTables.mentions(empty), EntityTables.articles(empty), EntityTables.people(empty), EntityTables.lines(empty),
    ]
    return Dictionary(uniqueKeysWithValues: tables.map { ($0.kind, $0.columns.map(\.key)) })
  }()

  public static func text(_ topic: String?) -> String? {
    guard let topic else { return overview }
    return topics[topic.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ". "))]
  }

  static let overview = """
    dossier — query a corpus of news articles
      list articles | speakers | people | outlets
      show ID [paragraph N[..M]] [raw]        show quote N        show NAME
      find KIND [where COND] [order by FIELD [desc]] [limit N]
      count KIND|NAME [where COND] [by FIELD[, FIELD]]
      compare ID ID on "TOPIC"                compare all on "TOPIC"
      reuse ID ID | all    similar ID    trace quote N | "PHRASE"    kwic "WORD"    unique ID
      export KIND [where COND] to FILE.jsonl|.csv
      NAME = QUERY                            keep a result (last is kept always)
      .help TOPIC  .format F  .timer on|off  .note TEXT  .save [NAME]  .run FILE  .history  .quit
    Topics: find, count, show, list, compare, reading, export, where, fields, results, formats, session
    Example: find quote where speaker = "Earnest"
    """
}
