/// What a statement produces for the shell to print.
public enum Output: Sendable, Equatable {
  case table(ResultTable)
  /// Plain text: help, notes, messages.
  case text(String)
  case none
}

/// The output formats of `.format` and `--format`.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, json, jsonl, csv, tsv, markdown
}
